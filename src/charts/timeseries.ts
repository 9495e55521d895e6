/**
 * Small multiples over time: one panel per organisation (HQ and the branches), x = ROC year (the
 * Gregorian year under it), y = the value, on one y scale for all panels so they compare at a
 * glance. Each panel is an SVG of its own, so a page lays the panels out in a grid that reflows
 * from one column on a phone to four on a desktop; `timeSeriesChart` joins them into one SVG for
 * the download. Pure: (spec, width) → SVG.
 *
 * Values covering part of a year are hatched points (and say so in their tooltip and the table);
 * years with a document but no value show nothing, so a gap is never drawn as a zero. Points are
 * joined only between consecutive years. A panel may carry targets (planned figures) beside its
 * values: hollow squares, never joined, so shape alone tells a target from a result.
 */
import { max, scaleLinear } from 'd3';
import { BG_FALLBACK, GRID_FALLBACK, INK_FALLBACK, MUTED_FALLBACK, SERIES_FALLBACK } from './palette.ts';
import { el, fitText, round, svgRoot, textEl, textWidth } from './svg.ts';
import { formatNumber } from './format.ts';
import { targetsText, timeText } from '../lib/i18n.ts';

export interface SeriesPoint {
  /** ROC year. */
  year: number;
  value: number;
  /** The value with its unit, as the table writes it ("96 人次"). */
  valueText: string;
  /** Period the value covers when it is not the whole year ("1-6月"): the point is hatched. */
  period: string | null;
  /** Native tooltip: document and value, the sentence where there is one. */
  title: string;
  /** Document the value comes from. */
  document: string;
}

export interface SeriesPanel {
  /** Organisation id (branch id), also the panel's data-branch. */
  key: string;
  label: string;
  /** Colour series (palette.ts). */
  series: number;
  /** The values (results), one per year at most. */
  points: SeriesPoint[];
  /** Targets (planned figures), one per year at most; drawn as hollow squares. */
  targets: SeriesPoint[];
}

export interface TimeSeriesSpec {
  id: string;
  title: string;
  /** ROC years on the x axis, ascending (every year the corpus has). */
  years: number[];
  panels: SeriesPanel[];
  /** Fixed top of the y scale (a score's maximum); otherwise the largest value, rounded up. */
  yMax?: number;
}

export const PANEL_WIDTH = 300;
const PANEL_HEIGHT = 150;
const LEFT = 42;
const RIGHT = 12;
const TOP = 26;
const BOTTOM = 34;
const FONT = 12;

function hatch(id: string): string {
  return el('pattern', { id, width: 4, height: 4, patternUnits: 'userSpaceOnUse', patternTransform: 'rotate(45)' }, [
    el('rect', { class: 'chart-bg', width: 4, height: 4, fill: BG_FALLBACK }),
    el('line', { class: 'chart-hatch-line', x1: 0, y1: 0, x2: 0, y2: 4, stroke: INK_FALLBACK, 'stroke-width': 2 }),
  ]);
}

/** Half the side of a target's hollow square: larger than a result's dot (r 4–5), so both show when equal. */
const TARGET_HALF = 6;

/** A mark's datum as its attributes, read back by readPanel; its tooltip, the mark's <title> child, is its text. */
function pointData(className: string, p: SeriesPoint): Record<string, string | number> {
  return {
    class: className,
    'data-year': p.year,
    'data-value': String(p.value),
    'data-value-text': p.valueText,
    'data-period': p.period ?? '',
    'data-document': p.document,
  };
}

/** Ticks of the year axis: at most `count`, always the first and last year. */
export function yearTicks(years: readonly number[], count: number): number[] {
  if (years.length <= count) return [...years];
  const step = Math.ceil((years.length - 1) / (count - 1));
  const ticks = years.filter((_, i) => i % step === 0);
  if (ticks.at(-1) !== years.at(-1)) {
    if (years.length - 1 - years.indexOf(ticks.at(-1)!) < step / 2) ticks.pop();
    ticks.push(years.at(-1)!);
  }
  return ticks;
}

