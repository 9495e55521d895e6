/**
 * The full-size synthetic corpus (scripts/synthetic/generate.ts): 280 documents that the real
 * ingest reads without error at 100 % coverage, byte-identical for the same seed, in the layouts
 * and frameworks of their years, with figures that change from year to year.
 */
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Document } from '../../src/model/schema.ts';
import { ingestDirectory, loadCurated } from '../../src/ingest/run.ts';
import { extractIndicators } from '../../src/indicators/extract.ts';
import { DEFAULT_SEED, generateCorpus } from '../../scripts/synthetic/generate.ts';
import { FIRST_YEAR, FRAMEWORK_2017_FROM, LAST_YEAR } from '../../scripts/synthetic/series.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const WORK = resolve(ROOT, '.tmp/test-synthetic');
const FIRST = join(WORK, 'first/sources');
const SECOND = join(WORK, 'second/sources');
const curated = loadCurated(ROOT);
const ref = curated.reference;

let written: string[] = [];
let documents: Document[] = [];

function tree(dir: string): Map<string, Buffer> {
  return new Map(readdirSync(dir).sort().map((name) => [name, readFileSync(join(dir, name))]));
}

beforeAll(() => {
  rmSync(WORK, { recursive: true, force: true });
  written = generateCorpus({ seed: DEFAULT_SEED, outDir: FIRST });
  documents = [...ingestDirectory(ROOT, FIRST, join(WORK, 'generated'), curated)];
}, 600_000);

describe('the synthetic corpus', () => {
  it('has a plan and a report for HQ and each branch for every year 95–114: 280 documents', () => {
    expect(written).toHaveLength(280);
    expect(documents).toHaveLength(280);
    const ids = new Set(documents.map((d) => d.id));
    for (const branch of ref.branches) {
      for (let roc = FIRST_YEAR; roc <= LAST_YEAR; roc++) {
        for (const kind of ['plan', 'report']) expect(ids.has(`${branch.id}-${roc}-${kind}`), `${branch.id}-${roc}-${kind}`).toBe(true);
      }
    }
  });

  it('passes the ingest at 100 % coverage, with no line left out', () => {
    const short = documents.filter((d) => d.coverage.ratio < 1 || d.coverage.uncovered.length > 0).map((d) => d.id);
    expect(short).toEqual([]);
    const report = JSON.parse(readFileSync(join(WORK, 'generated/report.json'), 'utf8'));
    expect(report.uncoveredLines).toBe(0);
    expect(report.rows).toBeGreaterThan(10_000);
  });

  it('uses the 2013 framework before ROC 106 and the 2017 framework from 106, the HQ strategies for HQ', () => {
    for (const doc of documents) {
      const expected = doc.branch.id === 'hq' ? 'hq-2026' : doc.year.roc < FRAMEWORK_2017_FROM ? 'sqa-2013' : 'gsp-2017';
      expect(`${doc.id} ${doc.framework.id}`).toBe(`${doc.id} ${expected}`);
    }
  });

  it('keeps the five layouts of the real sources', () => {
    const layouts = new Set(documents.map((d) => d.layout));
    expect(layouts.size).toBe(5);
  });

  it('names only the field offices of the document’s own branch', () => {
    for (const doc of documents) {
      const others = ref.branches.filter((b) => b.id !== doc.branch.id).flatMap((b) => b.fieldOffices.map((o) => o.name));
      const text = readFileSync(join(FIRST, `${doc.id}.txt`), 'utf8');
      expect(others.filter((name) => text.includes(name)).map((name) => `${doc.id}: ${name}`)).toEqual([]);
    }
  });

  it('varies the structure: rows dropped and added, so documents of one layout differ in rows', () => {
    const keelungLayout = documents.filter((d) => d.branch.id !== 'hq' && d.year.roc < FRAMEWORK_2017_FROM);
    expect(new Set(keelungLayout.map((d) => d.rows.length)).size).toBeGreaterThan(3);
    const manifest = JSON.parse(readFileSync(join(FIRST, '.corpus.json'), 'utf8'));
    const total = (edit: string) => manifest.documents.reduce((n: number, d: { edits: Record<string, number> }) => n + d.edits[edit], 0);
    for (const edit of ['droppedRows', 'addedRows', 'rewordedLines', 'movedPageBreaks']) expect(total(edit), edit).toBeGreaterThan(50);
  });

  it('has figures that change from year to year, so indicator charts show trends', () => {
    const { values } = extractIndicators({ documents, indicators: curated.indicators.filter((i) => i.from === 'rows') });
    const series = new Map<string, Set<number>>();
    for (const v of values) {
      const key = `${v.indicator} ${v.document.branch.id} ${v.document.kind}`;
      series.set(key, (series.get(key) ?? new Set()).add(v.value));
    }
    const phone = [...series.entries()].filter(([key]) => key.startsWith('phone-courtesy-tests ') && key.endsWith(' report'));
    expect(phone.length).toBe(6);
    for (const [key, distinct] of phone) expect(distinct.size, key).toBeGreaterThan(5);
  });
});

describe('determinism and atomic writing', () => {
  it('writes the same bytes for the same seed', () => {
    generateCorpus({ seed: DEFAULT_SEED, outDir: SECOND });
    const a = tree(FIRST);
    const b = tree(SECOND);
    expect([...b.keys()]).toEqual([...a.keys()]);
    const differing = [...a.keys()].filter((name) => !a.get(name)!.equals(b.get(name)!));
    expect(differing).toEqual([]);
  }, 600_000);

  it('replaces the folder in one rename, leaving no temporary folder behind', () => {
    const siblings = readdirSync(join(WORK, 'second'));
    expect(siblings).toEqual(['sources']);
    expect(existsSync(join(SECOND, '.corpus.json'))).toBe(true);
  });

  it('writes another corpus for another seed', () => {
    const other = hsinchu110For(DEFAULT_SEED + 1);
    expect(other).not.toBe(readFileSync(join(FIRST, 'hsinchu-110-report.txt'), 'utf8'));
  }, 120_000);
});

function hsinchu110For(seed: number): string {
  const dir = join(WORK, 'other/sources');
  generateCorpus({ seed, outDir: dir, organisations: ['hsinchu'], years: [110] });
  return readFileSync(join(dir, 'hsinchu-110-report.txt'), 'utf8');
}
