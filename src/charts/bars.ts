/**
 * Horizontal bar chart: one labelled bar per document (branch and year), the value written at the
 * bar's end. Used for every indicator and for row counts per practice. Pure: (spec, width) → SVG.
 *
 * Documents without a value keep their line, saying why in words ("未載數值", "數值不明確") instead
 * of silently dropping out; values covering part of a year are hatched and carry their period in
 * the label, so the mark never depends on colour.
 */
import { format, max, scaleLinear } from 'd3';
import { INK_FALLBACK, MUTED_FALLBACK, SERIES_FALLBACK, GRID_FALLBACK, BG_FALLBACK } from './palette.ts';
import { el, fitText, round, svgRoot, textEl, textWidth } from './svg.ts';
import { chartText } from '../lib/i18n.ts';

export interface BarDatum {
  /** Stable key within the chart, e.g. the document id. */
  key: string;
  /** Label left of the bar, e.g. "基隆 102". */
  label: string;
  /** Colour series (branch), see palette.ts. */
  series: number;
  /** The value, or null when the document states none (then `valueText` says why). */
  value: number | null;
  /** Text after the bar: the value with its unit ("96 人次"), or why there is no bar. */
  valueText: string;
  /** Period the value covers when it is not the whole year ("1-6月"): the bar is hatched. */
  period: string | null;
  /** Native tooltip of the bar (no JavaScript needed). */
  title: string;
  /** data-* attributes for the compare page's island (branch, year …). */
  data?: Record<string, string>;
}

export interface BarChartSpec {
  /** Unique within a page (prefix of element ids). */
  id: string;
  title: string;
  desc: string;
  bars: BarDatum[];
  /** Said in the chart when there are no bars at all. */
  emptyText?: string;
}

const FONT = 12;
const ROW = 26;
const BAR = 16;
const TOP = 24;
const GAP = 6;

export const formatNumber = format(',~');

/** Hatch pattern for values that cover part of a year. */
function hatchPattern(id: string): string {
  return el('pattern', { id, width: 6, height: 6, patternUnits: 'userSpaceOnUse', patternTransform: 'rotate(45)' }, [
    el('line', { class: 'chart-hatch-line', x1: 0, y1: 0, x2: 0, y2: 6, stroke: INK_FALLBACK, 'stroke-width': 2 }),
  ]);
}

/**
 * The datum written onto its bar's <g> as data-* attributes, so the compare page's island can
 * redraw a filtered chart from the SVG the server rendered (readBar is the inverse).
 */
function barAttributes(bar: BarDatum): Record<string, string | number> {
  const extra = Object.fromEntries(Object.entries(bar.data ?? {}).map(([k, v]) => [`data-${k}`, v]));
  return {
    'data-key': bar.key,
    'data-label': bar.label,
    'data-series': bar.series,
    'data-value': bar.value === null ? '' : String(bar.value),
    'data-value-text': bar.valueText,
    'data-period': bar.period ?? '',
    'data-title': bar.title,
    ...extra,
  };
}

/** The BarDatum of a bar's <g>, read back from its data-* attributes (see barAttributes). */
export function readBar(attributes: { get(name: string): string | null }): BarDatum {
  const value = attributes.get('data-value') ?? '';
  const data: Record<string, string> = {};
  for (const name of ['branch', 'year', 'document']) {
    const v = attributes.get(`data-${name}`);
    if (v !== null) data[name] = v;
  }
  return {
    key: attributes.get('data-key') ?? '',
    label: attributes.get('data-label') ?? '',
    series: Number(attributes.get('data-series') ?? 0),
    value: value === '' ? null : Number(value),
    valueText: attributes.get('data-value-text') ?? '',
    period: attributes.get('data-period') || null,
    title: attributes.get('data-title') ?? '',
    data,
  };
}

