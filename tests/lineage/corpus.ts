/** The lineage fixtures (fixtures.ts) and their real partners, ingested in memory once per test file. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Document } from '../../src/model/schema.ts';
import { loadReference } from '../../src/model/reference.ts';
import { loadSourceBytes } from '../../src/ingest/source.ts';
import { buildAll } from '../../src/ingest/run.ts';
import { lineageFixtureSources, REAL_PARTNERS, ROOT } from './fixtures.ts';

let cached: Document[] | undefined;

/** File name → text of every document in the lineage corpus: the fixtures and their real partners. */
export function fixtureFiles(): Map<string, string> {
  const files = lineageFixtureSources();
  for (const name of REAL_PARTNERS) files.set(name, readFileSync(join(ROOT, 'content/sources', name), 'utf8'));
  return files;
}

export function fixtureDocuments(): Document[] {
  if (cached) return cached;
  const reference = loadReference(ROOT);
  const sources = [...fixtureFiles()].map(([name, text]) => loadSourceBytes(name, new TextEncoder().encode(text), reference.branches));
  cached = buildAll(sources, reference);
  return cached;
}

export function documentById(documents: readonly Document[], id: string): Document {
  const found = documents.find((d) => d.id === id);
  if (!found) throw new Error(`no document ${id}`);
  return found;
}

/** A row whose own text starts with `start` (numbering included), in one document. */
export function rowStarting(document: Document, start: string): Document['rows'][number] {
  const found = document.rows.filter((r) => (r.item || r.method || r.strategy).startsWith(start));
  if (found.length !== 1) throw new Error(`${document.id}: ${found.length} rows start with "${start}"`);
  return found[0];
}

/** A copy of a document under another year (rows and text unchanged), for series with gaps. */
export function asYear(document: Document, roc: number, rows = document.rows): Document {
  return { ...document, id: `${document.branch.id}-${roc}-${document.kind}`, year: { roc, gregorian: roc + 1911 }, rows };
}
