import { describe, expect, it } from 'vitest';
import { buildSiteIndex } from '../../../src/lib/site.ts';
import { loadReference } from '../../../src/model/reference.ts';
import { buildLineage } from '../../../src/lineage/build.ts';
import { asYear, documentById, fixtureDocuments, rowStarting } from '../../lineage/corpus.ts';
import { ROOT } from '../../lineage/fixtures.ts';

const reference = loadReference(ROOT);
const indexOf = (documents: ReturnType<typeof fixtureDocuments>) =>
  buildSiteIndex({ documents, ...reference, lineage: buildLineage(documents) });
const documents = fixtureDocuments();
const index = indexOf(documents);
const view = (documentId: string, start: string) => {
  const row = rowStarting(documentById(documents, documentId), start);
  return index.rows.find((v) => v.key === `${documentId}/${row.id}`)!;
};

describe('lineage views for row pages', () => {
  it('gives a report row its plan row, last year’s row and the changed fields', () => {
    const lineage = index.lineage.row(view('kaohsiung-109-report', '(2) 注重電話禮貌'));
    expect(lineage.counterpart?.view.key).toBe(view('kaohsiung-109-plan', '(2) 注重電話禮貌').key);
    expect(lineage.previousYear?.view.document.id).toBe('kaohsiung-108-report');
    expect(lineage).toMatchObject({ firstAppears: false, notContinued: false, resumed: false, nextDocument: null });
    expect(lineage.changes.filter((c) => c.changed).map((c) => c.field)).toEqual(['results']);
    expect(lineage.changes.map((c) => c.field)).toEqual(['strategy', 'method', 'item', 'results']);
  });

  it('says first appears, not continued and resumed from the adjacent documents', () => {
    expect(index.lineage.row(view('kaohsiung-109-report', '(2) 開發跨平臺通用服務'))).toMatchObject({ firstAppears: true, previousYear: null, changes: [] });
    expect(index.lineage.row(view('kaohsiung-108-report', '(4) 資訊標示配合'))).toMatchObject({ notContinued: true, nextYear: null });
    const report109 = documentById(documents, 'kaohsiung-109-report');
    const withGap = indexOf([asYear(report109, 107), documentById(documents, 'kaohsiung-108-report'), report109]);
    const row = rowStarting(report109, '(2) 開發跨平臺通用服務');
    const resumed = withGap.lineage.row(withGap.rows.find((v) => v.key === `kaohsiung-109-report/${row.id}`)!);
    expect(resumed).toMatchObject({ resumed: true, firstAppears: false });
    expect(resumed.previousYear?.view.document.id).toBe('kaohsiung-107-report');
    expect(resumed.previousDocument?.id).toBe('kaohsiung-108-report');
  });

  it('names the counterpart document even for a row without a counterpart row, and none where the year has no other kind', () => {
    const planOnly = index.lineage.row(view('kaohsiung-109-plan', '(4) 資訊標示配合'));
    expect(planOnly.counterpart).toBeNull();
    expect(planOnly.counterpartDocument?.document.id).toBe('kaohsiung-109-report');
    expect(index.lineage.row(view('keelung-103-report', '(3) 注重電話禮貌')).counterpartDocument).toBeNull();
  });

  it('gives a document page its counterpart and the planned ↔ reported lists', () => {
    const pair = index.lineage.document(index.documentById.get('kaohsiung-109-report')!)!;
    expect(pair.counterpart.document.id).toBe('kaohsiung-109-plan');
    expect(pair.plannedNotReported.map((i) => i.plan.map((v) => v.key)).flat()).toContain(view('kaohsiung-109-plan', '(4) 資訊標示配合').key);
    expect(pair.reportedNotPlanned).toEqual([]);
    expect(pair.paired.length + pair.plannedNotReported.length + pair.reportedNotPlanned.length).toBe(pair.items.length);
    expect(pair.items.every((i) => i.place !== null)).toBe(true);
    expect(index.lineage.document(index.documentById.get('keelung-103-report')!)).toBeNull();
  });

  it('refuses a lineage file that names rows the documents do not have', () => {
    const stale = buildSiteIndex({ documents: documents.filter((d) => d.id !== 'kaohsiung-108-report'), ...reference, lineage: buildLineage(documents) });
    const row = stale.rows.find((v) => v.document.id === 'kaohsiung-109-report' && v.row.item.startsWith('(2) 注重電話禮貌'))!;
    expect(() => stale.lineage.row(row)).toThrow(/lineage names (row|document) kaohsiung-108-report/);
  });
});
