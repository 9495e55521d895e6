/**
 * The corpora the benchmark and the quality tests build:
 *  - 1×    the real documents of content/sources, as they are;
 *  - N×    a part of the synthetic series (scripts/synthetic/): its latest ⌈5N / 14⌉ years for HQ
 *          and all six branches, plan and report, about N times the real documents (10× = ROC
 *          111–114, 56 documents), so a middle size is a shorter run of the same series;
 *  - full  the whole synthetic series: HQ + six branches × ROC 95–114 × plan and report, 280
 *          documents.
 * Synthetic documents are made from the real sources in their own layouts, with figures, rows,
 * wording and page breaks that change from year to year; the same seed gives the same corpus.
 */
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { decode } from '../src/ingest/decode.ts';
import { loadSourceBytes } from '../src/ingest/source.ts';
import { loadReference } from '../src/model/reference.ts';
import type { DocumentKind } from '../src/model/schema.ts';
import { DEFAULT_SEED, generateCorpus } from './synthetic/generate.ts';
import { FIRST_YEAR, LAST_YEAR } from './synthetic/series.ts';

export { retitle, type Identity } from './synthetic/title.ts';

/** Documents per synthetic year: HQ and six branches, a plan and a report each. */
const DOCUMENTS_PER_YEAR = 14;

export interface SourceFile {
  name: string;
  text: string;
  branch: string;
  roc: number;
  kind: DocumentKind;
}

export function readSources(root: string, dir: string): SourceFile[] {
  const { branches } = loadReference(root);
  return readdirSync(dir)
    .filter((name) => !name.startsWith('.'))
    .sort()
    .map((name) => {
      const bytes = new Uint8Array(readFileSync(join(dir, name)));
      const loaded = loadSourceBytes(name, bytes, branches);
      return { name, text: decode(name, bytes).text, branch: loaded.title.branch.id, roc: loaded.title.roc, kind: loaded.title.kind };
    });
}

/** A corpus size: 1 (the real documents), N (that many times as many documents) or "full". */
export type Scale = number | 'full';

export function parseScale(token: string): Scale {
  if (token === 'full') return 'full';
  const n = Number(token);
  if (!Number.isInteger(n) || n < 1) throw new Error(`a scale is a whole number ≥ 1 or "full", got "${token}"`);
  return n;
}

export function scaleLabel(scale: Scale): string {
  return scale === 'full' ? 'full' : `${scale}×`;
}

/** ROC years of the synthetic series an N× corpus takes (its latest years), or all for "full". */
export function yearsOf(scale: Scale, realDocuments: number): number[] {
  const all = Array.from({ length: LAST_YEAR - FIRST_YEAR + 1 }, (_, i) => FIRST_YEAR + i);
  if (scale === 'full') return all;
  const years = Math.ceil((scale * realDocuments) / DOCUMENTS_PER_YEAR);
  if (years > all.length) throw new Error(`${scale}× needs ${years} years; the synthetic series has ${all.length} (use "full")`);
  return all.slice(all.length - years);
}

/** The real documents' file names (dot-files are not documents). */
function realSources(root: string): string[] {
  return readdirSync(join(root, 'content/sources')).filter((name) => !name.startsWith('.')).sort();
}

/** What the corpus of `scale` is, in words, for benchmark reports. */
export function scaleDescription(root: string, scale: Scale, seed = DEFAULT_SEED): string {
  const real = realSources(root);
  if (scale === 1) return `the ${real.length} real documents`;
  const years = yearsOf(scale, real.length);
  return `synthetic series (seed ${seed}), ROC ${years[0]}–${years[years.length - 1]}`;
}

/** Writes the corpus of `scale` to `dir` (replacing it) and says in words what it is. */
export function writeScale(root: string, scale: Scale, dir: string, seed = DEFAULT_SEED): string {
  if (scale === 1) {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    for (const name of realSources(root)) copyFileSync(join(root, 'content/sources', name), join(dir, name));
  } else {
    generateCorpus({ seed, outDir: dir, years: yearsOf(scale, realSources(root).length), root });
  }
  return scaleDescription(root, scale, seed);
}
