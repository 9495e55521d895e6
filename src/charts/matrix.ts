/**
 * Coverage matrix: practices (rows) × documents or years (columns), each cell the number of rows
 * about that practice. The count is written in every cell; an empty cell is a dashed box with
 * "–", so nothing depends on the shading. Pure: (spec, width) → SVG; columns never get narrower
 * than MIN_COLUMN, so many columns make the chart wider (the page scrolls it) rather than
 * unreadable.
 *
 * Light markup, because a heatmap of 29 practices × 20 years is 580 cells on one page: the boxes
 * of each shade are one <path>, the counts are bare <text> elements grouped by shade (the group
 * carries the colour and anchor), and nothing is repeated per cell that the cell's column header,
 * its row label and the data table beside the chart already say. A header or label gets a
 * <title> only when it says less than its full name (shortened, or a short name).
 */
import { max } from 'd3';
import { BG_FALLBACK, COVERAGE_FILL_FALLBACK, COVERAGE_TEXT_FALLBACK, coverageStep, INK_FALLBACK, MUTED_FALLBACK } from './palette.ts';
import { el, escapeXml, fitText, round, svgRoot, textEl, textWidth } from './svg.ts';
import { chartText } from '../lib/i18n.ts';

export interface MatrixColumn {
  key: string;
  /** Header lines, e.g. ["102", "2013"]. */
  lines: string[];
  /** Full name, e.g. "民國102年（2013）": the header's tooltip when its lines say less. */
  title: string;
}

export interface MatrixRow {
  key: string;
  label: string;
  /** Full name: the label's tooltip when the label says less (shortened or a short name). */
  title: string;
}

export interface MatrixSpec {
  id: string;
  title: string;
  desc: string;
  columns: MatrixColumn[];
  rows: MatrixRow[];
  /** counts[row][column]. */
  counts: number[][];
  /** Says what a cell's number is (under the matrix). */
  legend?: string;
  /** Cells with nothing to count (no document yet): left blank instead of "–". */
  blank?: boolean[][];
}

const FONT = 12;
const ROW = 24;
const LINE = 14;
const MIN_COLUMN = 34;
const GAP = 6;
const LEGEND = 24;
const STEPS = [0, 1, 2, 3] as const;

/** Whether a visible text says all its full name does, ignoring the "民國…年" wrapping of a year. */
function saysAll(visible: string, full: string): boolean {
  const bare = (s: string) => s.replace(/民國(\d+)年（(\d+)）/g, '$1 $2').replace(/\s+/g, ' ').trim();
  return bare(visible) === bare(full);
}

/** A text with its full name as tooltip only where the visible text says less. */
function labelText(attributes: Record<string, string | number | null>, visible: string, full: string): string {
  return saysAll(visible, full) ? textEl('text', attributes, visible) : el('text', attributes, [textEl('title', {}, full), escapeXml(visible)]);
}

export function matrixChart(spec: MatrixSpec, width = 360): string {
  const headerLines = max(spec.columns, (c) => c.lines.length) ?? 1;
  const header = headerLines * LINE + 8;
  const labelWidth = Math.min(max(spec.rows, (r) => textWidth(r.label, FONT)) ?? 0, width * 0.45) + GAP;
  const columnWidth = Math.max(MIN_COLUMN, (width - labelWidth) / Math.max(spec.columns.length, 1));
  const chartWidth = Math.max(width, labelWidth + columnWidth * spec.columns.length);
  const height = header + spec.rows.length * ROW + LEGEND + 4;
  const centre = (c: number) => labelWidth + c * columnWidth + columnWidth / 2;
  const baseline = (r: number) => header + r * ROW + ROW / 2 + FONT * 0.35;

  // Column headers: the first line bold, each line a bare <text>; a tooltip only when shortened.
  const headers = spec.columns.map((column, c) => {
    const lines = column.lines.map((line) => fitText(line, columnWidth - 2, 11));
    const texts = lines.map((line, i) => textEl('text', { class: i === 0 ? 'chart-strong' : null, x: centre(c), y: (i + 1) * LINE }, line));
    return saysAll(lines.join(' '), column.title) ? texts.join('') : el('g', {}, [textEl('title', {}, column.title), ...texts]);
  });
  const labels = spec.rows.map((row, r) => labelText({ x: labelWidth - GAP, y: baseline(r) }, fitText(row.label, labelWidth - GAP, FONT), row.title));

  // Boxes: one path per shade; counts: one group per shade.
  const boxes: string[][] = STEPS.map(() => []);
  const counts: string[][] = STEPS.map(() => []);
  spec.rows.forEach((_, r) => {
    const y = header + r * ROW;
    spec.columns.forEach((__, c) => {
      if (spec.blank?.[r]?.[c]) return;
      const count = spec.counts[r]?.[c] ?? 0;
      const step = coverageStep(count);
      boxes[step].push(`M${round(labelWidth + c * columnWidth + 2)},${round(y + 2)}h${round(columnWidth - 4)}v${ROW - 4}h${round(4 - columnWidth)}z`);
      counts[step].push(textEl('text', { x: centre(c), y: baseline(r) }, count > 0 ? String(count) : '–'));
    });
  });

  const body: string[] = [
    el('rect', { class: 'chart-bg', width: chartWidth, height, fill: BG_FALLBACK }),
    el('g', { class: 'chart-columns', 'text-anchor': 'middle', 'font-size': 11, fill: INK_FALLBACK }, headers),
    el('g', { class: 'chart-labels', 'text-anchor': 'end', fill: INK_FALLBACK }, labels),
    ...STEPS.filter((s) => boxes[s].length > 0).map((s) =>
      el('path', {
        class: `chart-cov${s}`,
        d: boxes[s].join(''),
        fill: COVERAGE_FILL_FALLBACK[s],
        stroke: s === 0 ? MUTED_FALLBACK : null,
        'stroke-dasharray': s === 0 ? '2 2' : null,
      }),
    ),
    ...STEPS.filter((s) => counts[s].length > 0).map((s) =>
      el('g', { class: `chart-cov-text${s}`, 'text-anchor': 'middle', fill: COVERAGE_TEXT_FALLBACK[s] }, counts[s]),
    ),
  ];
  const legendY = header + spec.rows.length * ROW + 8;
  body.push(textEl('text', { x: 0, y: legendY + 11, 'font-size': 11, fill: INK_FALLBACK }, spec.legend ?? chartText.matrixLegend));
  return svgRoot({ id: spec.id, title: spec.title, desc: spec.desc, width: chartWidth, height, className: 'chart-matrix', wide: chartWidth > width }, body);
}