export function barChart(spec: BarChartSpec, width = 360): string {
  const labelWidth = Math.min(max(spec.bars, (b) => textWidth(b.label, FONT)) ?? 0, width * 0.34) + GAP;
  // Room for the widest value label after the longest bar, with a margin for the estimate's error.
  const valueWidth = Math.min(max(spec.bars, (b) => textWidth(b.valueText, FONT)) ?? 0, width * 0.4) + 2 * GAP + 4;
  const hasPeriod = spec.bars.some((b) => b.period && b.value !== null);
  const legendHeight = hasPeriod ? 26 : 0;
  const height = TOP + Math.max(spec.bars.length, 1) * ROW + 6 + legendHeight;
  const hatchId = `${spec.id}-hatch`;
  const top = max(spec.bars, (b) => b.value ?? 0) ?? 0;
  const x = scaleLinear()
    .domain([0, top > 0 ? top : 1])
    .nice()
    .range([labelWidth, Math.max(labelWidth + 40, width - valueWidth)]);

  const body: string[] = [el('rect', { class: 'chart-bg', width, height, fill: BG_FALLBACK })];
  if (top > 0) {
    const plotWidth = x.range()[1] - x.range()[0];
    const tickLabelWidth = textWidth(formatNumber(x.domain()[1]), 11) + 24;
    const integers = spec.bars.every((b) => b.value === null || Number.isInteger(b.value));
    // Counts get whole-number ticks only; labels never crowd (one per tick label width).
    const ticks = x
      .ticks(Math.max(1, Math.min(4, Math.floor(plotWidth / tickLabelWidth))))
      .filter((tick) => !integers || Number.isInteger(tick));
    body.push(
      el(
        'g',
        { class: 'chart-x-axis', 'aria-hidden': 'true' },
        ticks.map((tick) =>
          el('g', { transform: `translate(${round(x(tick))},0)` }, [
            el('line', { class: 'chart-grid', y1: TOP - 4, y2: height - legendHeight - 4, stroke: GRID_FALLBACK }),
            textEl('text', { class: 'chart-muted', y: TOP - 8, 'text-anchor': 'middle', 'font-size': 11, fill: MUTED_FALLBACK }, formatNumber(tick)),
          ]),
        ),
      ),
    );
  }
  spec.bars.forEach((bar, index) => {
    const y = TOP + index * ROW + (ROW - BAR) / 2;
    const baseline = y + BAR / 2 + FONT * 0.35;
    const parts: string[] = [textEl('title', {}, bar.title)];
    parts.push(textEl('text', { x: labelWidth - GAP, y: baseline, 'text-anchor': 'end', fill: INK_FALLBACK }, fitText(bar.label, labelWidth - GAP, FONT)));
    let end = labelWidth;
    if (bar.value !== null) {
      end = x(bar.value);
      const barWidth = Math.max(end - labelWidth, 1);
      parts.push(
        el('rect', {
          class: `chart-bar chart-s${bar.series}`,
          x: labelWidth,
          y,
          width: barWidth,
          height: BAR,
          fill: SERIES_FALLBACK[bar.series % SERIES_FALLBACK.length],
          stroke: INK_FALLBACK,
        }),
      );
      if (bar.period) {
        parts.push(el('rect', { x: labelWidth, y, width: barWidth, height: BAR, fill: `url(#${hatchId})`, 'aria-hidden': 'true' }));
      }
    }
    parts.push(
      textEl(
        'text',
        {
          class: bar.value === null ? 'chart-muted' : null,
          x: end + GAP,
          y: baseline,
          fill: bar.value === null ? MUTED_FALLBACK : INK_FALLBACK,
        },
        fitText(bar.valueText, width - end - GAP, FONT),
      ),
    );
    body.push(el('g', { class: 'chart-row', ...barAttributes(bar) }, parts));
  });
  if (spec.bars.length === 0) {
    body.push(textEl('text', { class: 'chart-muted', x: 0, y: TOP + ROW / 2, fill: MUTED_FALLBACK }, spec.emptyText ?? chartText.noData));
  }
  if (hasPeriod) {
    const y = height - legendHeight + 8;
    body.push(
      el('g', { class: 'chart-legend' }, [
        el('rect', { x: 0, y, width: 18, height: 12, fill: `url(#${hatchId})`, class: 'chart-bar', stroke: INK_FALLBACK }),
        textEl('text', { x: 24, y: y + 10, fill: INK_FALLBACK, 'font-size': 11 }, chartText.partialLegend),
      ]),
    );
  }
  return svgRoot({ id: spec.id, title: spec.title, desc: spec.desc, width, height, className: 'chart-bars' }, body, [hatchPattern(hatchId)]);
}
