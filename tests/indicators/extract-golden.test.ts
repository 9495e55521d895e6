/**
 * Golden test of the indicator extraction on the five real sources: every value with its row and
 * its exact sentence, and everything the report lists. A change in a parser, the crosswalk or a
 * pattern that moves a figure shows up here as a concrete difference.
 */
import { describe, expect, it } from 'vitest';
import { realData } from './real-documents.ts';
import { sourcePageOfLine } from '../../src/lib/urls.ts';

type Golden = [indicator: string, document: string, measure: 'result' | 'target', value: number, unit: string, period: string | null, row: string, quote: string];

const GOLDEN: Golden[] = [
  ['staff-training-sessions', 'keelung-102-report', 'result', 26, '場次', null, 'd1-s2-m2-i3', '1. 辦理專業教育訓練，提升服務同仁回應問題正確率，年度共計辦理 26 場次專業教育訓練及 3 場讀書會。'],
  ['staff-training-sessions', 'hsinchu-107-report', 'result', 28, '場次', null, 'd1-s1-m3-i0', '3. 本（107）年度共舉辦 28 場次各類專業教育訓練，強化服務流程及相關法規之專業與熟悉程度。'],
  ['staff-training-sessions', 'kaohsiung-109-plan', 'result', 14, '場次', '1-6月', 'd1-s1-m3-i0', '3. 辦理各類專業教育訓練，強化服務流程及相關法規之專業與熟悉程度，計 14 場次(含 5 場資訊安全)。'],
  ['staff-training-sessions', 'hualien-111-report', 'result', 40, '場次', null, 'd1-s1-m3-i0', '111年計舉辦40場次。'],
  ['phone-courtesy-tests', 'keelung-102-report', 'result', 96, '人次', null, 'd1-s2-m2-i2', '1. 共執行電話禮貌測試 96 人次；'],
  ['phone-courtesy-tests', 'hsinchu-107-report', 'result', 80, '人次', null, 'd1-s2-m3-i3', '(2) 本年度共辦理3次電話禮貌測試考核評分，全年度共測試80人次。'],
  ['phone-courtesy-tests', 'kaohsiung-109-plan', 'result', 65, '人次', '1-6月', 'd1-s2-m3-i2', '(2) 訂有電話禮貌測試執行計畫，由各單位遴派代表組成測試小組，1 至 6 月計測試 65 人次。'],
  ['phone-courtesy-tests', 'hualien-111-report', 'result', 60, '人次', null, 'd1-s2-m3-i2', '111年已辦理完成3次稽核活動，計測試60人次。'],
  ['phone-courtesy-rounds', 'hsinchu-107-report', 'result', 3, '次', null, 'd1-s2-m3-i3', '(2) 本年度共辦理3次電話禮貌測試考核評分，全年度共測試80人次。'],
  ['phone-courtesy-rounds', 'hualien-111-report', 'result', 3, '次', null, 'd1-s2-m3-i2', '111年已辦理完成3次稽核活動，計測試60人次。'],
  ['complaints-handled', 'keelung-102-report', 'result', 43, '件', null, 'd1-s3-m2-i2', '2. 接獲意見信箱信件，均依規定於期限內線上回覆，年度計 43 件。'],
  ['complaints-handled', 'hsinchu-107-report', 'result', 408, '案', null, 'd4-s2-m0-i2', '(2) 本年度接獲民眾意見反映計 408 案;'],
  ['complaints-handled', 'kaohsiung-109-plan', 'result', 272, '件', '1-6月', 'd4-s2-m0-i1', '(1) 訂有意見信箱電子信件處理作業程序及人民陳情(抱怨)案件處理作業程序，計受理 272 件陳情案。'],
  ['complaints-handled', 'hualien-111-report', 'result', 140, '件', null, 'd4-s2-m0-i2', '111年年計辦理人民陳情案140件。'],
  ['satisfaction-survey-responses', 'hualien-111-report', 'result', 56, '件', null, 'd4-s1-m1-i1', '111年回收有效問卷計56件，不滿意之件數0件，顯示本分局服務獲得業者及民眾肯定與認可。'],
  ['online-applications', 'hualien-111-report', 'result', 576, '件', null, 'd2-s1-m4-i1', '111年利用網路申辦，商檢405件，度政171件，共576件。'],
  ['online-rate-product-registration', 'hsinchu-107-report', 'result', 67.84, '%', null, 'd2-s1-m4-i3', '驗證登錄線上申辦率為67.84%；'],
  ['online-rate-type-approval', 'hsinchu-107-report', 'result', 41.05, '%', null, 'd2-s1-m4-i3', '型式認可線上申辦率為41.05%。'],
  ['free-instrument-checks', 'kaohsiung-109-plan', 'result', 404, '具', '1-6月', 'd2-s2-m3-i0', '(3) 針對特殊或弱勢族群、偏遠或交通不便地區民眾、學校及醫院，提供耳溫槍、血壓計、體重計等計量主動免費檢測服務，計辦理 404 具。'],
  ['free-instrument-checks', 'hualien-111-report', 'result', 354, '具', null, 'd2-s2-m3-i0', '111年計辦理354具。'],
  ['onsite-verification', 'hsinchu-107-report', 'result', 58336, '具', null, 'd2-s2-m3-i0', '(1) 本年度提供地秤、計程車計費表及非連續累計自動衡器等度量衡器檢定業務到府（臨場）檢定服務共 58,336 具。'],
  ['safety-outreach-sessions', 'kaohsiung-109-plan', 'result', 54, '場次', '1-6月', 'd2-s2-m3-i0', '● 商品安全放送團活動共計辦理 54 場次，服務 355 人。'],
  ['safety-outreach-sessions', 'hualien-111-report', 'result', 62, '場次', null, 'd2-s2-m3-i0', '111年計辦理62場次。'],
  // Targets: planned figures of the 具體作法 column. The Kaohsiung plan states both the year's target
  // and its January–June result in one row; Keelung's report restates its target beside the result.
  ['staff-training-sessions', 'keelung-102-report', 'target', 20, '場次', null, 'd1-s2-m2-i3', '1. 辦理各種專業教育訓練，使同仁熟悉所服務業務之流程及相關法規，並接受各項新知，以確保「回應品質」，年度預計舉辦 20 場次以上。'],
  ['staff-training-sessions', 'kaohsiung-109-plan', 'target', 11, '場次', null, 'd1-s1-m3-i0', '3. 各單位辦理各類專業教育訓練，強化服務流程及相關法規之專業與熟悉程度，年度預計舉辦 11 場次。'],
  ['phone-courtesy-tests', 'kaohsiung-109-plan', 'target', 117, '人次', null, 'd1-s2-m3-i2', '(2) 訂有電話禮貌測試執行計畫，由各單位遴派代表組成測試小組，年度預計測試 117 人次以上。'],
];

