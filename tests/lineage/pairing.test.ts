import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildLineage } from '../../src/lineage/build.ts';
import { loadReference } from '../../src/model/reference.ts';
import { loadSourceBytes } from '../../src/ingest/source.ts';
import { buildDocument } from '../../src/ingest/pipeline.ts';
import { LAYOUTS } from '../../src/ingest/layouts/index.ts';
import { retitle } from '../../scripts/bench-corpus.ts';
import { documentById, fixtureDocuments, rowStarting } from './corpus.ts';
import { ROOT } from './fixtures.ts';

const documents = fixtureDocuments();
const lineage = buildLineage(documents);
const doc = (id: string) => documentById(documents, id);
const counterpartOf = (key: string) => lineage.rows.find((e) => e.row === key)!.counterpart;

describe('plan ↔ report pairing of one organisation and year', () => {
  const plan = doc('kaohsiung-109-plan');
  const report = doc('kaohsiung-109-report');

  it('pairs a report row with the plan row of the same item, both ways', () => {
    const planRow = rowStarting(plan, '(2) 注重電話禮貌');
    const reportRow = rowStarting(report, '(2) 注重電話禮貌');
    expect(planRow.actions).toContain('年度預計測試 117 人次以上');
    expect(counterpartOf(`kaohsiung-109-report/${reportRow.id}`)).toMatchObject({ row: `kaohsiung-109-plan/${planRow.id}`, via: 'same-item', weak: false });
    expect(counterpartOf(`kaohsiung-109-plan/${planRow.id}`)).toMatchObject({ row: `kaohsiung-109-report/${reportRow.id}` });
  });

  it('never pairs across years or organisations', () => {
    const byKey = new Map(documents.flatMap((d) => d.rows.map((r) => [`${d.id}/${r.id}`, d])));
    const paired = lineage.rows.filter((e) => e.counterpart);
    expect(paired.length).toBeGreaterThan(0);
    for (const e of paired) {
      const [self, other] = [byKey.get(e.row)!, byKey.get(e.counterpart!.row)!];
      expect([other.branch.id, other.year.roc, other.framework.id]).toEqual([self.branch.id, self.year.roc, self.framework.id]);
      expect(other.kind).not.toBe(self.kind);
    }
    // Keelung 102/103 reports have no plans in the corpus: nothing to pair.
    expect(lineage.rows.filter((e) => e.row.startsWith('keelung-')).every((e) => e.counterpart === null)).toBe(true);
  });

  it('lists items planned but not reported and reported but not planned', () => {
    const pair = lineage.pairs.find((p) => p.plan === 'kaohsiung-109-plan')!;
    expect(pair).toMatchObject({ report: 'kaohsiung-109-report', sameFramework: true });
    // The 109 report fixture lacks the MyEGov row the plan has.
    const myEGov = rowStarting(plan, '(4) 資訊標示配合');
    const planned = pair.items.filter((i) => i.report.length === 0);
    expect(planned.map((i) => i.item)).toContain(myEGov.frameworkItem!.id);
    expect(planned.find((i) => i.item === myEGov.frameworkItem!.id)!.plan).toEqual([`kaohsiung-109-plan/${myEGov.id}`]);
    expect(pair.items.filter((i) => i.plan.length === 0)).toEqual([]);

    // A plan without its phone-courtesy row: that item is then reported but not planned.
    const phone = rowStarting(plan, '(2) 注重電話禮貌');
    const thinner = { ...plan, rows: plan.rows.filter((r) => r !== phone) };
    const withoutPhone = buildLineage([thinner, report]).pairs[0];
    const reportedOnly = withoutPhone.items.filter((i) => i.plan.length === 0);
    expect(reportedOnly.map((i) => i.item)).toEqual([phone.frameworkItem!.id]);
    expect(reportedOnly[0].report).toEqual([`kaohsiung-109-report/${rowStarting(report, '(2) 注重電話禮貌').id}`]);
  });

  it('marks a pairing weak when the two rows’ own texts differ, and lists it for review', () => {
    const reportRow = rowStarting(report, '(2) 注重電話禮貌');
    const reworded = {
      ...report,
      rows: report.rows.map((r) => (r === reportRow ? { ...r, item: '(2) 本分局自行增列之項目，與範本文字不同' } : r)),
    };
    const weak = buildLineage([plan, reworded]);
    const link = weak.rows.find((e) => e.row === `kaohsiung-109-report/${reportRow.id}`)!.counterpart!;
    expect(link.weak).toBe(true);
    expect(weak.weakPairings).toContainEqual(
      expect.objectContaining({ kind: 'counterpart', from: `kaohsiung-109-plan/${rowStarting(plan, '(2) 注重電話禮貌').id}`, to: `kaohsiung-109-report/${reportRow.id}` }),
    );
    expect(weak.weakPairings.filter((w) => w.kind === 'counterpart')).toHaveLength(1);
  });

  it('pairs no rows when the plan and the report follow different frameworks', () => {
    // The HQ 115 plan (its own framework) retitled to Keelung 102, beside Keelung's 2013-framework report.
    const reference = loadReference(ROOT);
    const keelung = reference.branches.find((b) => b.id === 'keelung')!;
    const text = retitle(readFileSync(join(ROOT, 'content/sources/hq-115-plan.txt'), 'utf8'), { branch: keelung, roc: 102 });
    const hqAsKeelung = buildDocument(loadSourceBytes('hq-as-keelung-102-plan.txt', new TextEncoder().encode(text), reference.branches), reference, LAYOUTS);
    const mixed = buildLineage([hqAsKeelung, doc('keelung-102-report')]);
    expect(mixed.pairs).toEqual([{ plan: 'keelung-102-plan', report: 'keelung-102-report', sameFramework: false, items: [] }]);
    expect(mixed.rows.every((e) => e.counterpart === null)).toBe(true);
  });
});
