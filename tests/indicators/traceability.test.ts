/**
 * The promise of the indicator downloads, checked on every exported value of the real documents:
 * the value is a number written in its quote, and the quote stands in the row (or source line)
 * its permalink names.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { indicatorsCsv, indicatorsExport, IndicatorsExport, INDICATORS_CSV_COLUMNS } from '../../src/indicators/export.ts';
import { numbersIn } from '../../src/indicators/text.ts';
import { decode } from '../../src/ingest/decode.ts';
import { ROOT, realData } from './real-documents.ts';
import { parseCsv } from '../site/support/csv.ts';
import { sourcePageOfLine } from '../../src/lib/urls.ts';

const ctx = { site: 'https://example.org', base: '/reports/' };

describe('every exported indicator value is traceable', () => {
  const { extraction, indicators, documents } = realData();
  const entries = IndicatorsExport.parse(indicatorsExport(extraction, indicators, ctx));
  const byId = new Map(documents.map((d) => [d.id, d]));

  it('exports one entry per value, with at least one value for every indicator', () => {
    expect(entries.length).toBe(extraction.values.length);
    expect(new Set(entries.map((e) => e.indicator)).size).toBe(indicators.length);
  });

  it('has a value that is a number written in its quote, exactly as `written` says', () => {
    for (const e of entries) {
      expect(numbersIn(e.quote), `${e.indicator} ${e.document}`).toContain(e.value);
      expect(e.quote).toContain(e.written);
      expect(numbersIn(e.written)).toEqual([e.value]);
    }
  });

  it('has a quote that stands in the row its permalink names (or, for scores, the source line)', () => {
    for (const e of entries) {
      const path = e.permalink.slice(ctx.base.length - 1);
      expect(e.url).toBe(`https://example.org${e.permalink}`);
      const doc = byId.get(e.document)!;
      const row = /^\/([a-z]+)\/(\d+)\/(plan|report)\/(d\d+-s\d+-m\d+-i\d+[a-z]?)\/$/.exec(path);
      if (row) {
        expect(`${row[1]}-${row[2]}-${row[3]}`).toBe(e.document);
        const target = doc.rows.find((r) => r.id === row[4])!;
        expect(target, path).toBeDefined();
        expect(target[e.source.field as 'results' | 'actions']).toContain(e.quote);
        expect(target.source.lines).toEqual(e.source.lines);
        continue;
      }
      const line = /^\/([a-z]+)\/(\d+)\/(plan|report)\/source\/(?:(\d+)\/)?#L(\d+)$/.exec(path);
      expect(line, path).not.toBeNull();
      expect(Number(line![4] ?? 1), path).toBe(sourcePageOfLine(Number(line![5])));
      const { text } = decode(doc.sourceFile, new Uint8Array(readFileSync(resolve(ROOT, doc.sourceFile))));
      expect(text.split(/\r?\n/)[Number(line![5]) - 1]).toContain(e.quote);
    }
  });

  it('writes the same values as CSV in UTF-8 with a BOM', () => {
    const csv = indicatorsCsv(entries);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const records = parseCsv(csv.slice(1));
    expect(records[0]).toEqual(INDICATORS_CSV_COLUMNS.map(([name]) => name));
    expect(records.length - 1).toBe(entries.length);
    const quote = records[0].indexOf('quote');
    const value = records[0].indexOf('value');
    entries.forEach((e, i) => {
      expect(records[i + 1][quote]).toBe(e.quote);
      expect(Number(records[i + 1][value])).toBe(e.value);
    });
  });
});
