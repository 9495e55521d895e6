import { describe, expect, it } from 'vitest';
import { legendMarks, readPanel, seriesLegend, seriesPanel, seriesTop, timeSeriesChart, yearTicks, type SeriesPanel } from '../../src/charts/timeseries.ts';
import { el, escapeXml, fitText, standaloneSvg, textEl, textWidth } from '../../src/charts/svg.ts';
import { scoreChart } from '../../src/charts/scores.ts';
import { matrixChart } from '../../src/charts/matrix.ts';
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
    const marks = [...charts.panel.matchAll(/<g class="chart-target"[^>]*>(.*?)<\/g>/g)].map((m) => m[1]);
    expect(marks).toHaveLength(2);
    for (const mark of marks) {
      expect(mark).toMatch(/^<title>[^<]+<\/title><rect class="chart-target-mark" [^>]*fill="none"/);
      expect(mark).not.toContain('<circle');
    }
    // A target equal to the result (111: 60 and 60) stays visible: the square is wider than the dot.
    expect(charts.panel).toMatch(/<rect class="chart-target-mark" [^>]*width="12"/);
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
    const attributes = (text: string) => {
      const map = new Map([...text.matchAll(/ ([a-z-]+)="([^"]*)"/g)].map((m) => [m[1], unescape(m[2])]));
      return { getAttribute: (name: string) => map.get(name) ?? null };
    };
    const root = attributes(/^<svg([^>]*)>/.exec(charts.panel)![1]);
    const points = [...charts.panel.matchAll(/<g class="chart-point"([^>]*)>/g)].map((m) => attributes(m[1]));
    const targets = [...charts.panel.matchAll(/<g class="chart-target"([^>]*)>/g)].map((m) => attributes(m[1]));
    const decoded = readPanel({ getAttribute: root.getAttribute, querySelectorAll: (selector) => (selector === 'g.chart-target' ? targets : points) });
    expect(decoded).toEqual(panel);
    expect(seriesPanel({ id: 'b', title: hostile }, decoded, years, 100, 360)).toBe(charts.panel);
  });

  it('embeds the stylesheet in a stand-alone SVG file', () => {
    const file = standaloneSvg(charts.scores, '.chart { --x: 1; }');
    expect(file.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(file).toContain('<style><![CDATA[\n.chart { --x: 1; }\n]]></style><title');
  });
});
