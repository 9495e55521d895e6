/** The whole ingest over a directory of sources: load, check uniqueness, build, then write in one swap. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { Document } from '../model/schema.ts';
import type { Reference } from '../model/reference.ts';
import { loadSourceBytes, type LoadedSource } from './source.ts';
import { buildDocument, checkUnique } from './pipeline.ts';
import { LAYOUTS } from './layouts/index.ts';
import { writeGenerated } from './output.ts';

/** Path shown in messages and stored in the model: relative to the project root when inside it. */
export function displayPath(root: string, file: string): string {
  const rel = relative(root, resolve(file));
  return rel.startsWith('..') ? file : rel;
}

export function listSources(dir: string): string[] {
  return readdirSync(dir)
    .filter((name) => !name.startsWith('.') && statSync(join(dir, name)).isFile())
    .sort()
    .map((name) => join(dir, name));
}

export function loadSources(root: string, files: readonly string[], ref: Reference): LoadedSource[] {
  return files.map((file) => loadSourceBytes(displayPath(root, file), new Uint8Array(readFileSync(file)), ref.branches));
}

export function buildAll(sources: readonly LoadedSource[], ref: Reference): Document[] {
  checkUnique(sources);
  return sources.map((source) => buildDocument(source, ref, LAYOUTS)).sort((a, b) => a.id.localeCompare(b.id));
}

/** Parses every file of `sourcesDir` and replaces `outDir`; throws (writing nothing) on the first problem. */
export function ingestDirectory(root: string, sourcesDir: string, outDir: string, ref: Reference): Document[] {
  const documents = buildAll(loadSources(root, listSources(sourcesDir), ref), ref);
  writeGenerated(outDir, documents, ref);
  return documents;
}
