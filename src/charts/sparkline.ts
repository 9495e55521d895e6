/**
 * A sparkline of counts over years: one thin bar per year, for a trend at a glance beside text
 * that gives the numbers (the image's label says them too). Pure: (spec) → SVG.
 *
 * The bars are one <path> (a practice page has one sparkline per organisation, twenty years
 * each), and the years with no rows a second, muted <path> of flat marks on the baseline, so a
 * zero year is drawn as such, never as a gap or a short bar.
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

export const SPARK_BAR = 5;
const GAP = 2;
export const SPARK_HEIGHT = 22;
/** Height of a zero year's flat mark on the baseline. */
export const SPARK_ZERO = 1;

/** Height of a year's bar: at least 2 px for any row, so one row never looks like none. */
export function sparkBarHeight(value: number, top: number): number {
  if (top <= 0 || value <= 0) return 0;
  return Math.max(2, (value / top) * (SPARK_HEIGHT - 2));
}

export function sparkline(spec: SparklineSpec): string {
  const top = max(spec.values, (v) => v.value) ?? 0;
  const width = Math.max(1, spec.values.length * (SPARK_BAR + GAP) - GAP);
  const bars: string[] = [];
  const zeros: string[] = [];
  spec.values.forEach((v, i) => {
    const x = i * (SPARK_BAR + GAP);
    const h = sparkBarHeight(v.value, top);
    if (h > 0) bars.push(`M${x},${SPARK_HEIGHT}v-${round(h)}h${SPARK_BAR}v${round(h)}z`);
    else zeros.push(`M${x},${SPARK_HEIGHT}v-${SPARK_ZERO}h${SPARK_BAR}v${SPARK_ZERO}z`);
  });
  return el(
    'svg',
    { xmlns: 'http://www.w3.org/2000/svg', class: 'chart chart-sparkline', role: 'img', 'aria-label': spec.label, viewBox: `0 0 ${width} ${SPARK_HEIGHT}`, width, height: SPARK_HEIGHT },
    [
      ...(bars.length > 0 ? [el('path', { class: 'chart-spark', d: bars.join(''), fill: INK_FALLBACK })] : []),
      ...(zeros.length > 0 ? [el('path', { class: 'chart-spark-zero', d: zeros.join(''), fill: MUTED_FALLBACK })] : []),
    ],
  );
}
