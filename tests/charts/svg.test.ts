import { describe, expect, it } from 'vitest';
import { barChart, readBar, type BarDatum } from '../../src/charts/bars.ts';
import { el, escapeXml, fitText, standaloneSvg, textEl, textWidth } from '../../src/charts/svg.ts';
import { scoreChart } from '../../src/charts/scores.ts';
import { matrixChart } from '../../src/charts/matrix.ts';
import { profileChart } from '../../src/charts/profile.ts';
import { chartText } from '../../src/lib/i18n.ts';

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

  const bars: BarDatum[] = [
    { key: 'a', label: hostile, series: 1, value: 96, valueText: `96 ${hostile}`, period: null, title: hostile, data: { branch: 'keelung', year: '102' } },
    { key: 'b', label: '高雄 109 計畫', series: 5, value: 65, valueText: '65 人次（1-6月）', period: '1-6月', title: 't' },
    { key: 'c', label: '總局 115 計畫', series: 0, value: null, valueText: chartText.missingValue, period: null, title: 't' },
  ];

  const charts = {
    bars: barChart({ id: 'b', title: hostile, desc: hostile, bars }),
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

  it('hatches and marks a partial-period bar and says why a document has none', () => {
    expect(charts.bars).toContain('fill="url(#b-hatch)"');
    expect(charts.bars).toContain('65 人次（1-6月）');
    expect(charts.bars).toContain(chartText.partialLegend);
    expect(charts.bars).toContain(`>${chartText.missingValue}</text>`);
  });

  it('writes thousands separators in the profile', () => {
    expect(charts.profile).toContain(`31,076 ${chartText.charsUnit}`);
  });

  it('writes each bar’s datum on it, so the island can redraw exactly the same chart', () => {
    const groups = [...charts.bars.matchAll(/<g class="chart-row"([^>]*)>/g)].map((m) => m[1]);
    expect(groups).toHaveLength(3);
    const decoded = groups.map((attrs) => {
      const map = new Map([...attrs.matchAll(/ ([a-z-]+)="([^"]*)"/g)].map((m) => [m[1], m[2].replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&')]));
      return readBar({ get: (name) => map.get(name) ?? null });
    });
    expect(decoded[0]).toEqual({ ...bars[0], data: { branch: 'keelung', year: '102' } });
    expect(decoded[1]).toEqual({ ...bars[1], data: {} });
    expect(barChart({ id: 'b', title: hostile, desc: hostile, bars: decoded })).toBe(
      barChart({ id: 'b', title: hostile, desc: hostile, bars: [{ ...bars[0] }, { ...bars[1], data: {} }, { ...bars[2], data: {} }] }),
    );
  });

  it('embeds the stylesheet in a stand-alone SVG file', () => {
    const file = standaloneSvg(charts.scores, '.chart { --x: 1; }');
    expect(file.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(file).toContain('<style><![CDATA[\n.chart { --x: 1; }\n]]></style><title');
  });
});
