/**
 * The rules of the extraction, each on a small document built for it: conflicting figures are
 * reported and not counted, agreeing repeats are counted once, planned figures of the actions are
 * targets and never results, other units are left out, context may come from the list item, score tables need their line.
 */
import { describe, expect, it } from 'vitest';
import type { Document } from '../../src/model/schema.ts';
import { parseIndicatorDefinitions } from '../../src/indicators/definitions.ts';
import { extractIndicators } from '../../src/indicators/extract.ts';

const definitions = parseIndicatorDefinitions(
  `- id: tests
  from: rows
  label: 測試人次
  en: Tests
  unit: 人次
  practice: phone-courtesy
  description: 測試。
  exclude: 義務監視員
  patterns:
    - sentence: 測試{n}人次
- id: checks
  from: rows
  label: 檢測
  en: Checks
  unit: 具
  practice: outreach
  description: 檢測。
  patterns:
    - sentence: 計辦理{n}(?<unit>具|件)
      item: 免費檢測
- id: scores
  from: scores
  label: 成績
  en: Scores
  unit: 分
  description: 成績。
`,
  new Set(['phone-courtesy', 'outreach']),
  'test.yaml',
);

function doc(rows: { id: string; practice: string; results: string; actions?: string }[], scores: Document['scores'] = null): Document {
  return {
    id: 'hualien-111-report',
    kind: 'report',
    branch: { id: 'hualien', name: '花蓮分局' },
    year: { roc: 111, gregorian: 2022 },
    scores,
    rows: rows.map((r, i) => ({
      id: r.id,
      results: r.results,
      actions: r.actions ?? '',
      resultsPeriod: null,
      practices: [{ id: r.practice, label: r.practice }],
      source: { lines: [i + 1, i + 1] },
    })),
  } as unknown as Document;
}

const run = (document: Document, lines: string[] = []) =>
  extractIndicators({ documents: [document], indicators: definitions, sourceLines: () => lines });

describe('extraction rules', () => {
  it('counts nothing and reports both sentences when two figures conflict', () => {
    const { values, report } = run(doc([
      { id: 'd1-s1-m1-i1', practice: 'phone-courtesy', results: '上半年測試 30 人次。' },
      { id: 'd1-s1-m1-i2', practice: 'phone-courtesy', results: '全年測試 60 人次。' },
    ]));
    expect(values).toEqual([]);
    expect(report.map((a) => [a.reason, a.candidates.map((c) => c.value)])).toEqual([['conflicting', [30, 60]]]);
  });

  it('counts an agreeing repeat once, quoting the first sentence, and lists the repeat', () => {
    const { values, report } = run(doc([
      { id: 'd1-s1-m1-i1', practice: 'phone-courtesy', results: '共測試 60 人次。' },
      { id: 'd1-s1-m1-i2', practice: 'phone-courtesy', results: '另如前述，測試60人次。' },
    ]));
    expect(values.map((v) => [v.value, v.rowId, v.quote])).toEqual([[60, 'd1-s1-m1-i1', '共測試 60 人次。']]);
    expect(report.map((a) => a.reason)).toEqual(['repeated']);
  });

  it('reads a planned figure of the actions as a target, never as a result; skips unplanned actions and other practices’ rows', () => {
    const { values } = run(doc([
      { id: 'd1-s1-m1-i1', practice: 'phone-courtesy', results: '共測試 96 人次。', actions: '年度預計測試 100 人次以上。測試 120 人次。' },
      { id: 'd1-s1-m1-i2', practice: 'outreach', results: '測試 70 人次。', actions: '預定測試 5 人次。' },
    ]));
    expect(values.map((v) => [v.measure, v.value, v.field, v.period, v.quote])).toEqual([
      ['result', 96, 'results', null, '共測試 96 人次。'],
      ['target', 100, 'actions', null, '年度預計測試 100 人次以上。'],
    ]);
  });

  it('does not read a planned figure of the results column (it usually plans a later year)', () => {
    const { values } = run(doc([{ id: 'd1-s1-m1-i1', practice: 'phone-courtesy', results: '預計明年測試 100 人次。' }]));
    expect(values).toEqual([]);
  });

  it('decides targets and results apart: conflicting targets are reported as targets, the result still counts', () => {
    const { values, report } = run(doc([
      { id: 'd1-s1-m1-i1', practice: 'phone-courtesy', results: '測試 60 人次。', actions: '預計測試 100 人次。' },
      { id: 'd1-s1-m1-i2', practice: 'phone-courtesy', results: '', actions: '預訂測試 80 人次。' },
    ]));
    expect(values.map((v) => [v.measure, v.value])).toEqual([['result', 60]]);
    expect(report.map((a) => [a.measure, a.reason, a.candidates.map((c) => c.value)])).toEqual([['target', 'conflicting', [100, 80]]]);
  });

  it('never counts a sentence matching exclude, as a target or a result', () => {
    const { values } = run(doc([{ id: 'd1-s1-m1-i1', practice: 'phone-courtesy', results: '義務監視員測試 9 人次。', actions: '義務監視員預計測試 9 人次。' }]));
    expect(values).toEqual([]);
  });

  it('takes context from the list item and reports a figure in an unaccepted unit', () => {
    const counted = run(doc([{ id: 'd2-s2-m3-i0', practice: 'outreach', results: '(1)血壓計免費檢測服務。111年計辦理354具。 (2)宣導活動。計辦理 9 具。' }]));
    expect(counted.values.map((v) => [v.value, v.quote, v.match])).toEqual([[354, '111年計辦理354具。', '計辦理354具']]);
    const otherUnit = run(doc([{ id: 'd2-s2-m3-i0', practice: 'outreach', results: '免費檢測服務，計辦理 404 件。' }]));
    expect(otherUnit.values).toEqual([]);
    expect(otherUnit.report.map((a) => [a.reason, a.candidates[0].unit])).toEqual([['unit-differs', '件']]);
  });

  it('matches across the spaces PDF extraction leaves inside words, quoting them as they stand', () => {
    const { values } = run(doc([{ id: 'd1-s1-m1-i1', practice: 'phone-courtesy', results: '1 至 6 月計測 試 65 人 次。' }]));
    expect(values.map((v) => [v.value, v.match, v.quote])).toEqual([[65, '測 試 65 人 次', '1 至 6 月計測 試 65 人 次。']]);
  });

  it('reads scores only from a source line that carries them in table order', () => {
    const scores = {
      items: [
        { dimension: '一、基礎服務', dimensionId: null, score: 180, max: 200 },
        { dimension: '二、服務遞送', dimensionId: null, score: 275, max: 300 },
      ],
      total: 455,
      max: 500,
      grade: '優',
      assessedOnText: '109.07',
      assessedOn: '2020-07',
      scale: '',
      source: { lines: [1, 2] },
    } satisfies Document['scores'];
    const placed = run(doc([], scores), ['一、基礎服務 二、服務遞送', '高雄 180 275 455 優 109.07']);
    expect(placed.values.map((v) => [v.series, v.value, v.written, v.path])).toEqual([
      ['一、基礎服務', 180, '180', '/hualien/111/report/source/#L2'],
      ['二、服務遞送', 275, '275', '/hualien/111/report/source/#L2'],
      ['總分', 455, '455', '/hualien/111/report/source/#L2'],
    ]);
    const unplaced = run(doc([], scores), ['180', '275 455']);
    expect(unplaced.values).toEqual([]);
    expect(unplaced.report.map((a) => a.reason)).toEqual(['scores-unplaced']);
  });
});
