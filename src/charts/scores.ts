/**
 * Self-assessment scores against each dimension's maximum: a dashed track is the maximum (100 %),
 * the filled bar the score, both on one percentage axis so dimensions of 100 and 300 points compare;
 * the points themselves are written beside every bar ("275／300"). Pure: (spec, width) → SVG.
 */
import { format, max, scaleLinear } from 'd3';
import { BG_FALLBACK, GRID_FALLBACK, INK_FALLBACK, MUTED_FALLBACK, SCORE_FALLBACK, SURFACE_FALLBACK } from './palette.ts';
import { el, fitText, round, svgRoot, textEl, textWidth } from './svg.ts';

export interface ScoreDatum {
  /** Dimension as the score table writes it, e.g. "一、基礎服務"; "總分" for the total. */
  label: string;
  score: number;
  max: number;
  /** Set on the total: drawn bold, below a rule. */
  total?: boolean;
}

export interface ScoreChartSpec {
  id: string;
  title: string;
  desc: string;
  items: ScoreDatum[];
}

const FONT = 12;
const ROW = 28;
const BAR = 16;
const TOP = 24;
const GAP = 6;
const percent = format('.0%');

/** "275／300（92%）". */
export function scoreText(item: Pick<ScoreDatum, 'score' | 'max'>): string {
  return `${item.score}／${item.max}（${percent(item.score / item.max)}）`;
}

export function scoreChart(spec: ScoreChartSpec, width = 360): string {
  const labelWidth = Math.min(max(spec.items, (i) => textWidth(i.label, FONT)) ?? 0, width * 0.32) + GAP;
  // Bold text (the total) runs about a tenth wider than the estimate.
  const valueWidth = (max(spec.items, (i) => textWidth(scoreText(i), FONT) * (i.total ? 1.1 : 1)) ?? 0) + 2 * GAP + 4;
  const separator = spec.items.some((i) => i.total) ? 8 : 0;
  const height = TOP + spec.items.length * ROW + separator + 6;
  const x = scaleLinear().domain([0, 1]).range([labelWidth, Math.max(labelWidth + 60, width - valueWidth)]);

  const body: string[] = [el('rect', { class: 'chart-bg', width, height, fill: BG_FALLBACK })];
  body.push(
    el(
      'g',
      { class: 'chart-x-axis', 'aria-hidden': 'true' },
      [0, 0.5, 1].map((tick) =>
        el('g', { transform: `translate(${round(x(tick))},0)` }, [
          el('line', { class: 'chart-grid', y1: TOP - 4, y2: height - 4, stroke: GRID_FALLBACK }),
          textEl('text', { class: 'chart-muted', y: TOP - 8, 'text-anchor': 'middle', 'font-size': 11, fill: MUTED_FALLBACK }, percent(tick)),
        ]),
      ),
    ),
  );
  let y = TOP;
  for (const item of spec.items) {
    if (item.total) {
      body.push(el('line', { class: 'chart-axis', x1: 0, x2: width, y1: y + separator / 2, y2: y + separator / 2, stroke: INK_FALLBACK }));
      y += separator;
    }
    const barY = y + (ROW - BAR) / 2;
    const baseline = barY + BAR / 2 + FONT * 0.35;
    const strong = item.total ? 'chart-strong' : null;
    body.push(
      el('g', { class: 'chart-row', 'data-key': item.label }, [
        textEl('title', {}, `${item.label}：${scoreText(item)}`),
        textEl('text', { class: strong, x: labelWidth - GAP, y: baseline, 'text-anchor': 'end', fill: INK_FALLBACK }, fitText(item.label, labelWidth - GAP, FONT)),
        el('rect', { class: 'chart-track', x: labelWidth, y: barY, width: x(1) - labelWidth, height: BAR, fill: SURFACE_FALLBACK, stroke: INK_FALLBACK, 'stroke-dasharray': '3 2' }),
        el('rect', {
          class: 'chart-bar chart-score',
          x: labelWidth,
          y: barY,
          width: Math.max(x(Math.min(item.score / item.max, 1)) - labelWidth, 1),
          height: BAR,
          fill: SCORE_FALLBACK,
          stroke: INK_FALLBACK,
        }),
        textEl('text', { class: strong, x: x(1) + GAP, y: baseline, fill: INK_FALLBACK }, scoreText(item)),
      ]),
    );
    y += ROW;
  }
  return svgRoot({ id: spec.id, title: spec.title, desc: spec.desc, width, height, className: 'chart-scores' }, body);
}
