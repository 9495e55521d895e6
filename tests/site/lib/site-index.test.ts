import { describe, expect, it } from 'vitest';
import { buildSiteIndex, ELSEWHERE_DOCUMENTS } from '../../../src/lib/site.ts';
import { miniInput } from '../support/mini.ts';
import { strategiesCsv, strategiesExport, StrategiesExport } from '../../../src/lib/exports.ts';
import { compareSnapshot } from '../../../src/lib/permalinks.ts';
import { parseCsv } from '../support/csv.ts';

const input = miniInput();

describe('site index over the mini fixture', () => {
  const index = buildSiteIndex(input);

  it('orders branches as the reference file does and keeps every branch', () => {
    expect(index.branches.map((b) => b.branch.id)).toEqual(['hq', 'keelung', 'hsinchu', 'taichung', 'tainan', 'kaohsiung', 'hualien']);
    expect(index.branchById.get('hualien')!.documents.map((d) => d.id)).toEqual(['hualien-111-report']);
  });

  it('links rows to their neighbours within the document only', () => {
    const rows = index.documentById.get('hualien-111-report')!.rows;
    expect(rows[0].previous).toBeNull();
    expect(rows[0].next?.row.id).toBe('d1-s1-m2-i0');
    expect(rows.at(-1)!.next).toBeNull();
    expect(index.documentById.get('kaohsiung-109-plan')!.rows[0].previous).toBeNull();
  });

  it('finds the same practice in other documents', () => {
    const row = index.rows.find((v) => v.key === 'hualien-111-report/d1-s1-m1-i0')!;
    const elsewhere = index.elsewhere(row);
    expect(elsewhere.map((e) => e.practice.id)).toEqual(['sop-consistency']);
    expect(elsewhere[0].rows.map((v) => v.key)).toEqual(['kaohsiung-109-plan/d1-s1-m1-i0']);
  });

  it('lists the same practice only from the documents nearest in time, and counts the rest', () => {
    const kaohsiung = input.documents.find((d) => d.id === 'kaohsiung-109-plan')!;
    const copies = Array.from({ length: 12 }, (_, i) => {
      const roc = 100 + i;
      return { ...kaohsiung, id: `kaohsiung-${roc}-plan`, year: { roc, gregorian: roc + 1911 } };
    });
    const many = buildSiteIndex({ ...input, documents: [...input.documents.filter((d) => d !== kaohsiung), ...copies] });
    const row = many.rows.find((v) => v.key === 'hualien-111-report/d1-s1-m1-i0')!;
    const [sop] = many.elsewhere(row);
    expect(sop.totalDocuments).toBe(12);
    expect(sop.totalRows).toBe(12);
    expect(sop.rows.map((v) => v.document.year.roc).sort()).toEqual([104, 105, 106, 107, 108, 109, 110, 111]);
    expect(sop.rows.length).toBe(ELSEWHERE_DOCUMENTS);
  });

  it('groups a dimension’s rows by template strategy and method', () => {
    const dimension = index.dimensions.find((d) => d.dimension.id === 'gsp-2017-d1')!;
    expect(dimension.groups.map((g) => g.strategy?.id)).toEqual(['gsp-2017-d1-s1', 'gsp-2017-d1-s2']);
    expect(dimension.groups[0].methods[0].rows.map((v) => v.key)).toEqual([
      'kaohsiung-109-plan/d1-s1-m1-i0',
      'hualien-111-report/d1-s1-m1-i0',
    ]);
  });

  it('keeps the document’s hierarchy for its strategy table', () => {
    const table = index.documentById.get('hualien-111-report')!.table;
    expect(table.map((d) => d.heading.dimension.id)).toEqual(['gsp-2017-d1', 'gsp-2017-d2']);
    expect(table[0].strategies.map((s) => s.methods.map((m) => m.rows.length))).toEqual([[1, 1, 1], [2]]);
  });

  it('gives every page one path and one target', () => {
    const paths = index.permalinks.map((l) => l.path);
    expect(new Set(paths).size).toBe(paths.length);
    expect(index.permalinks).toContainEqual({ path: '/hualien/111/report/d1-s2-m1-i2/', target: 'row hualien-111-report/d1-s2-m1-i2' });
    expect(index.permalinks).toContainEqual({ path: '/dimensions/gsp-2017/2/', target: 'dimension gsp-2017-d2' });
  });

  it('only adds permalinks when a document is added, and keeps ids independent of position', () => {
    const withoutKaohsiung = buildSiteIndex({ ...input, documents: input.documents.filter((d) => d.id !== 'kaohsiung-109-plan') });
    const reversed = buildSiteIndex({ ...input, documents: [...input.documents].reverse() });
    const diff = compareSnapshot(withoutKaohsiung.permalinks, index.permalinks);
    expect(diff.missing).toEqual([]);
    expect(diff.changed).toEqual([]);
    expect(diff.added.map((l) => l.target)).toContain('row kaohsiung-109-plan/d1-s1-m1-i0');
    expect(reversed.permalinks).toEqual(index.permalinks);
  });
});

describe('exports', () => {
  const index = buildSiteIndex(input);
  const rows = strategiesExport(index, { site: 'https://example.org', base: '/reports/' });

  it('carries the documented fields for every row', () => {
    expect(StrategiesExport.parse(rows)).toHaveLength(index.rows.length);
    const row = rows.find((r) => r.id === 'kaohsiung-109-plan/d1-s1-m1-i0')!;
    expect(row.permalink).toBe('/reports/kaohsiung/109/plan/d1-s1-m1-i0/');
    expect(row.url).toBe('https://example.org/reports/kaohsiung/109/plan/d1-s1-m1-i0/');
    expect(row.year).toEqual({ roc: 109, gregorian: 2020 });
    expect(row.dimension).toEqual({ id: 'gsp-2017-d1', label: '基礎服務', maxPoints: 200 });
    expect(row.source).toEqual({ file: '/reports/sources/kaohsiung-109-plan.txt', lines: [48, 60] });
  });

  it('quotes CSV fields with commas, quotes and line breaks, after a BOM', () => {
    const csv = strategiesCsv([{ ...rows[0], results: '甲,"乙"\n丙' }]);
    expect(csv.startsWith('\uFEFFid,url,')).toBe(true);
    const records = parseCsv(csv.slice(1));
    expect(records[1]).toContain('甲,"乙"\n丙');
  });
});
