/**
 * A sparkline of counts over years: one thin bar per year, for a trend at a glance beside text
 * that gives the numbers (the image's label says them too). Pure: (spec) → SVG.
 */
import { max } from 'd3';
import { INK_FALLBACK, MUTED_FALLBACK } from './palette.ts';
import { el, round } from './svg.ts';

export interface SparklineSpec {
  /** What the bars show, in words: the image's accessible name. */
  label: string;
  /** Count per year, oldest first. */
  values: { year: number; value: number }[];
}

const BAR = 5;
const GAP = 2;
const HEIGHT = 22;

export function sparkline(spec: SparklineSpec): string {
  const top = max(spec.values, (v) => v.value) ?? 0;
  const width = Math.max(1, spec.values.length * (BAR + GAP) - GAP);
  const bars = spec.values.map((v, i) => {
    const h = top > 0 ? Math.max(v.value > 0 ? 2 : 0, (v.value / top) * (HEIGHT - 2)) : 0;
    return v.value > 0
      ? el('rect', { class: 'chart-spark', x: i * (BAR + GAP), y: HEIGHT - h, width: BAR, height: round(h), fill: INK_FALLBACK })
      : el('rect', { class: 'chart-spark-zero', x: i * (BAR + GAP), y: HEIGHT - 1, width: BAR, height: 1, fill: MUTED_FALLBACK });
  });
  return el(
    'svg',
    { xmlns: 'http://www.w3.org/2000/svg', class: 'chart chart-sparkline', role: 'img', 'aria-label': spec.label, viewBox: `0 0 ${width} ${HEIGHT}`, width, height: HEIGHT },
    bars,
  );
}
