/**
 * One organisation's practices over time: a heatmap of practices × its years, each cell the rows
 * about the practice in that year's documents (plan and report together). The table's cells link
 * to where those rows are listed (the organisation's history of the practice).
 */
import type { BranchView } from '../lib/site.ts';
import { chartText, timeText, ui } from '../lib/i18n.ts';
import type { CatalogInput, Chart, TableCell } from './chart.ts';
import { yearColumns, yearMatrixColumns } from './chart-labels.ts';
import { matrixChart } from './matrix.ts';

export function branchPracticesChart(input: CatalogInput, view: BranchView): Chart {
  const { index } = input;
  const years = view.timeline.map((t) => t.roc).sort((a, b) => a - b);
  const lines = view.practiceTimeline.map((line) => {
    const practice = index.practiceById.get(line.practice.id)!;
    const cells = years.map((roc) => {
      const entries = practice.byDocument.filter((e) => e.document.branch.id === view.branch.id && e.document.year.roc === roc);
      return { entries, rows: entries.reduce((sum, e) => sum + e.rows.length, 0) };
    });
    return { practice, cells };
  });
  const id = `practices-of-${view.branch.id}`;
  const title = timeText.practicesHeatmapTitle(view.branch.name);
  const desc = `${title}：${lines
    .map((l) => `${l.practice.practice.label} ${timeText.yearsMentioning(l.cells.filter((c) => c.rows > 0).length, years.length)}`)
    .join('；')}。`;
  const spec = {
    id,
    title,
    desc,
    columns: yearMatrixColumns(years),
    rows: lines.map((l) => ({ key: l.practice.practice.id, label: l.practice.practice.label, title: l.practice.practice.label })),
    counts: lines.map((l) => l.cells.map((c) => c.rows)),
    legend: timeText.heatmapLegend,
  };
  return {
    id,
    kind: 'branch-practices',
    title,
    caption: timeText.practicesHeatmapCaption,
    desc,
    wide: true,
    scope: { branch: view.branch.id },
    sources: [{ text: chartText.crosswalkSource }],
    svg: (width = 720) => matrixChart(spec, width),
    table: {
      caption: title,
      columns: [{ label: ui.practice }, ...yearColumns(years)],
      rows: lines.map((l) => ({
        key: l.practice.practice.id,
        cells: [
          { text: l.practice.practice.label, href: l.practice.byBranch.find((h) => h.branch.id === view.branch.id)?.path ?? l.practice.path, header: true },
          ...l.cells.map((c): TableCell =>
            c.rows > 0
              ? { text: String(c.rows), numeric: true, href: l.practice.documentPath(c.entries[0].document.id) }
              : { text: '0', numeric: true, missing: true },
          ),
        ],
      })),
    },
    csv: {
      columns: ['branch_id', 'practice', 'practice_label', 'year_roc', 'rows'],
      rows: lines.flatMap((l) => years.map((roc, c) => [view.branch.id, l.practice.practice.id, l.practice.practice.label, roc, l.cells[c].rows])),
    },
  };
}
