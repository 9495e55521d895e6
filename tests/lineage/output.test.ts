import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generatedOutput, writeGenerated } from '../../src/ingest/output.ts';
import { decodedLines } from '../../src/ingest/decode.ts';
import { loadCurated } from '../../src/ingest/run.ts';
import { buildLineage } from '../../src/lineage/build.ts';
import { Lineage } from '../../src/lineage/schema.ts';
import { lineageSummary } from '../../src/lineage/summary.ts';
import { fixtureDocuments, fixtureFiles } from './corpus.ts';
import { ROOT } from './fixtures.ts';

describe('the ingest writes the lineage', () => {
  const dir = join(mkdtempSync(join(tmpdir(), 'lineage-')), 'generated');
  afterAll(() => rmSync(join(dir, '..'), { recursive: true, force: true }));
  const documents = fixtureDocuments();
  const files = fixtureFiles();
  const sources = documents.map((document) => {
    const text = files.get(document.sourceFile)!;
    return { id: document.id, bytes: new TextEncoder().encode(text), lines: decodedLines(text) };
  });
  writeGenerated(dir, generatedOutput(documents, sources, loadCurated(ROOT)));
  const read = (name: string) => JSON.parse(readFileSync(join(dir, name), 'utf8'));

  it('as a validated lineage.json equal to the lineage of the documents', () => {
    const written = Lineage.parse(read('lineage.json'));
    expect(written).toEqual(buildLineage(documents));
    expect(written.rows).toHaveLength(documents.reduce((n, d) => n + d.rows.length, 0));
  });

  it('with its counts and every weak pairing in report.json', () => {
    const report = read('report.json');
    const lineage = buildLineage(documents);
    expect(report.lineage.weakPairings).toEqual(lineage.weakPairings);
    expect(report.lineage.withPreviousYear).toBe(lineage.rows.filter((r) => r.previousYear).length);
    expect(report.lineage.paired).toBe(lineage.rows.filter((r) => r.counterpart).length);
    expect(report.lineage.documentPairs).toBe(2);
  });

  it('and sums it up in one log line', () => {
    expect(lineageSummary(dir)).toMatch(/^lineage: \d+ of 283 rows have a previous year \(23 across a framework change\).*\(2 document pairs\), \d+ weak pairings$/);
  });
});
