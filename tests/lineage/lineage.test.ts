import { describe, expect, it } from 'vitest';
import { buildLineage } from '../../src/lineage/build.ts';
import { CROSS_FRAMEWORK_MINIMUM } from '../../src/lineage/lineage.ts';
import { mostSimilar } from '../../src/lineage/similarity.ts';
import type { Lineage } from '../../src/lineage/schema.ts';
import { asYear, documentById, fixtureDocuments, rowStarting } from './corpus.ts';

const documents = fixtureDocuments();
const lineage = buildLineage(documents);
const entry = (l: Lineage, key: string) => {
  const found = l.rows.find((e) => e.row === key);
  if (!found) throw new Error(`no lineage for ${key}`);
  return found;
};
const doc = (id: string) => documentById(documents, id);
const key = (documentId: string, start: string) => `${documentId}/${rowStarting(doc(documentId), start).id}`;

describe('lineage: the same item of one organisation across years', () => {
  it('links a report row to the same item in last year’s report, and back', () => {
    const phone109 = key('kaohsiung-109-report', '(2) 注重電話禮貌');
    const phone108 = key('kaohsiung-108-report', '(2) 注重電話禮貌');
    expect(entry(lineage, phone109)).toMatchObject({
      previousYear: { row: phone108, via: 'same-item', similarity: 1, weak: false },
      nextYear: null,
      previousDocument: 'kaohsiung-108-report',
      nextDocument: null,
    });
    expect(entry(lineage, phone108).nextYear).toMatchObject({ row: phone109, via: 'same-item' });
  });

  it('follows plans with plans and reports with reports, never the other kind or another organisation', () => {
    const byKey = new Map(documents.flatMap((d) => d.rows.map((r) => [`${d.id}/${r.id}`, d])));
    let links = 0;
    for (const e of lineage.rows) {
      const self = byKey.get(e.row)!;
      for (const [link, later] of [[e.previousYear, false], [e.nextYear, true]] as const) {
        if (!link) continue;
        links++;
        const other = byKey.get(link.row)!;
        expect(other.branch.id).toBe(self.branch.id);
        expect(other.kind).toBe(self.kind);
        expect(later ? other.year.roc > self.year.roc : other.year.roc < self.year.roc).toBe(true);
      }
    }
    expect(links).toBeGreaterThan(0);
    // Every row of the 109 plan has its item in the 108 plan, which is the same document a year earlier.
    const plan109 = lineage.rows.filter((e) => e.row.startsWith('kaohsiung-109-plan/'));
    expect(plan109.every((e) => e.previousYear?.row === e.row.replace('-109-', '-108-'))).toBe(true);
  });

  it('says where an item first appears and where it is not continued', () => {
    const firstIn109 = entry(lineage, key('kaohsiung-109-report', '(2) 開發跨平臺通用服務'));
    expect(firstIn109.previousYear).toBeNull();
    expect(firstIn109.previousDocument).toBe('kaohsiung-108-report');
    const droppedAfter108 = entry(lineage, key('kaohsiung-108-report', '(4) 資訊標示配合電子化政府入口網'));
    expect(droppedAfter108.nextYear).toBeNull();
    expect(droppedAfter108.nextDocument).toBe('kaohsiung-109-report');
  });

  it('takes the nearest earlier year that has the item, skipping a year without it', () => {
    const report109 = doc('kaohsiung-109-report');
    const report108 = doc('kaohsiung-108-report'); // lacks 開發跨平臺通用服務
    const report107 = asYear(report109, 107);
    const withGap = buildLineage([report107, report108, report109]);
    const row = rowStarting(report109, '(2) 開發跨平臺通用服務');
    const e = entry(withGap, `kaohsiung-109-report/${row.id}`);
    expect(e.previousYear?.row).toBe(`kaohsiung-107-report/${row.id}`);
    expect(e.previousDocument).toBe('kaohsiung-108-report');
  });

  it('does not depend on the order documents come in', () => {
    expect(buildLineage([...documents].reverse())).toEqual(lineage);
  });
});

describe('lineage across a framework change (Keelung 102, 2013 framework → 103, 2017 framework)', () => {
  const k103 = lineage.rows.filter((e) => e.row.startsWith('keelung-103-report/'));

  it('links rows of the same practice closest by meaning, marked as cross-framework', () => {
    const phone = entry(lineage, key('keelung-103-report', '(3) 注重電話禮貌'));
    expect(phone.previousYear).toMatchObject({
      row: key('keelung-102-report', '(2) 重視電話禮貌'),
      via: 'cross-framework',
      weak: false,
    });
    expect(k103.filter((e) => e.previousYear).every((e) => e.previousYear!.via === 'cross-framework')).toBe(true);
  });

  it('leaves a row unlinked when nothing of its practice is close enough: the measured gap around the minimum', () => {
    const k102 = doc('keelung-102-report');
    const linked: number[] = [];
    const unlinked: number[] = [];
    for (const row of doc('keelung-103-report').rows) {
      const practices = new Set(row.practices.map((p) => p.id));
      const candidates = k102.rows.filter((r) => r.practices.some((p) => practices.has(p.id))).map((r) => ({ row: r }));
      const best = mostSimilar(row, candidates);
      const e = entry(lineage, `keelung-103-report/${row.id}`);
      if (e.previousYear) linked.push(e.previousYear.similarity);
      else if (best) unlinked.push(best.similarity);
    }
    expect(Math.min(...linked)).toBeGreaterThanOrEqual(0.39);
    expect(Math.max(...unlinked)).toBeLessThanOrEqual(0.29);
    expect(CROSS_FRAMEWORK_MINIMUM).toBeGreaterThan(Math.max(...unlinked));
    expect(CROSS_FRAMEWORK_MINIMUM).toBeLessThan(Math.min(...linked));
    const myEGov = entry(lineage, key('keelung-103-report', '(4) 資訊標示配合電子化政府入口網'));
    expect(myEGov.previousYear).toBeNull();
  });

  it('lists the weak links in the weak pairings, each pair of rows once', () => {
    const weakLinks = k103.filter((e) => e.previousYear?.weak);
    expect(weakLinks.length).toBeGreaterThan(0);
    for (const e of weakLinks) {
      expect(lineage.weakPairings).toContainEqual(
        expect.objectContaining({ kind: 'previous-year', from: e.previousYear!.row, to: e.row, via: 'cross-framework' }),
      );
    }
    const ids = lineage.weakPairings.map((w) => `${w.kind} ${w.from} ${w.to}`);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
