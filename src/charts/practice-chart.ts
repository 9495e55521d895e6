/**
 * A practice over time: a heatmap of organisations × years, each cell the number of rows about
 * the practice in that organisation's documents of that year (plan and report together), blank
 * where the organisation has no document that year. The table beside has the same cells, each
 * linking to where those rows are listed (the organisation's history page).
 */
import { chartText, timeText } from '../lib/i18n.ts';
import type { CatalogInput, Chart, TableCell } from './chart.ts';
import { corpusYears, yearColumns, yearMatrixColumns } from './chart-labels.ts';
import { matrixChart } from './matrix.ts';

export function practiceChart(input: CatalogInput, practiceId: string): Chart {
  const { index } = input;
  const view = index.practiceById.get(practiceId);
  if (!view) throw new Error(`unknown practice ${practiceId}`);
  const label = view.practice.label;
  const years = corpusYears(index);
  const organisations = index.branches.filter((b) => b.documents.length > 0);
  const cellsOf = organisations.map((b) =>
    years.map((roc) => {
      const documents = b.documents.filter((d) => d.year.roc === roc);
      const entries = view.byDocument.filter((e) => e.document.branch.id === b.branch.id && e.document.year.roc === roc);
      return { documents, entries, rows: entries.reduce((sum, e) => sum + e.rows.length, 0) };
    }),
  );
  const counts = cellsOf.map((row) => row.map((cell) => cell.rows));
  const blank = cellsOf.map((row) => row.map((cell) => cell.documents.length === 0));
  const id = `practice-${practiceId}`;
  const title = timeText.practiceHeatmapTitle(label);
  const mentioned = cellsOf.flat().filter((c) => c.rows > 0).length;
  const withDocuments = cellsOf.flat().filter((c) => c.documents.length > 0).length;
  const desc = `${title}：${organisations
    .map((b, r) => {
      const yearsWith = cellsOf[r].filter((c) => c.rows > 0).length;
      return `${b.branch.name} ${timeText.yearsMentioning(yearsWith, cellsOf[r].filter((c) => c.documents.length > 0).length)}`;
    })
    .join('；')}。`;
  const spec = {
    id,
    title,
    desc,
    columns: yearMatrixColumns(years),
    rows: organisations.map((b) => ({ key: b.branch.id, label: b.branch.shortName, title: b.branch.name })),
    counts,
    blank,
    legend: timeText.heatmapLegend,
  };
  return {
    id,
    kind: 'practice',
    title,
    caption: timeText.practiceHeatmapCaption(label, mentioned, withDocuments),
    desc,
    wide: true,
    sources: [{ text: chartText.crosswalkSource }],
    svg: (width = 720) => matrixChart(spec, width),
    table: {
      caption: timeText.practiceTableCaption(label),
      columns: [{ label: timeText.organisation }, ...yearColumns(years)],
      rows: organisations.map((b, r) => ({
        key: b.branch.id,
        data: { branch: b.branch.id },
        cells: [
          { text: b.branch.name, href: view.byBranch.find((h) => h.branch.id === b.branch.id)?.path ?? b.path, header: true },
          ...cellsOf[r].map((cell): TableCell => {
            if (cell.documents.length === 0) return { text: '', numeric: true, missing: true };
            if (cell.rows === 0) return { text: '0', numeric: true, missing: true };
            return { text: String(cell.rows), numeric: true, href: view.documentPath(cell.entries[0].document.id) };
          }),
        ],
      })),
    },
    csv: {
      columns: ['practice', 'practice_label', 'branch_id', 'year_roc', 'rows', 'plan_rows', 'report_rows'],
      rows: organisations.flatMap((b, r) =>
        years.flatMap((roc, c) => {
          const cell = cellsOf[r][c];
          if (cell.documents.length === 0) return [];
          const ofKind = (kind: string) => cell.entries.filter((e) => e.document.kind === kind).reduce((sum, e) => sum + e.rows.length, 0);
          return [[practiceId, label, b.branch.id, roc, cell.rows, ofKind('plan'), ofKind('report')]];
        }),
      ),
    },
  };
}

