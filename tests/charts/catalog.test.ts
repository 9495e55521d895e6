/** The charts of the real documents: each has a title, a description, a table beside it and a CSV, and shows what the data says. */
import { describe, expect, it } from 'vitest';
import { realData } from '../indicators/real-documents.ts';
import { toCsv } from '../../src/charts/csv.ts';
import { parseCsv } from '../site/support/csv.ts';
import { chartText, ui } from '../../src/lib/i18n.ts';

describe('chart catalog of the real documents', () => {
  const { charts, index, indicators } = realData();

  it('has the coverage matrix, one chart per indicator and practice, scores and profiles per document', () => {
    const kinds = charts.charts.map((c) => c.kind);
    expect(kinds.filter((k) => k === 'coverage')).toHaveLength(1);
    expect(kinds.filter((k) => k === 'indicator')).toHaveLength(indicators.length);
    expect(kinds.filter((k) => k === 'practice')).toHaveLength(index.practices.length);
    expect(charts.charts.filter((c) => c.kind === 'scores').map((c) => c.id)).toEqual(['scores-kaohsiung-109-plan']);
    expect(kinds.filter((k) => k === 'profile')).toHaveLength(index.documents.length);
  });

  for (const chart of realData().charts.charts) {
    it(`${chart.id}: titled, described, fits 360 px, with a table and a CSV`, () => {
      const svg = chart.svg();
      expect(svg).toMatch(/^<svg [^>]*role="img"[^>]*aria-labelledby="[^"]+-title [^"]+-desc"/);
      expect(svg).toContain(`<title id="${chart.id}-title">`);
      expect(/<desc id="[^"]+">([^<]+)<\/desc>/.exec(svg)?.[1].length).toBeGreaterThan(10);
      expect(Number(/viewBox="0 0 ([\d.]+) /.exec(svg)![1])).toBeLessThanOrEqual(360);
      expect(chart.caption.length).toBeGreaterThan(10);
      expect(chart.sources.length).toBeGreaterThan(0);
      expect(chart.table.rows.length).toBeGreaterThan(0);
      for (const row of chart.table.rows) expect(row.cells).toHaveLength(chart.table.columns.length);
      const records = parseCsv(toCsv(chart.csv.columns, chart.csv.rows).slice(1));
      expect(records[0]).toEqual(chart.csv.columns);
      // Colour is never the only carrier: every bar row has its label and its value as text.
      for (const row of svg.matchAll(/<g class="chart-row"[^>]*>(.*?)<\/g>/g)) {
        expect((row[1].match(/<text/g) ?? []).length, chart.id).toBeGreaterThanOrEqual(chart.kind === 'profile' ? 1 : 2);
      }
    });
  }

  it('counts in the coverage matrix what the practice pages list', () => {
    const coverage = charts.coverage;
    const phone = coverage.table.rows.find((r) => r.key === 'phone-courtesy')!;
    const expected = index.documents.map((d) => d.rows.filter((r) => r.practices.some((p) => p.id === 'phone-courtesy')).length);
    expect(phone.cells.slice(1).map((c) => (c.missing ? 0 : Number(c.text)))).toEqual(expected);
    expect(expected).toEqual([0, 1, 1, 1, 1]);
    expect(phone.cells[1]).toMatchObject({ text: chartText.notMentioned, missing: true });
    expect(phone.cells[2].href).toBe('/keelung/102/report/d1-s2-m2-i2/');
    const facilities = coverage.table.rows.find((r) => r.key === 'service-facilities')!;
    expect(facilities.cells[2]).toMatchObject({ text: '8', href: '/practices/service-facilities/#keelung-102-report' });
    expect(coverage.svg()).toContain('>–</text>');
  });

  it('draws each indicator across the documents that report on it, marking Kaohsiung’s half year', () => {
    const chart = charts.indicator('phone-courtesy-tests');
    expect(chart.bars!.map((b) => [b.key, b.value, b.valueText])).toEqual([
      ['keelung-102-report', 96, '96 人次'],
      ['hsinchu-107-report', 80, '80 人次'],
      ['kaohsiung-109-plan', 65, '65 人次（1-6月）'],
      ['hualien-111-report', 60, '60 人次'],
    ]);
    expect(chart.svg()).toContain(`fill="url(#${chart.id}-hatch)"`);
    expect(chart.caption).toContain('高雄 109 計畫為 1-6月');
    const kaohsiung = chart.table.rows.find((r) => r.key.startsWith('kaohsiung'))!;
    expect(kaohsiung.cells.map((c) => c.text)).toEqual([
      '高雄 109 計畫',
      '65 人次',
      '1-6月',
      '(2) 訂有電話禮貌測試執行計畫，由各單位遴派代表組成測試小組，1 至 6 月計測試 65 人次。',
      'd1-s2-m3-i2',
    ]);
    expect(kaohsiung.cells[4].href).toBe('/kaohsiung/109/plan/d1-s2-m3-i2/');
  });

  it('says so where a document has no value or an unclear one', () => {
    const onsite = charts.indicator('onsite-verification');
    expect(onsite.bars!.find((b) => b.key === 'keelung-102-report')).toMatchObject({ value: null, valueText: chartText.ambiguousValue });
    const survey = charts.indicator('satisfaction-survey-responses');
    expect(survey.bars!.filter((b) => b.value === null).map((b) => b.valueText)).toEqual([chartText.missingValue, chartText.missingValue, chartText.missingValue]);
  });

  it('draws the scores against each dimension’s maximum, linking every score to its source line', () => {
    const scores = charts.scores('kaohsiung-109-plan')!;
    expect(scores.table.rows.map((r) => r.cells.slice(0, 3).map((c) => c.text))).toEqual([
      ['一、基礎服務', '180', '200'],
      ['二、服務遞送', '275', '300'],
      ['三、服務量能', '185', '200'],
      ['四、服務評價', '180', '200'],
      ['五、開放創新', '90', '100'],
      [ui.total, '910', '1000'],
    ]);
    expect(scores.table.rows[0].cells[1].href).toMatch(/^\/kaohsiung\/109\/plan\/source\/#L\d+$/);
    expect(scores.svg()).toContain('275／300（92%）');
  });

  it('profiles rows and text per dimension', () => {
    const profile = charts.profile('hualien-111-report');
    const rows = profile.table.rows.map((r) => Number(r.cells[1].text));
    expect(rows.reduce((a, b) => a + b, 0)).toBe(index.documentById.get('hualien-111-report')!.rows.length);
    expect(profile.table.rows.map((r) => r.cells[0].text)).toEqual(['一、基礎服務', '二、服務遞送', '三、服務量能', '四、服務評價', '五、開放創新']);
  });
});
