/** The charts of the real documents: each has a title, a description, a table beside it and a CSV, and shows what the data says. */
import { describe, expect, it } from 'vitest';
import { realData } from '../indicators/real-documents.ts';
import { toCsv } from '../../src/charts/csv.ts';
import { parseCsv } from '../site/support/csv.ts';
import { targetsText, timeText, ui } from '../../src/lib/i18n.ts';

describe('chart catalog of the real documents', () => {
  const { charts, index, indicators } = realData();

  it('has the coverage matrix, one chart per indicator and practice, practices per organisation, scores and profiles per document', () => {
    const kinds = charts.charts.map((c) => c.kind);
    expect(kinds.filter((k) => k === 'coverage')).toHaveLength(1);
    expect(kinds.filter((k) => k === 'indicator')).toHaveLength(indicators.length);
    expect(kinds.filter((k) => k === 'practice')).toHaveLength(index.practices.length);
    expect(kinds.filter((k) => k === 'branch-practices')).toHaveLength(index.branches.filter((b) => b.documents.length > 0).length);
    expect(charts.charts.filter((c) => c.kind === 'scores').map((c) => c.id)).toEqual(['scores-kaohsiung-109-plan']);
    expect(kinds.filter((k) => k === 'profile')).toHaveLength(index.documents.length);
  });

  for (const chart of realData().charts.charts) {
    it(`${chart.id}: titled, described, sized for its place, with a table and a CSV`, () => {
      const svg = chart.svg();
      expect(svg).toMatch(/^<svg [^>]*role="img"[^>]*aria-labelledby="[^"]+-title [^"]+-desc"/);
      expect(svg).toContain(`<title id="${chart.id}-title">`);
      expect(/<desc id="[^"]+">([^<]+)<\/desc>/.exec(svg)?.[1].length).toBeGreaterThan(10);
      // Charts beside a table fit a phone; charts over time are drawn for the full width (panels reflow).
      expect(Number(/viewBox="0 0 ([\d.]+) /.exec(svg)![1])).toBeLessThanOrEqual(chart.wide ? 720 : 360);
      for (const panel of chart.panels?.() ?? []) expect(panel).toMatch(/^<svg [^>]*role="img"[^>]*viewBox="0 0 300 /);
      expect(chart.caption.length).toBeGreaterThan(10);
      expect(chart.sources.length).toBeGreaterThan(0);
      expect(chart.table.rows.length).toBeGreaterThan(0);
      for (const row of chart.table.rows) expect(row.cells).toHaveLength(chart.table.columns.length);
      const records = parseCsv(toCsv(chart.csv.columns, chart.csv.rows).slice(1));
      expect(records[0]).toEqual(chart.csv.columns);
      // Colour is never the only carrier: every row of bars or cells has its label as text, every point its value in its tooltip.
      for (const row of svg.matchAll(/<g class="chart-row"[^>]*>(.*?)<\/g>/g)) expect(row[1], chart.id).toContain('<text');
      if (chart.kind === 'coverage' || chart.kind === 'practice' || chart.kind === 'branch-practices') {
        // A heatmap: every row's label and every counted cell's number are text in the SVG.
        const labels = /<g class="chart-labels"[^>]*>(.*?)<\/g>/.exec(svg)![1];
        expect((labels.match(/<text /g) ?? []).length, chart.id).toBe(chart.table.rows.length);
        const numbers = [...svg.matchAll(/<g class="chart-cov-text\d"[^>]*>(.*?)<\/g>/g)].flatMap((g) => [...g[1].matchAll(/>([^<]+)<\/text>/g)].map((m) => m[1]));
        expect(numbers.length, chart.id).toBe(chart.table.rows.flatMap((r) => r.cells.slice(1).filter((c) => c.text !== '')).length);
      }
      for (const point of svg.matchAll(/<circle class="chart-point"[^>]*>(.*?)<\/circle>/g)) expect(point[1], chart.id).toMatch(/^<title>[^<]+<\/title>$/);
      // Every point is a mark with its tooltip: none drawn without one.
      expect((svg.match(/<circle class="chart-point"[^>]*>/g) ?? []).every((tag) => !tag.endsWith('/>')), chart.id).toBe(true);
    });
  }

  it('counts per year in the coverage matrix the documents the practice pages list', () => {
    const coverage = charts.coverage;
    const phone = coverage.table.rows.find((r) => r.key === 'phone-courtesy')!;
    // Years 102, 107, 109, 111, 115: one document each; HQ 115 has no phone-courtesy row.
    expect(coverage.table.columns.slice(1).map((c) => c.label)).toEqual(['102', '107', '109', '111', '115']);
    expect(phone.cells.slice(1).map((c) => c.text)).toEqual(['1/1', '1/1', '1/1', '1/1', '0/1']);
    expect(coverage.svg()).toContain('>–</text>');
  });

  it('draws a practice as organisations × years, each count linking to where its rows are listed', () => {
    const chart = charts.practice('service-facilities');
    const keelung = chart.table.rows.find((r) => r.key === 'keelung')!;
    expect(keelung.cells[1]).toMatchObject({ text: '8', href: '/practices/service-facilities/keelung/#keelung-102-report' });
    // Keelung has no document in 107: a blank cell, not a zero.
    expect(keelung.cells[2]).toMatchObject({ text: '', missing: true });
    expect(chart.csv.rows.find((r) => r[2] === 'keelung')).toEqual(['service-facilities', chart.csv.rows[0][1], 'keelung', 102, 8, 0, 8]);
  });

  it('draws each indicator over time, one panel per organisation, marking Kaohsiung’s half year', () => {
    const chart = charts.indicator('phone-courtesy-tests');
    const panels = chart.panels!();
    expect(panels).toHaveLength(index.branches.filter((b) => b.documents.length > 0).length);
    const kaohsiung = panels.find((p) => p.includes('data-branch="kaohsiung"'))!;
    expect(kaohsiung).toContain(`fill="url(#${chart.id}-kaohsiung-hatch)"`);
    expect(kaohsiung).toContain('data-value-text="65 人次（1-6月）"');
    expect(chart.caption).toContain(timeText.partialSummary(1, 4));
    const row = chart.table.rows.find((r) => r.key === 'kaohsiung')!;
    const year109 = chart.table.columns.findIndex((c) => c.label === '109');
    expect(row.cells[year109]).toMatchObject({ text: `65${timeText.partialMark}`, href: '/kaohsiung/109/plan/d1-s2-m3-i2/' });
    expect(chart.table.rows.find((r) => r.key === 'keelung')!.cells[1]).toMatchObject({ text: '96', href: '/keelung/102/report/d1-s2-m2-i2/' });
    // Every value, result and target, stays in the CSV with its sentence and its measure.
    expect(chart.csv.rows).toHaveLength(5);
    const quote = chart.csv.columns.indexOf('quote');
    const measure = chart.csv.columns.indexOf('measure');
    expect(chart.csv.rows.filter((r) => r[5] === 'kaohsiung-109-plan').map((r) => [r[measure], r[quote]])).toEqual([
      ['result', expect.stringContaining('1 至 6 月計測試 65 人次')],
      ['target', expect.stringContaining('年度預計測試 117 人次以上')],
    ]);
  });

  it('draws Kaohsiung’s target beside its half-year result: a hollow square in its panel, a 目標 row under its results', () => {
    const chart = charts.indicator('phone-courtesy-tests');
    const kaohsiung = chart.panels!().find((p) => p.includes('data-branch="kaohsiung"'))!;
    expect(kaohsiung).toMatch(/<rect class="chart-target chart-target-mark" data-year="109" data-value="117" data-value-text="117 人次"/);
    const keys = chart.table.rows.map((r) => r.key);
    expect(keys.slice(keys.indexOf('kaohsiung'), keys.indexOf('kaohsiung') + 2)).toEqual(['kaohsiung', 'kaohsiung-target']);
    // Only organisations with a target get a 目標 row.
    expect(keys.filter((k) => k.endsWith('-target'))).toEqual(['kaohsiung-target']);
    const target = chart.table.rows.find((r) => r.key === 'kaohsiung-target')!;
    const year109 = chart.table.columns.findIndex((c) => c.label === '109');
    expect(target.cells[0]).toMatchObject({ text: targetsText.targetRowHeader('高雄分局'), header: true });
    expect(target.cells[year109]).toMatchObject({ text: '117', href: '/kaohsiung/109/plan/d1-s2-m3-i2/' });
    expect(target.data).toEqual({ branch: 'kaohsiung' });
    expect(chart.caption).toContain(targetsText.targetsSummary(1));
    expect(chart.legend!()).toContain(`>${targetsText.legendTarget}</text>`);
    // An indicator without targets explains only the marks it draws.
    expect(charts.indicator('online-applications').legend!()).not.toContain(targetsText.legendTarget);
  });

  it('says so where a document has no value or an unclear one', () => {
    const onsite = charts.indicator('onsite-verification');
    const keelung = onsite.table.rows.find((r) => r.key === 'keelung')!;
    expect(keelung.cells[1]).toMatchObject({ text: timeText.ambiguousMark, missing: true });
    expect(onsite.caption).toContain(timeText.ambiguousSummary(1));
    const survey = charts.indicator('satisfaction-survey-responses');
    expect(survey.table.rows.flatMap((r) => r.cells.filter((c) => c.text === timeText.noValueMark)).length).toBeGreaterThan(0);
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
    // The score table ends the 1,648-line source: its line is on a later page of the source view.
    expect(scores.table.rows[0].cells[1].href).toMatch(/^\/kaohsiung\/109\/plan\/source\/(\d+\/)?#L\d+$/);
    expect(scores.svg()).toContain('275／300（92%）');
  });

  it('profiles rows and text per dimension', () => {
    const profile = charts.profile('hualien-111-report');
    const rows = profile.table.rows.map((r) => Number(r.cells[1].text));
    expect(rows.reduce((a, b) => a + b, 0)).toBe(index.documentById.get('hualien-111-report')!.rows.length);
    expect(profile.table.rows.map((r) => r.cells[0].text)).toEqual(['一、基礎服務', '二、服務遞送', '三、服務量能', '四、服務評價', '五、開放創新']);
  });
});