/** The top of the shared y scale. */
export function seriesTop(spec: Pick<TimeSeriesSpec, 'panels' | 'yMax'>): number {
  if (spec.yMax) return spec.yMax;
  const top = max(spec.panels.flatMap((p) => [...p.points, ...p.targets]), (p) => p.value) ?? 0;
  return top > 0 ? top : 1;
}

/** A panel's description for screen readers: its values year by year, then its targets. */
export function panelDesc(title: string, panel: SeriesPanel): string {
  const values =
    panel.points.length === 0
      ? `${panel.label}：${timeText.noValues}`
      : `${panel.label}，${title}：${panel.points.map((p) => `${p.year} ${p.valueText}`).join('；')}。`;
  return panel.targets.length === 0 ? values : `${values}${targetsText.targetsDesc(panel.targets.map((p) => `${p.year} ${p.valueText}`).join('；'))}`;
}

/** The panel's corner note: its latest result, else its latest target, else that it has none. */
function latestText(panel: SeriesPanel): string {
  const latest = panel.points.at(-1);
  if (latest) return timeText.latestValue(latest.year, latest.valueText);
  const target = panel.targets.at(-1);
  return target ? targetsText.latestTarget(target.year, target.valueText) : timeText.noValues;
}

/** One organisation's panel. `years` and `top` are shared by all panels of the chart. */
export function seriesPanel(spec: { id: string; title: string }, panel: SeriesPanel, years: readonly number[], top: number, width = PANEL_WIDTH): string {
  const id = `${spec.id}-${panel.key}`;
  const hatchId = `${id}-hatch`;
  const first = years[0] ?? 0;
  const last = years.at(-1) ?? first;
  const x = scaleLinear()
    .domain(first === last ? [first - 1, last + 1] : [first, last])
    .range([LEFT + 6, width - RIGHT - 6]);
  const y = scaleLinear().domain([0, top]).nice(4).range([PANEL_HEIGHT - BOTTOM, TOP + 6]);
  const integers = panel.points.every((p) => Number.isInteger(p.value)) && y.domain()[1] >= 4;
  const body: string[] = [el('rect', { class: 'chart-bg', width, height: PANEL_HEIGHT, fill: BG_FALLBACK })];
  body.push(textEl('text', { class: 'chart-strong', x: 0, y: 15, fill: INK_FALLBACK }, fitText(panel.label, width * 0.45, FONT)));
  body.push(
    textEl(
      'text',
      { class: 'chart-muted', x: width - RIGHT, y: 15, 'text-anchor': 'end', 'font-size': 11, fill: MUTED_FALLBACK },
      fitText(latestText(panel), width * 0.55 - 4, 11),
    ),
  );
  // Axes as few elements as possible (a page shows up to 21 panels): the grid lines and the tick
  // marks are one path each; the labels are bare <text>s in groups that carry anchor, size and colour.
  const yTicks = y.ticks(4).filter((t) => !integers || Number.isInteger(t));
  body.push(
    el('g', { class: 'chart-y-axis', 'aria-hidden': 'true' }, [
      el('path', { class: 'chart-grid', d: yTicks.map((tick) => `M${LEFT},${round(y(tick))}H${width - RIGHT}`).join(''), stroke: GRID_FALLBACK }),
      el(
        'g',
        { class: 'chart-muted', 'text-anchor': 'end', 'font-size': 10, fill: MUTED_FALLBACK },
        yTicks.map((tick) => textEl('text', { x: LEFT - 4, y: y(tick) + 4 }, formatNumber(tick))),
      ),
    ]),
  );
  const ticks = yearTicks(years, Math.max(2, Math.floor((width - LEFT - RIGHT) / 44)));
  const axisY = PANEL_HEIGHT - BOTTOM;
  body.push(
    el('g', { class: 'chart-x-axis', 'aria-hidden': 'true', 'text-anchor': 'middle' }, [
      el('path', { class: 'chart-axis', d: ticks.map((year) => `M${round(x(year))},${axisY}v4`).join(''), stroke: INK_FALLBACK }),
      el('g', { 'font-size': 10, fill: INK_FALLBACK }, ticks.map((year) => textEl('text', { x: x(year), y: axisY + 15 }, String(year)))),
      el(
        'g',
        { class: 'chart-muted', 'font-size': 9, fill: MUTED_FALLBACK },
        ticks.map((year) => textEl('text', { x: x(year), y: axisY + 27 }, String(year + 1911))),
      ),
    ]),
  );
  // Lines only between consecutive years: a missing year is a gap, not a slope.
  const segments: string[] = [];
  panel.points.forEach((p, i) => {
    const next = panel.points[i + 1];
    if (next && next.year === p.year + 1) {
      segments.push(`M${round(x(p.year))},${round(y(p.value))}L${round(x(next.year))},${round(y(next.value))}`);
    }
  });
  if (segments.length > 0) body.push(el('path', { class: 'chart-line', d: segments.join(''), fill: 'none', stroke: MUTED_FALLBACK, 'stroke-width': 1.5 }));
  // Each mark carries its datum and its tooltip (a <title> child) itself: one element per value.
  // Targets under the results: a hollow square larger than a result's dot stays visible around it.
  if (panel.targets.length > 0) {
    body.push(
      el(
        'g',
        { class: 'chart-targets', fill: 'none', stroke: INK_FALLBACK, 'stroke-width': 1.5 },
        panel.targets.map((t) =>
          el(
            'rect',
            {
              ...pointData('chart-target chart-target-mark', t),
              x: round(x(t.year) - TARGET_HALF),
              y: round(y(t.value) - TARGET_HALF),
              width: TARGET_HALF * 2,
              height: TARGET_HALF * 2,
            },
            [textEl('title', {}, t.title)],
          ),
        ),
      ),
    );
  }
  if (panel.points.length > 0) {
    body.push(
      el(
        'g',
        // The panel's colour on the group (one organisation, one colour); a part-year point's own fill, the hatch, wins.
        {
          class: `chart-points chart-s${panel.series}`,
          fill: SERIES_FALLBACK[panel.series % SERIES_FALLBACK.length],
          stroke: INK_FALLBACK,
          'stroke-width': 1,
        },
        panel.points.map((p) =>
          el(
            'circle',
            { ...pointData('chart-point', p), cx: x(p.year), cy: y(p.value), r: p.period ? 5 : 4, fill: p.period ? `url(#${hatchId})` : null },
            [textEl('title', {}, p.title)],
          ),
        ),
      ),
    );
  }
  return svgRoot(
    {
      id,
      title: `${panel.label}：${spec.title}`,
      desc: panelDesc(spec.title, panel),
      width,
      height: PANEL_HEIGHT,
      className: 'chart-series',
      data: { branch: panel.key, label: panel.label, series: panel.series, top },
    },
    body,
    panel.points.some((p) => p.period) ? [hatch(hatchId)] : [],
  );
}

