import { describe, expect, it } from 'vitest';
import { buildSiteIndex, ELSEWHERE_DOCUMENTS, LISTING_PAGE_UNITS, rowUnits } from '../../../src/lib/site.ts';
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

  describe('bounded listings over a long series', () => {
    const kaohsiung = input.documents.find((d) => d.id === 'kaohsiung-109-plan')!;
    // Thirty years of the same plan: every listing must page, newest first, and never split a document.
    const copies = Array.from({ length: 30 }, (_, i) => {
      const roc = 85 + i;
      return { ...kaohsiung, id: `kaohsiung-${roc}-plan`, year: { roc, gregorian: roc + 1911 } };
    });
    const many = buildSiteIndex({ ...input, documents: [...input.documents.filter((d) => d !== kaohsiung), ...copies] });

    it('pages an organisation’s history of a practice, newest first, documents whole, and knows where each document is listed', () => {
      const practice = many.practices.find((p) => p.byBranch.some((h) => h.branch.id === 'kaohsiung' && h.entries.length === 30))!;
      const history = practice.byBranch.find((h) => h.branch.id === 'kaohsiung')!;
      expect(history.path).toBe(`/practices/${practice.practice.id}/kaohsiung/`);
      expect(history.entries.map((e) => e.document.year.roc)).toEqual(copies.map((c) => c.year.roc).reverse());
      expect(history.latest.map((e) => e.document.id)).toEqual(['kaohsiung-114-plan']);
      expect(history.perYear).toHaveLength(30);
      for (const page of history.pages) {
        const rows = page.entries.flatMap((e) => e.rows);
        const units = rows.reduce((sum, r) => sum + rowUnits(r), 0);
        expect(units <= LISTING_PAGE_UNITS || rows.length === 1).toBe(true);
      }
      // Every row once, in order; a document that fits on a page is never split.
      expect(history.pages.flatMap((p) => p.entries.flatMap((e) => e.rows))).toEqual(history.entries.flatMap((e) => e.rows));
      const perDocument = history.entries[0].rows.reduce((sum, r) => sum + rowUnits(r), 0);
      if (perDocument <= LISTING_PAGE_UNITS) expect(history.pages.flatMap((p) => p.entries)).toHaveLength(history.entries.length);
      expect(history.pages.length).toBeGreaterThan(1);
      expect(history.pages[1].path).toBe(`/practices/${practice.practice.id}/kaohsiung/page/2/`);
      const last = history.pages.at(-1)!;
      expect(practice.documentPath('kaohsiung-85-plan')).toBe(`${last.path}#kaohsiung-85-plan`);
      expect(practice.documentPath('kaohsiung-114-plan')).toBe(`${history.path}#kaohsiung-114-plan`);
    });

    it('gives each item of a dimension’s structure its rows newest first, in pages, under the template id', () => {
      const dimension = many.dimensions.find((d) => d.items.some((i) => i.documents >= 30))!;
      const item = dimension.items.find((i) => i.documents >= 30)!;
      expect(item.path).toBe(`/dimensions/${dimension.framework.id}/${dimension.dimension.number}/${item.key}/`);
      expect(item.key).toMatch(/^s\d+(-m\d+)?$|^unmatched$/);
      expect(item.rows[0].document.year.roc).toBe(114);
      expect(item.rows.at(-1)!.document.year.roc).toBe(85);
      expect(item.pages.length).toBeGreaterThan(1);
      expect(dimension.items.reduce((sum, i) => sum + i.rows.length, 0)).toBe(dimension.rows.length);
    });

    it('lists a branch’s documents as a timeline, newest year first, plan and report side by side', () => {
      const timeline = many.branchById.get('kaohsiung')!.timeline;
      expect(timeline).toHaveLength(30);
      expect(timeline[0]).toMatchObject({ roc: 114, report: null });
      expect(timeline[0].plan?.id).toBe('kaohsiung-114-plan');
    });

    it('publishes every page of every listing as a permalink', () => {
      const practice = many.practices.find((p) => p.byBranch.some((h) => h.pages.length > 1))!;
      const history = practice.byBranch.find((h) => h.pages.length > 1)!;
      const targets = new Map(many.permalinks.map((l) => [l.path, l.target]));
      expect(targets.get(history.path)).toBe(`practice-branch ${practice.practice.id} ${history.branch.id}`);
      expect(targets.get(history.pages[1].path)).toBe(`practice-branch ${practice.practice.id} ${history.branch.id} page 2`);
    });
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
