/**
 * The full-size synthetic corpus: HQ and the six branches × ROC 95–114 × plan and
 * report, 280 documents, made from the real sources of content/sources in their own layouts
 * (series.ts), with what a real series has: titles, dates and field offices of the document's own
 * organisation and year; figures that trend per organisation (figures.ts); rows dropped and
 * added, items reworded, page breaks moved (structure.ts). Deterministic: the same seed gives the
 * same bytes. Never published: it is for tests, benchmarks and the synthetic preview.
 *
 * The corpus folder is written atomically (a sibling temp folder renamed into place) and holds
 * one .txt per document plus `.corpus.json` (seed, and per document its source and the edits that
 * were made), which the ingest skips as it skips every dot-file.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadReference, type Branch, type Reference } from '../../src/model/reference.ts';
import type { DocumentKind } from '../../src/model/schema.ts';
import { readSources, type SourceFile } from '../bench-corpus.ts';
import { readOrThrow } from './check.ts';
import { scaleFigures } from './figures.ts';
import { renameOrganisation } from './offices.ts';
import { random } from './random.ts';
import { FIRST_YEAR, LAST_YEAR, sourceFor, trendFor } from './series.ts';
import { addRow, dropRow, movePageBreak, reword, type Draft } from './structure.ts';
import { retitle } from './title.ts';
import { safeSynonyms } from './wording.ts';
import { shiftYears } from './years.ts';

export const DEFAULT_SEED = 20261201;
/** Where `npm run corpus` and `npm run preview:corpus` write it (git-ignored, like all of .tmp/). */
export const DEFAULT_CORPUS_DIR = '.tmp/synthetic/sources';
const ROOT = resolve(import.meta.dirname, '../..');
const KINDS: readonly DocumentKind[] = ['plan', 'report'];

export interface CorpusOptions {
  seed: number;
  /** Folder the corpus replaces (e.g. .tmp/synthetic/sources; never content/sources). */
  outDir: string;
  /** Organisation ids (default: all seven of content/reference/branches.yaml). */
  organisations?: readonly string[];
  /** ROC years (default 95–114). */
  years?: readonly number[];
  /** Project root holding content/sources and content/reference (default: this repository). */
  root?: string;
}

/** The edits made to one document, as recorded in `.corpus.json`. */
export interface Edits {
  droppedRows: number;
  addedRows: number;
  rewordedLines: number;
  movedPageBreaks: number;
}

export interface SyntheticDocument {
  /** branch-year-kind, as the ingest will name it. */
  id: string;
  file: string;
  text: string;
  /** Id of the real source it was made from. */
  source: string;
  rows: number;
  edits: Edits;
}

function protectedTexts(root: string, ref: Reference): string[] {
  return [readFileSync(join(root, 'content/reference/indicators.yaml'), 'utf8'), ...ref.practices.map((p) => p.label)];
}

/** One document of the series, read by the ingest's parsers after every edit (scripts/synthetic/check.ts). */
export function makeDocument(
  seed: number,
  ref: Reference,
  source: SourceFile,
  organisation: Branch,
  roc: number,
  kind: DocumentKind,
  synonyms: readonly (readonly [string, string])[],
): SyntheticDocument {
  const id = `${organisation.id}-${roc}-${kind}`;
  const file = `${id}.txt`;
  const sourceBranch = ref.branches.find((b) => b.id === source.branch)!;
  let text = shiftYears(source.text, source.roc, roc);
  text = retitle(text, { branch: organisation, roc, kind });
  text = renameOrganisation(text, sourceBranch, organisation);
  text = scaleFigures(text, trendFor(seed, organisation.id, roc, source), seed, id);
  let draft: Draft = { file, text, reading: readOrThrow(file, text, ref) };
  const rng = random(seed, 'structure', id);
  const edits: Edits = { droppedRows: 0, addedRows: 0, rewordedLines: 0, movedPageBreaks: 0 };
  const apply = (edit: (d: Draft) => Draft | null, count: keyof Edits, times: number) => {
    for (let i = 0; i < times; i++) {
      const next = edit(draft);
      if (!next) break;
      draft = next;
      edits[count]++;
    }
  };
  apply((d) => dropRow(d, ref, rng), 'droppedRows', rng.int(0, 3));
  apply((d) => addRow(d, ref, rng, synonyms), 'addedRows', rng.int(0, 2));
  const lines = rng.int(2, 6);
  const reworded = reword(draft, ref, rng, synonyms, lines);
  if (reworded) {
    edits.rewordedLines = reworded.text.split('\n').filter((l, i) => l !== draft.text.split('\n')[i]).length;
    draft = reworded;
  }
  apply((d) => movePageBreak(d, ref, rng), 'movedPageBreaks', rng.int(1, 3));
  return { id, file, text: draft.text, source: `${source.branch}-${source.roc}-${source.kind}`, rows: draft.reading.rows.length, edits };
}

/** The whole series in memory, in a fixed order (organisation as in branches.yaml, year, kind). */
export function generateDocuments(options: Omit<CorpusOptions, 'outDir'>): SyntheticDocument[] {
  const root = options.root ?? ROOT;
  const ref = loadReference(root);
  const sources = new Map(readSources(root, join(root, 'content/sources')).map((s) => [`${s.branch}-${s.roc}-${s.kind}`, s]));
  const organisations = options.organisations ?? ref.branches.map((b) => b.id);
  const years = options.years ?? Array.from({ length: LAST_YEAR - FIRST_YEAR + 1 }, (_, i) => FIRST_YEAR + i);
  const synonyms = safeSynonyms(protectedTexts(root, ref));
  const documents: SyntheticDocument[] = [];
  for (const id of organisations) {
    const organisation = ref.branches.find((b) => b.id === id);
    if (!organisation) throw new Error(`unknown organisation "${id}" (content/reference/branches.yaml)`);
    for (const roc of years) {
      for (const kind of KINDS) {
        const sourceId = sourceFor(options.seed, id, roc, kind);
        const source = sources.get(sourceId);
        if (!source) throw new Error(`source ${sourceId} is not in content/sources`);
        documents.push(makeDocument(options.seed, ref, source, organisation, roc, kind, synonyms));
      }
    }
  }
  return documents;
}

/** Generates the corpus into `outDir` (replacing it in one rename) and returns the files written. */
export function generateCorpus(options: CorpusOptions): string[] {
  const documents = generateDocuments(options);
  const outDir = resolve(options.outDir);
  const temp = `${outDir}.tmp-${process.pid}`;
  const old = `${outDir}.old-${process.pid}`;
  rmSync(temp, { recursive: true, force: true });
  mkdirSync(temp, { recursive: true });
  for (const doc of documents) writeFileSync(join(temp, doc.file), doc.text);
  const manifest = {
    seed: options.seed,
    documents: documents.map((d) => ({ id: d.id, file: d.file, source: d.source, rows: d.rows, edits: d.edits })),
  };
  writeFileSync(join(temp, '.corpus.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  if (existsSync(outDir)) renameSync(outDir, old);
  renameSync(temp, outDir);
  rmSync(old, { recursive: true, force: true });
  return documents.map((d) => join(outDir, d.file));
}
