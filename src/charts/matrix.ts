/**
 * Coverage matrix: practices (rows) × documents (columns), each cell the number of the document's
 * strategy rows about that practice. The count is written in every cell; an empty cell is a dashed
 * box with "–", so nothing depends on the shading. Pure: (spec, width) → SVG; columns never get
 * narrower than MIN_COLUMN, so many documents make the chart wider (the page scrolls it) rather
 * than unreadable.
 */
import { max } from 'd3';
import { BG_FALLBACK, COVERAGE_FILL_FALLBACK, COVERAGE_TEXT_FALLBACK, coverageStep, INK_FALLBACK, MUTED_FALLBACK } from './palette.ts';
import { el, fitText, round, svgRoot, textEl, textWidth } from './svg.ts';
import { chartText, timeText } from '../lib/i18n.ts';

export interface MatrixColumn {
  key: string;
  /** Header lines, e.g. ["基隆", "102", "成果"]. */
  lines: string[];
  /** Full name for tooltips, e.g. "基隆分局 民國102年（2013）執行績效與成果". */
  title: string;
}

export interface MatrixRow {
  key: string;
  label: string;
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

export function matrixChart(spec: MatrixSpec, width = 360): string {
  const headerLines = max(spec.columns, (c) => c.lines.length) ?? 1;
  const header = headerLines * LINE + 8;
  const labelWidth = Math.min(max(spec.rows, (r) => textWidth(r.label, FONT)) ?? 0, width * 0.45) + GAP;
  const columnWidth = Math.max(MIN_COLUMN, (width - labelWidth) / Math.max(spec.columns.length, 1));
  const chartWidth = Math.max(width, labelWidth + columnWidth * spec.columns.length);
  const height = header + spec.rows.length * ROW + LEGEND + 4;

  const body: string[] = [el('rect', { class: 'chart-bg', width: chartWidth, height, fill: BG_FALLBACK })];
  body.push(
    el(
      'g',
      { class: 'chart-columns' },
      spec.columns.map((column, c) =>
        el(
          'g',
          { 'data-key': column.key, transform: `translate(${round(labelWidth + c * columnWidth + columnWidth / 2)},0)` },
          [
            textEl('title', {}, column.title),
            ...column.lines.map((line, i) =>
              textEl(
                'text',
                { y: (i + 1) * LINE, 'text-anchor': 'middle', 'font-size': 11, fill: INK_FALLBACK, class: i === 0 ? 'chart-strong' : null },
                fitText(line, columnWidth - 2, 11),
              ),
            ),
          ],
        ),
      ),
    ),
  );
  spec.rows.forEach((row, r) => {
    const y = header + r * ROW;
    const cells = spec.columns.map((column, c) => {
      const count = spec.counts[r]?.[c] ?? 0;
      if (spec.blank?.[r]?.[c]) return el('g', { class: 'chart-cell', 'data-column': column.key }, [textEl('title', {}, `${column.title}｜${row.title}：${timeText.noDocument}`)]);
      const step = coverageStep(count);
      const cx = labelWidth + c * columnWidth;
      return el('g', { class: 'chart-cell', 'data-column': column.key, 'data-count': count }, [
        textEl('title', {}, `${column.title}｜${row.title}：${count > 0 ? chartText.rowsCount(count) : chartText.notMentioned}`),
        el('rect', {
          class: `chart-cov${step}`,
          x: cx + 2,
          y: y + 2,
          width: columnWidth - 4,
          height: ROW - 4,
          rx: 2,
          fill: COVERAGE_FILL_FALLBACK[step],
          stroke: step === 0 ? MUTED_FALLBACK : null,
          'stroke-dasharray': step === 0 ? '2 2' : null,
        }),
        textEl(
          'text',
          { class: `chart-cov-text${step}`, x: cx + columnWidth / 2, y: y + ROW / 2 + FONT * 0.35, 'text-anchor': 'middle', fill: COVERAGE_TEXT_FALLBACK[step] },
          count > 0 ? String(count) : '–',
        ),
      ]);
    });
    body.push(
      el('g', { class: 'chart-row', 'data-key': row.key }, [
        textEl('text', { x: labelWidth - GAP, y: y + ROW / 2 + FONT * 0.35, 'text-anchor': 'end', fill: INK_FALLBACK }, fitText(row.label, labelWidth - GAP, FONT)),
        ...cells,
      ]),
    );
  });
  const legendY = header + spec.rows.length * ROW + 8;
  body.push(
    el('g', { class: 'chart-legend' }, [
      textEl('text', { x: 0, y: legendY + 11, 'font-size': 11, fill: INK_FALLBACK }, spec.legend ?? chartText.matrixLegend),
    ]),
  );
  return svgRoot({ id: spec.id, title: spec.title, desc: spec.desc, width: chartWidth, height, className: 'chart-matrix', wide: chartWidth > width }, body);
}
