/**
 * Synthetic corpora for the benchmark and the quality tests: the real sources, multiplied. Each
 * copy keeps its body byte for byte and gets a new title line naming another (branch, ROC year),
 * so the ingest reads it as a distinct document of the same kind and layout. Pairs are handed out
 * in a fixed order (years 90–130 × the seven organisations), so the same factor always gives the
 * same corpus.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { decode } from '../src/ingest/decode.ts';
import { loadSourceBytes } from '../src/ingest/source.ts';
import { loadReference, type Branch } from '../src/model/reference.ts';
import type { DocumentKind } from '../src/model/schema.ts';

export const FIRST_YEAR = 90;
export const LAST_YEAR = 130;

/** Organisation, year and 年度 as title lines write them ("經濟部標準檢驗局新竹分局 107 年度", spaces optional). */
const TITLE_HEAD = /經濟部標準檢驗局\s*([^\s\d]*?分局)?\s*(\d{1,3})\s*年度/;

export interface SourceFile {
  name: string;
  text: string;
  branch: string;
  roc: number;
  kind: DocumentKind;
}

export interface Identity {
  branch: Branch;
  roc: number;
}

/** The title line rewritten to name another organisation and year; every other line stays as it was. */
export function retitle(text: string, to: Identity): string {
  const lines = text.split('\n');
  // Compatibility ideographs (the Kaohsiung title writes 年度 with U+F98E U+FA01) match once in NFC.
  const index = lines.slice(0, 12).findIndex((line) => TITLE_HEAD.test(line.normalize('NFC')));
  if (index === -1) throw new Error('no title line (經濟部標準檢驗局… NNN 年度…) in the first 12 lines');
  const organisation = to.branch.id === 'hq' ? '' : to.branch.name;
  lines[index] = lines[index].normalize('NFC').replace(TITLE_HEAD, `經濟部標準檢驗局${organisation} ${to.roc} 年度`);
  return lines.join('\n');
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

/**
 * `factor` copies of every source (the first copy is the original), each copy with an unused
 * (branch, year) of its kind. Returns the files as name → UTF-8 text.
 */
export function multiply(root: string, sources: readonly SourceFile[], factor: number): Map<string, string> {
  const { branches } = loadReference(root);
  const taken = new Set(sources.map((s) => `${s.branch}-${s.roc}-${s.kind}`));
  const pairs: Identity[] = [];
  for (let roc = FIRST_YEAR; roc <= LAST_YEAR; roc++) for (const branch of branches) pairs.push({ branch, roc });
  const nextPair = new Map<DocumentKind, number>();
  const files = new Map<string, string>();
  for (const source of sources) files.set(source.name, source.text);
  for (let copy = 1; copy < factor; copy++) {
    for (const source of sources) {
      let at = nextPair.get(source.kind) ?? 0;
      while (at < pairs.length && taken.has(`${pairs[at].branch.id}-${pairs[at].roc}-${source.kind}`)) at++;
      if (at === pairs.length) throw new Error(`more than ${pairs.length} ${source.kind} documents asked for`);
      const pair = pairs[at];
      nextPair.set(source.kind, at + 1);
      taken.add(`${pair.branch.id}-${pair.roc}-${source.kind}`);
      const name = `${basename(source.name, '.txt')}-as-${pair.branch.id}-${pair.roc}.txt`;
      const text = retitle(source.text, pair);
      const title = loadSourceBytes(name, new TextEncoder().encode(text), branches).title;
      if (title.branch.id !== pair.branch.id || title.roc !== pair.roc || title.kind !== source.kind) {
        throw new Error(`${name}: retitled copy reads as ${title.branch.id} ${title.roc} ${title.kind}`);
      }
      files.set(name, text);
    }
  }
  return files;
}

/** Replaces `dir` with the given files. */
export function writeCorpus(dir: string, files: ReadonlyMap<string, string>): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const [name, text] of files) writeFileSync(join(dir, name), text);
}

/**
 * The full series as the issue measures it: every organisation (HQ and the six branches) × every
 * ROC year from `firstYear` to `lastYear` × plan and report, each a source of that kind retitled
 * (taken in turn, so every layout appears in every organisation). 7 × 20 × 2 = 280 documents for
 * the default years. Returns name → UTF-8 text.
 */
export function series(root: string, sources: readonly SourceFile[], firstYear = 95, lastYear = 114): Map<string, string> {
  const { branches } = loadReference(root);
  const files = new Map<string, string>();
  const byKind = new Map<DocumentKind, SourceFile[]>();
  for (const source of sources) byKind.set(source.kind, [...(byKind.get(source.kind) ?? []), source]);
  // One turn counter per kind, so every source of a kind takes its turn (a shared counter would
  // hand one kind only even turns and, with two sources of it, always the same one).
  const turns = new Map<DocumentKind, number>();
  for (let roc = firstYear; roc <= lastYear; roc++) {
    for (const branch of branches) {
      for (const [kind, ofKind] of [...byKind.entries()].sort(([a], [b]) => a.localeCompare(b))) {
        const turn = turns.get(kind) ?? 0;
        turns.set(kind, turn + 1);
        const source = ofKind[turn % ofKind.length];
        files.set(`${branch.id}-${roc}-${kind}.txt`, retitle(source.text, { branch, roc }));
      }
    }
  }
  return files;
}
