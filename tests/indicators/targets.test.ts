/**
 * Targets beside results, on rows cut from the real sources: what the extraction reads as a
 * target, and the 目標達成 rule — result ÷ target only for the same unit and the same period.
 */
import { describe, expect, it } from 'vitest';
import { extractIndicators, type IndicatorValue } from '../../src/indicators/extract.ts';
import { achievements, comparability, latestPerOrganisation, sameUnit, targetsByBranchYear } from '../../src/indicators/achievement.ts';
import { achievementTable, percentText } from '../../src/indicators/achievement-view.ts';
import { targetsText } from '../../src/lib/i18n.ts';
import type { Document } from '../../src/model/schema.ts';
import { realData } from './real-documents.ts';
import { reportRestatesItsTargetBesideTheResult, targetAndMidYearResultInOneRow, targetBesideAnotherActivitysTarget } from './target-fixtures.ts';

const { indicators } = realData();

function valuesOf(indicator: string, ...documents: Document[]): IndicatorValue[] {
  return extractIndicators({ documents, indicators: indicators.filter((i) => i.id === indicator) }).values;
}

/** The same value as if another document of `kind`, `roc` had stated it. */
function restated(v: IndicatorValue, change: { kind?: 'plan' | 'report'; roc?: number; value?: number; unit?: string; period?: string | null }): IndicatorValue {
  const roc = change.roc ?? v.document.year.roc;
  const kind = change.kind ?? v.document.kind;
  return {
    ...v,
    value: change.value ?? v.value,
    unit: change.unit ?? v.unit,
    period: change.period === undefined ? v.period : change.period,
    document: { ...v.document, id: `${v.document.branch.id}-${roc}-${kind}`, kind, year: { roc, gregorian: roc + 1911 } },
  };
}

describe('targets read from real rows', () => {
  it('a target and a mid-year result in one row: the target from the actions for the whole year, the result from the 1-6月 column', () => {
    const values = valuesOf('phone-courtesy-tests', targetAndMidYearResultInOneRow());
    expect(values.map((v) => [v.measure, v.value, v.unit, v.period, v.field, v.written, v.path])).toEqual([
      ['result', 65, '人次', '1-6月', 'results', '65', '/kaohsiung/109/plan/d1-s2-m3-i2/'],
      ['target', 117, '人次', null, 'actions', '117', '/kaohsiung/109/plan/d1-s2-m3-i2/'],
    ]);
    expect(values[1].quote).toBe('(2) 訂有電話禮貌測試執行計畫，由各單位遴派代表組成測試小組，年度預計測試 117 人次以上。');
    expect(values[1].match).toBe('測試 117 人次');
  });

  it('a report restating its target beside the result: both counted, one of each measure', () => {
    const values = valuesOf('staff-training-sessions', reportRestatesItsTargetBesideTheResult());
    expect(values.map((v) => [v.measure, v.value, v.field])).toEqual([
      ['result', 26, 'results'],
      ['target', 20, 'actions'],
    ]);
  });

  it('a target beside another activity’s target: only the indicator’s own figure, not the 3 proficiency tests', () => {
    const values = valuesOf('staff-training-sessions', targetBesideAnotherActivitysTarget());
    expect(values.filter((v) => v.measure === 'target').map((v) => [v.value, v.match])).toEqual([[11, expect.stringContaining('預計舉辦 11 場次')]]);
  });
});

describe('目標達成: result ÷ target only for the same unit and period', () => {
  const kaohsiung = valuesOf('phone-courtesy-tests', targetAndMidYearResultInOneRow());
  const keelung = valuesOf('staff-training-sessions', reportRestatesItsTargetBesideTheResult());
  const [midYear, target117] = kaohsiung;

  it('divides a full-year result by the full-year target of the same unit', () => {
    expect(achievements(keelung).map((a) => [a.target.value, a.result?.value, a.ratio, a.notDivided])).toEqual([[20, 26, 1.3, null]]);
    expect(percentText(1.3)).toBe('130%');
    expect(percentText(65 / 117)).toBe('55.6%');
  });

  it('shows a mid-year result beside the full-year target, never divided', () => {
    expect(achievements(kaohsiung).map((a) => [a.target.value, a.result?.value, a.ratio, a.notDivided])).toEqual([[117, 65, null, 'period-differs']]);
  });

  it('puts the report’s full-year result first and divides only that, when the plan also has a mid-year one', () => {
    const fullYear = restated(midYear, { kind: 'report', value: 130, period: null });
    const rows = achievements([...kaohsiung, fullYear]);
    expect(rows.map((a) => [a.result?.value, a.result?.period, a.ratio])).toEqual([
      [130, null, 130 / 117],
      [65, '1-6月', null],
    ]);
  });

  it('never divides across units, folds only character width, and refuses a zero target', () => {
    expect(comparability(target117, restated(midYear, { period: null, unit: '次' }))).toBe('unit-differs');
    expect(sameUnit('％', '%')).toBe(true);
    expect(sameUnit('件', '份')).toBe(false);
    expect(comparability(restated(target117, { unit: '％' }), restated(midYear, { period: null, unit: '%' }))).toBeNull();
    expect(comparability(restated(target117, { value: 0 }), restated(midYear, { period: null }))).toBe('zero-target');
  });

  it('never pairs a target with a result of another year', () => {
    const otherYear = restated(midYear, { kind: 'report', roc: 110, period: null });
    const rows = achievements([target117, otherYear]);
    expect(rows.map((a) => [a.year.roc, a.result])).toEqual([[109, null]]);
  });

  it('takes the plan’s target (the promise) over a report’s restatement of the same year', () => {
    const reportTarget = restated(target117, { kind: 'report', value: 120 });
    expect([...targetsByBranchYear([reportTarget, target117]).values()].map((v) => [v.document.kind, v.value])).toEqual([['plan', 117]]);
    expect([...targetsByBranchYear([target117, reportTarget]).values()].map((v) => [v.document.kind, v.value])).toEqual([['plan', 117]]);
  });

  it('keeps each organisation’s latest years on the page, newest first', () => {
    const years = [105, 106, 107, 108, 109].map((roc) => restated(target117, { roc }));
    const rows = achievements(years);
    expect(rows.map((r) => r.year.roc)).toEqual([109, 108, 107, 106, 105]);
    expect(latestPerOrganisation(rows, 3).map((r) => r.year.roc)).toEqual([109, 108, 107]);
  });

  it('renders every figure with its row permalink and sentence, and the outcome in words', () => {
    const view = achievementTable([...kaohsiung, ...keelung]);
    expect(view.lines.map((l) => [l.branch.id, l.target.text, l.target.href, l.result?.text, l.outcome, l.divided])).toEqual([
      ['keelung', '20 場次', '/keelung/102/report/d1-s2-m2-i3/', '26 場次', '130%', true],
      ['kaohsiung', '117 人次', '/kaohsiung/109/plan/d1-s2-m3-i2/', '65 人次（1-6月）', targetsText.periodDiffers('1-6月'), false],
    ]);
    expect(view.lines[1].target.quote).toContain('年度預計測試 117 人次以上');
  });
});
