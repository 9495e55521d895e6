/**
 * Coverage over time: a heatmap of practices × years, each cell the number of that year's
 * documents with rows about the practice (of how many documents the year has, in the table).
 * Bounded by the number of years, whatever the number of documents.
 */
import { chartText, timeText, ui } from '../lib/i18n.ts';
import type { CatalogInput, Chart, TableCell } from './chart.ts';
import { corpusYears, yearColumns, yearMatrixColumns } from './chart-labels.ts';
import { matrixChart } from './matrix.ts';

export function coverageChart(input: CatalogInput): Chart {
  const { index } = input;
  const years = corpusYears(index);
  const practices = index.practices;
  const documentsOf = new Map(index.years.map((y) => [y.roc, y.documents]));
  const counts = practices.map((p) =>
    years.map((roc) => new Set(p.byDocument.filter((e) => e.document.year.roc === roc).map((e) => e.document.id)).size),
  );
  const id = 'coverage';
  const title = timeText.coverageTitle;
  const desc = `${timeText.coverageDesc(practices.length, years.length, index.documents.length)}${practices
    .map((p, r) => `${p.practice.label} ${timeText.yearsMentioning(counts[r].filter((n) => n > 0).length, years.length)}`)
    .join('；')}。`;
  const spec = {
    id,
    title,
    desc,
    columns: yearMatrixColumns(years),
    rows: practices.map((p) => ({ key: p.practice.id, label: p.practice.label, title: `${p.practice.label}（${p.practice.en}）` })),
    counts,
    legend: timeText.coverageLegend,
  };
  return {
    id,
    kind: 'coverage',
    title,
    caption: timeText.coverageCaption,
    desc,
    wide: true,
    sources: [{ text: chartText.crosswalkSource }],
    svg: (width = 720) => matrixChart(spec, width),
    table: {
      caption: timeText.coverageTableCaption,
      columns: [{ label: ui.practice }, ...yearColumns(years)],
      rows: practices.map((p, r) => ({
        key: p.practice.id,
        cells: [
          { text: p.practice.label, href: p.path, header: true },
          ...years.map((roc, c): TableCell => ({
            text: `${counts[r][c]}/${documentsOf.get(roc)?.length ?? 0}`,
            numeric: true,
            missing: counts[r][c] === 0,
          })),
        ],
      })),
    },
    csv: {
      columns: ['practice', 'practice_label', 'year_roc', 'documents_mentioning', 'documents'],
      rows: practices.flatMap((p, r) => years.map((roc, c) => [p.practice.id, p.practice.label, roc, counts[r][c], documentsOf.get(roc)?.length ?? 0])),
    },
  };
}