const SCORES: [series: string, value: number, max: number][] = [
  ['一、基礎服務', 180, 200],
  ['二、服務遞送', 275, 300],
  ['三、服務量能', 185, 200],
  ['四、服務評價', 180, 200],
  ['五、開放創新', 90, 100],
  ['總分', 910, 1000],
];

describe('indicator extraction on the real documents', () => {
  const { extraction } = realData();
  const rowValues = extraction.values.filter((v) => v.field !== 'scores');

  it('finds exactly the golden values, each with its row and exact sentence', () => {
    const actual = rowValues
      .map((v): Golden => [v.indicator, v.document.id, v.measure, v.value, v.unit, v.period, v.rowId ?? '', v.quote])
      .sort((a, b) => a.join('|').localeCompare(b.join('|')));
    expect(actual).toEqual([...GOLDEN].sort((a, b) => a.join('|').localeCompare(b.join('|'))));
  });

  it('quotes the number exactly as written, thousands separator included', () => {
    const onsite = rowValues.find((v) => v.indicator === 'onsite-verification')!;
    expect(onsite.written).toBe('58,336');
    expect(onsite.match).toBe('到府（臨場）檢定服務共 58,336 具');
    expect(onsite.path).toBe('/hsinchu/107/report/d2-s2-m3-i0/');
  });

  it('carries the period of Kaohsiung’s January–June results, and none on targets (they plan the year)', () => {
    const kaohsiung = rowValues.filter((v) => v.document.id === 'kaohsiung-109-plan' && v.measure === 'result');
    expect(kaohsiung.length).toBeGreaterThan(0);
    for (const v of kaohsiung) expect(v.period).toBe('1-6月');
    for (const v of rowValues.filter((v) => v.document.id !== 'kaohsiung-109-plan' || v.measure === 'target')) expect(v.period).toBeNull();
  });

  it('reads targets from the planned actions only, results from the results column only', () => {
    expect(rowValues.filter((v) => v.measure === 'target').every((v) => v.field === 'actions')).toBe(true);
    expect(rowValues.filter((v) => v.measure === 'result').every((v) => v.field === 'results')).toBe(true);
    // 「年度預計參加3場次」 of the same item is a proficiency test, not training: no pattern reads it.
    expect(rowValues.some((v) => v.value === 3 && v.indicator === 'staff-training-sessions')).toBe(false);
  });

  it('reads the self-assessment scores from the score line, with the line as the quote', () => {
    const scores = extraction.values.filter((v) => v.indicator === 'self-assessment-scores');
    expect(scores.map((v) => [v.series, v.value, v.max])).toEqual(SCORES);
    for (const v of scores) {
      expect(v.document.id).toBe('kaohsiung-109-plan');
      expect(v.quote).toBe('180 275 185 180 90 910 優 109.07');
      const page = sourcePageOfLine(v.sourceLines[0]);
      expect(v.path).toBe(`/kaohsiung/109/plan/source/${page === 1 ? '' : `${page}/`}#L${v.sourceLines[0]}`);
    }
  });

  it('reports, and does not count, a figure in another unit: Keelung’s 42,234 件 of on-site testing', () => {
    expect(extraction.report.map((a) => [a.indicator, a.document.id, a.reason])).toEqual([
      ['onsite-verification', 'keelung-102-report', 'unit-differs'],
    ]);
    const [entry] = extraction.report;
    expect(entry.candidates.map((c) => [c.value, c.unit, c.quote])).toEqual([
      [42234, '件', '年度服務 42,234 件，較 101 年增加 3,382 件，成長率達 8%。'],
    ]);
  });
});