/** Every panel, in order, each a stand-alone SVG (the page lays them out). */
export function seriesPanels(spec: TimeSeriesSpec, width = PANEL_WIDTH): string[] {
  const top = seriesTop(spec);
  return spec.panels.map((panel) => seriesPanel(spec, panel, spec.years, top, width));
}

/** Which marks a legend explains: results always, part-year results and targets when the chart has them. */
export interface LegendMarks {
  partial: boolean;
  targets: boolean;
}

export function legendMarks(panels: readonly SeriesPanel[]): LegendMarks {
  return {
    partial: panels.some((p) => p.points.some((v) => v.period)),
    targets: panels.some((p) => p.targets.length > 0),
  };
}

const LEGEND_HEIGHT = 22;

/**
 * The marks' legend as one SVG row: a filled dot for a result, a hatched dot for a result covering
 * part of the year, a hollow square for a target. Shapes differ, so it reads without colour.
 */
export function seriesLegend(id: string, marks: LegendMarks): string {
  const hatchId = `${id}-hatch`;
  const entries: { label: string; mark: (cx: number) => string }[] = [
    { label: targetsText.legendResult, mark: (cx) => el('circle', { cx, cy: 11, r: 4, fill: INK_FALLBACK, class: 'chart-legend-dot', stroke: INK_FALLBACK }) },
  ];
  if (marks.partial) {
    entries.push({ label: targetsText.legendPartial, mark: (cx) => el('circle', { cx, cy: 11, r: 5, fill: `url(#${hatchId})`, stroke: INK_FALLBACK, 'stroke-width': 1 }) });
  }
  if (marks.targets) {
    entries.push({
      label: targetsText.legendTarget,
      mark: (cx) => el('rect', { class: 'chart-target-mark', x: cx - TARGET_HALF, y: 11 - TARGET_HALF, width: TARGET_HALF * 2, height: TARGET_HALF * 2, fill: 'none', stroke: INK_FALLBACK, 'stroke-width': 1.5 }),
    });
  }
  const body: string[] = [];
  let x = 0;
  for (const entry of entries) {
    body.push(entry.mark(x + 8));
    body.push(textEl('text', { x: x + 20, y: 15, 'font-size': 12, fill: INK_FALLBACK }, entry.label));
    x += 20 + textWidth(entry.label, 12) + 14;
  }
  const width = Math.ceil(x);
  return svgRoot(
    { id, title: targetsText.legendTitle, desc: entries.map((e) => e.label).join('；'), width, height: LEGEND_HEIGHT, className: 'chart-legend' },
    [el('rect', { class: 'chart-bg', width, height: LEGEND_HEIGHT, fill: BG_FALLBACK }), ...body],
    marks.partial ? [hatch(hatchId)] : [],
  );
}

