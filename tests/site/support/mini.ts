/**
 * The mini fixture: two small documents cut from real ones (tests/site/fixtures/mini/documents,
 * with their cut-down sources) holding the edge cases the site must handle — markup-like text,
 * multi-paragraph fields, a results period, sections, notes, a score table, a practice shared
 * across documents. Reference data is the project's own (content/reference), so the fixture
 * stays valid as reference data grows.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Document } from '../../../src/model/schema.ts';
import { loadReference } from '../../../src/model/reference.ts';
import { generatedOutput, publishedSourceOf, writeGenerated } from '../../../src/ingest/output.ts';
import { loadCurated } from '../../../src/ingest/run.ts';
import type { SiteInput } from '../../../src/lib/site.ts';
import { buildLineage } from '../../../src/lineage/build.ts';

const ROOT = resolve(import.meta.dirname, '../../..');
const DOCUMENTS = resolve(ROOT, 'tests/site/fixtures/mini/documents');

function miniDocuments(): Document[] {
  return readdirSync(DOCUMENTS)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => Document.parse(JSON.parse(readFileSync(join(DOCUMENTS, name), 'utf8'))));
}

export function miniInput(): SiteInput {
  const documents = miniDocuments();
  return { documents, ...loadReference(ROOT), lineage: buildLineage(documents) };
}

/** Writes the fixture as the ingest would (documents, reference, indicators, sources) into `dir`. */
export function writeMiniGenerated(dir: string): void {
  const documents = miniDocuments();
  const sources = documents.map((document) => publishedSourceOf(ROOT, document));
  writeGenerated(dir, generatedOutput(documents, sources, loadCurated(ROOT)));
}
