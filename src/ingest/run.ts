/** The whole ingest over a directory of sources: load, check uniqueness, build, then write in one swap. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { Document } from '../model/schema.ts';
import { loadReference, type Reference } from '../model/reference.ts';
import { loadIndicatorDefinitions } from '../indicators/definitions.ts';
import { loadSourceBytes, type LoadedSource } from './source.ts';
import { buildDocument, checkUnique } from './pipeline.ts';
import { LAYOUTS } from './layouts/index.ts';
import { generatedOutput, writeGenerated, type Curated, type GeneratedOutput } from './output.ts';

/** Validates every curated file under `root`/content/reference; throws IngestError at the first problem. */
export function loadCurated(root: string): Curated {
  const reference = loadReference(root);
  const practiceIds = new Set(reference.practices.map((p) => p.id));
  return { reference, indicators: loadIndicatorDefinitions(root, practiceIds) };
}

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

/** Parses `files` into everything the generated folder holds, in memory; throws on the first problem. */
export function ingestFiles(root: string, files: readonly string[], curated: Curated): GeneratedOutput {
  const sources = loadSources(root, files, curated.reference);
  const documents = buildAll(sources, curated.reference);
  const idOf = new Map(documents.map((doc) => [doc.sourceFile, doc.id]));
  const published = sources
    .map((source) => ({ id: idOf.get(source.text.file)!, bytes: source.bytes, lines: source.decodedLines }))
    .sort((a, b) => a.id.localeCompare(b.id));
  return generatedOutput(documents, published, curated);
}

/** Parses every file of `sourcesDir` and replaces `outDir`; throws (writing nothing) on the first problem. */
export function ingestDirectory(root: string, sourcesDir: string, outDir: string, curated: Curated): readonly Document[] {
  const output = ingestFiles(root, listSources(sourcesDir), curated);
  writeGenerated(outDir, output);
  return output.documents;
}