/** The panels joined into one SVG, `columns` across, with the hatch legend under them: the download. */
export function timeSeriesChart(spec: TimeSeriesSpec & { desc: string }, columns = 2): string {
  const top = seriesTop(spec);
  const cols = Math.max(1, Math.min(columns, spec.panels.length));
  const rows = Math.ceil(spec.panels.length / cols);
  const width = cols * PANEL_WIDTH + (cols - 1) * 12;
  const legend = 24 + LEGEND_HEIGHT + 4;
  const height = Math.max(rows, 1) * (PANEL_HEIGHT + 8) + legend;
  const body: string[] = [el('rect', { class: 'chart-bg', width, height, fill: BG_FALLBACK })];
  spec.panels.forEach((panel, i) => {
    const svg = seriesPanel(spec, panel, spec.years, top);
    const tx = (i % cols) * (PANEL_WIDTH + 12);
    const ty = Math.floor(i / cols) * (PANEL_HEIGHT + 8);
    // A nested <svg> keeps each panel's coordinates; its title and desc stay with it.
    body.push(svg.replace('<svg ', `<svg x="${tx}" y="${ty}" `));
  });
  const marks = seriesLegend(`${spec.id}-legend`, legendMarks(spec.panels));
  body.push(marks.replace('<svg ', `<svg x="0" y="${height - 24 - LEGEND_HEIGHT}" `));
  body.push(textEl('text', { x: 0, y: height - 8, 'font-size': 11, fill: INK_FALLBACK }, timeText.seriesLegend));
  if (spec.panels.length === 0) body.push(textEl('text', { class: 'chart-muted', x: 0, y: 20, fill: MUTED_FALLBACK }, timeText.noValues));
  return svgRoot({ id: spec.id, title: spec.title, desc: spec.desc, width, height, className: 'chart-series-all' }, body);
}

/** A panel's data read back from its SVG (the attributes seriesPanel writes), for the compare island. */
export function readPanel(svg: {
  getAttribute(name: string): string | null;
  querySelectorAll(selector: string): ArrayLike<{ getAttribute(name: string): string | null; textContent: string | null }>;
}): SeriesPanel {
  const read = (selector: string): SeriesPoint[] =>
    Array.from(svg.querySelectorAll(selector)).map((g) => ({
      year: Number(g.getAttribute('data-year')),
      value: Number(g.getAttribute('data-value')),
      valueText: g.getAttribute('data-value-text') ?? '',
      period: g.getAttribute('data-period') || null,
      // The mark's only text is its <title>.
      title: g.textContent ?? '',
      document: g.getAttribute('data-document') ?? '',
    }));
  return {
    key: svg.getAttribute('data-branch') ?? '',
    label: svg.getAttribute('data-label') ?? '',
    series: Number(svg.getAttribute('data-series') ?? 0),
    points: read('.chart-point'),
    targets: read('.chart-target'),
  };
}
