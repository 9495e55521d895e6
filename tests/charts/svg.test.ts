import { describe, expect, it } from 'vitest';
import { legendMarks, readPanel, seriesLegend, seriesPanel, seriesTop, timeSeriesChart, yearTicks, type SeriesPanel } from '../../src/charts/timeseries.ts';
import { el, escapeXml, fitText, standaloneSvg, textEl, textWidth } from '../../src/charts/svg.ts';
import { scoreChart } from '../../src/charts/scores.ts';
import { matrixChart } from '../../src/charts/matrix.ts';
import { SPARK_HEIGHT, SPARK_ZERO, sparkBarHeight, sparkline } from '../../src/charts/sparkline.ts';
import { profileChart } from '../../src/charts/profile.ts';
import { chartText, targetsText, timeText } from '../../src/lib/i18n.ts';

const hostile = '<script>alert("x")</script> & \'q\'';

describe('SVG building', () => {
  it('escapes text and attribute values', () => {
    expect(escapeXml(hostile)).toBe('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;q&#39;');
    expect(textEl('text', { 'data-x': hostile }, hostile)).not.toContain('<script');
    expect(() => el('svg onload', {})).toThrow();
    expect(() => el('g', { 'on load': 'x' })).toThrow();
  });

  it('estimates CJK as one em and shortens labels with an ellipsis', () => {
    expect(textWidth('電話禮貌', 12)).toBe(48);
    expect(fitText('標準作業流程與服務一致性', 60, 12)).toBe('標準作業…');
    expect(fitText('短', 60, 12)).toBe('短');
  });

  const panel: SeriesPanel = {
    key: 'kaohsiung',
    label: hostile,
    series: 5,
    points: [
      { year: 107, value: 80, valueText: `80 ${hostile}`, period: null, title: hostile, document: 'kaohsiung-107-report' },
      { year: 108, value: 96, valueText: '96 人次', period: null, title: 't', document: 'kaohsiung-108-report' },
      { year: 109, value: 65, valueText: '65 人次（1-6月）', period: '1-6月', title: 't', document: 'kaohsiung-109-plan' },
      { year: 111, value: 60, valueText: '60 人次', period: null, title: 't', document: 'kaohsiung-111-report' },
    ],
    targets: [
      { year: 109, value: 117, valueText: '117 人次', period: null, title: hostile, document: 'kaohsiung-109-plan' },
      { year: 111, value: 60, valueText: '60 人次', period: null, title: 't', document: 'kaohsiung-111-plan' },
    ],
  };
  const years = [105, 106, 107, 108, 109, 110, 111, 112];

  const charts = {
    panel: seriesPanel({ id: 'b', title: hostile }, panel, years, 100, 360),
    scores: scoreChart({ id: 's', title: hostile, desc: hostile, items: [{ label: hostile, score: 180, max: 200 }, { label: '總分', score: 910, max: 1000, total: true }] }),
    matrix: matrixChart({ id: 'm', title: hostile, desc: hostile, columns: [{ key: 'c', lines: [hostile], title: hostile }], rows: [{ key: 'r', label: hostile, title: hostile }], counts: [[2]] }),
    profile: profileChart({ id: 'p', title: hostile, desc: hostile, series: 2, items: [{ key: 'd1', label: hostile, rows: 3, chars: 31076 }] }),
  };

  for (const [name, svg] of Object.entries(charts)) {
    it(`${name}: role="img", a <title> and <desc> that label it, escaped text, 360 px wide`, () => {
      expect(svg).toMatch(/^<svg [^>]*role="img"/);
      const id = /id="([^"]+)"/.exec(svg)![1];
      expect(svg).toContain(`aria-labelledby="${id}-title ${id}-desc"`);
      expect(svg).toContain(`<title id="${id}-title">&lt;script&gt;`);
      expect(svg).toContain(`<desc id="${id}-desc">`);
      expect(svg).not.toMatch(/<script|<\/script/);
      expect(svg).toContain('viewBox="0 0 360 ');
    });
  }

  it('hatches a partial-period point, joins only consecutive years, and labels the years ROC over Gregorian', () => {
    expect(charts.panel).toContain('fill="url(#b-kaohsiung-hatch)"');
    expect((charts.panel.match(/<circle/g) ?? []).length).toBe(4);
    // 107→108→109 are joined; 109 and 111 are not (110 has no value): two segments in one path.
    expect(/<path class="chart-line" d="([^"]+)"/.exec(charts.panel)![1].match(/M/g)).toHaveLength(2);
    expect(charts.panel).toContain('>105</text>');
    expect(charts.panel).toContain('>2016</text>');
    expect(charts.panel).toContain(timeText.latestValue(111, '60 人次'));
  });

  it('draws targets as hollow squares, never joined, on the scale of the results, and lists them for screen readers', () => {
    const marks = [...charts.panel.matchAll(/<rect class="chart-target chart-target-mark"[^>]*>(.*?)<\/rect>/g)].map((m) => m[1]);
    expect(marks).toHaveLength(2);
    for (const mark of marks) {
      // The square holds only its tooltip.
      expect(mark).toMatch(/^<title>[^<]+<\/title>$/);
    }
    // Hollow: the group of targets paints no fill (the stylesheet's .chart-target-mark says the same).
    expect(charts.panel).toMatch(/<g class="chart-targets" fill="none" stroke="#1a1d21"/);
    // A target equal to the result (111: 60 and 60) stays visible: the square is wider than the dot.
    expect(charts.panel).toMatch(/<rect class="chart-target chart-target-mark" [^>]*width="12"/);
    expect((charts.panel.match(/<path class="chart-line"/g) ?? []).length).toBe(1);
    expect(seriesTop({ panels: [panel] })).toBe(117);
    expect(charts.panel).toContain(targetsText.targetsDesc('109 117 人次；111 60 人次'));
  });

  it('explains the marks in a legend by shape: result dot, hatched part-year dot, hollow target square', () => {
    expect(legendMarks([panel])).toEqual({ partial: true, targets: true });
    const legend = seriesLegend('l', legendMarks([panel]));
    expect(legend).toMatch(/^<svg [^>]*role="img"/);
    for (const label of [targetsText.legendResult, targetsText.legendPartial, targetsText.legendTarget]) expect(legend).toContain(`>${label}</text>`);
    expect(legend).toContain('class="chart-target-mark"');
    const plain = seriesLegend('p', legendMarks([{ ...panel, points: panel.points.filter((p) => !p.period), targets: [] }]));
    expect(plain).not.toContain(targetsText.legendTarget);
    expect(plain).not.toContain(targetsText.legendPartial);
    expect(timeSeriesChart({ id: 'all', title: 't', desc: 'd', years, panels: [panel] })).toContain(`>${targetsText.legendTarget}</text>`);
  });

  it('picks year ticks that always show the first and the last year', () => {
    expect(yearTicks([95, 96, 97], 5)).toEqual([95, 96, 97]);
    const twenty = Array.from({ length: 20 }, (_, i) => 95 + i);
    const ticks = yearTicks(twenty, 5);
    expect(ticks[0]).toBe(95);
    expect(ticks.at(-1)).toBe(114);
    expect(ticks.length).toBeLessThanOrEqual(5);
  });

  it('joins the panels into one SVG for the download, each panel keeping its title', () => {
    const all = timeSeriesChart({ id: 'all', title: hostile, desc: hostile, years, panels: [panel, { ...panel, key: 'hq', points: [], targets: [] }] }, 2);
    expect(all).toMatch(/^<svg [^>]*role="img"/);
    // The two panels and the legend, inside the chart's own <svg>.
    expect((all.match(/<svg /g) ?? []).length).toBe(4);
    expect(all).toContain(timeText.seriesLegend);
    expect(all).toContain(`>${timeText.noValues}</text>`);
  });

  it('writes thousands separators in the profile', () => {
    expect(charts.profile).toContain(`31,076 ${chartText.charsUnit}`);
  });

  it('writes each point’s datum on it, so the island can redraw exactly the same panel', () => {
    const unescape = (v: string) => v.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
    const attributes = (text: string, inner = '') => {
      const map = new Map([...text.matchAll(/ ([a-z-]+)="([^"]*)"/g)].map((m) => [m[1], unescape(m[2])]));
      // A group's text content: its <title>'s text (the mark inside holds none).
      return { getAttribute: (name: string) => map.get(name) ?? null, textContent: unescape(inner.replace(/<[^>]+>/g, '')) };
    };
    const root = attributes(/^<svg([^>]*)>/.exec(charts.panel)![1]);
    const points = [...charts.panel.matchAll(/<circle class="chart-point"([^>]*)>(.*?)<\/circle>/g)].map((m) => attributes(m[1], m[2]));
    const targets = [...charts.panel.matchAll(/<rect class="chart-target chart-target-mark"([^>]*)>(.*?)<\/rect>/g)].map((m) => attributes(m[1], m[2]));
    expect(points).toHaveLength(4);
    expect(targets).toHaveLength(2);
    const decoded = readPanel({ getAttribute: root.getAttribute, querySelectorAll: (selector) => (selector === '.chart-target' ? targets : points) });
    expect(decoded).toEqual(panel);
    expect(seriesPanel({ id: 'b', title: hostile }, decoded, years, 100, 360)).toBe(charts.panel);
  });

  it('embeds the stylesheet in a stand-alone SVG file', () => {
    const file = standaloneSvg(charts.scores, '.chart { --x: 1; }');
    expect(file.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(file).toContain('<style><![CDATA[\n.chart { --x: 1; }\n]]></style><title');
  });
  it('draws a sparkline as one path of bars whose heights follow the values, and zero years as flat muted marks', () => {
    const values = [3, 0, 6, 1, 0, 6].map((value, i) => ({ year: 100 + i, value }));
    const svg = sparkline({ label: hostile, values });
    expect(svg).toMatch(/^<svg [^>]*role="img" aria-label="&lt;script&gt;/);
    const paths = new Map([...svg.matchAll(/<path class="([^"]+)" d="([^"]+)"/g)].map((m) => [m[1], m[2]]));
    expect([...paths.keys()]).toEqual(['chart-spark', 'chart-spark-zero']);
    const boxes = (d: string) => [...d.matchAll(/M([\d.]+),([\d.]+)v-([\d.]+)h([\d.]+)v([\d.]+)z/g)].map((m) => ({ x: Number(m[1]), base: Number(m[2]), height: Number(m[3]) }));
    const bars = boxes(paths.get('chart-spark')!);
    const zeros = boxes(paths.get('chart-spark-zero')!);
    // One bar per year with rows, in order, standing on the baseline, its height proportional to the count.
    expect(bars.map((b) => b.x)).toEqual([0, 14, 21, 35]);
    expect(bars.map((b) => b.height)).toEqual([3, 6, 1, 6].map((v) => Number(sparkBarHeight(v, 6).toFixed(2))));
    expect(bars.every((b) => b.base === SPARK_HEIGHT)).toBe(true);
    expect(bars[1].height).toBe(SPARK_HEIGHT - 2);
    expect(bars[0].height).toBeCloseTo(bars[1].height / 2, 1);
    // One row still shows as a bar taller than a zero year's mark; zero years are marks of their own, not gaps.
    expect(bars[2].height).toBeGreaterThan(SPARK_ZERO);
    expect(zeros).toEqual([7, 28].map((x) => ({ x, base: SPARK_HEIGHT, height: SPARK_ZERO })));
    expect(sparkline({ label: 'x', values: [{ year: 100, value: 0 }] })).not.toContain('class="chart-spark"');
  });

  it('draws a heatmap with one path per shade and its counts as text, blank cells left out', () => {
    const svg = matrixChart(
      {
        id: 'h',
        title: 't',
        desc: 'd',
        columns: [100, 101, 102].map((roc) => ({ key: String(roc), lines: [String(roc), String(roc + 1911)], title: `民國${roc}年（${roc + 1911}）` })),
        rows: [
          { key: 'a', label: '甲', title: '甲' },
          { key: 'b', label: '乙', title: '乙分局' },
        ],
        counts: [[0, 1, 5], [2, 0, 0]],
        blank: [[false, false, false], [false, false, true]],
      },
      360,
    );
    const boxes = new Map([...svg.matchAll(/<path class="chart-cov(\d)" d="([^"]+)"/g)].map((m) => [Number(m[1]), m[2].match(/M/g)!.length]));
    // Two "–" boxes (甲 100, 乙 101), one box each for 1, 2 and 3+; 乙 102 has no document: nothing drawn.
    expect(Object.fromEntries(boxes)).toEqual({ 0: 2, 1: 1, 2: 1, 3: 1 });
    expect(svg).toMatch(/<path class="chart-cov0" [^>]*stroke-dasharray="2 2"/);
    const texts = Object.fromEntries([...svg.matchAll(/<g class="chart-cov-text(\d)"[^>]*>(.*?)<\/g>/g)].map((m) => [m[1], [...m[2].matchAll(/>([^<]+)<\/text>/g)].map((t) => t[1])]));
    expect(texts).toEqual({ 0: ['–', '–'], 1: ['1'], 2: ['2'], 3: ['5'] });
    // Year headers say all their name says: no tooltip. A short name gets its full name as tooltip.
    expect(svg).not.toContain('<title>民國');
    expect(svg).toMatch(/<g class="chart-labels"[^>]*><text [^>]*>甲<\/text><text [^>]*><title>乙分局<\/title>乙<\/text><\/g>/);
    expect(svg).toContain(`>${chartText.matrixLegend}</text>`);
  });
});
