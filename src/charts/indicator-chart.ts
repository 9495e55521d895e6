/**
 * An indicator over time: small multiples, one panel per organisation, x = ROC year, y = value,
 * and a table with the organisations as rows and the years as columns, each value linking to the
 * row (or score line) it was read from. One value per organisation and year: the report's where
 * there is one (it covers the year), else the plan's (plans may carry part-year results). Every
 * value, plan and report, stays in the CSV with its sentence.
 */
import type { IndicatorDefinition } from '../indicators/definitions.ts';
import type { IndicatorValue } from '../indicators/extract.ts';
import { paths } from '../lib/urls.ts';
import { chartText, timeText } from '../lib/i18n.ts';
import type { CatalogInput, Chart, TableCell, TableRow } from './chart.ts';
import { branchSeries, corpusYears, documentLongLabel, yearColumns } from './chart-labels.ts';
import { formatNumber } from './format.ts';
import { PANEL_WIDTH, seriesPanels, timeSeriesChart, type SeriesPanel, type SeriesPoint } from './timeseries.ts';
import type { CsvValue } from './csv.ts';

/** The series extract.ts gives a score table's total: a data key (also in indicators.json), not UI text. */
const TOTAL_SERIES = '總分';

const CSV_COLUMNS = ['indicator', 'indicator_label', 'branch_id', 'branch_name', 'year_roc', 'document_id', 'series', 'value', 'unit', 'max', 'period', 'quote', 'permalink'];

function csvRow(indicator: IndicatorDefinition, v: IndicatorValue): CsvValue[] {
  return [indicator.id, indicator.label, v.document.branch.id, v.document.branch.name, v.document.year.roc, v.document.id, v.series, v.value, v.unit, v.max, v.period, v.quote, v.path];
}

function valueText(indicator: IndicatorDefinition, v: IndicatorValue): string {
  if (indicator.from === 'scores') return `${formatNumber(v.value)}／${v.max} ${indicator.unit}`;
  return `${formatNumber(v.value)} ${v.unit}${v.period ? `（${v.period}）` : ''}`;
}

/** The value shown for each organisation and year: the report's, else the plan's. */
function valuesByBranchYear(values: readonly IndicatorValue[]): Map<string, IndicatorValue> {
  const chosen = new Map<string, IndicatorValue>();
  for (const v of values) {
    const key = `${v.document.branch.id}/${v.document.year.roc}`;
    const earlier = chosen.get(key);
    if (!earlier || (earlier.document.kind === 'plan' && v.document.kind === 'report')) chosen.set(key, v);
  }
  return chosen;
}

export function indicatorChart(input: CatalogInput, indicator: IndicatorDefinition): Chart {
  const { index, extraction } = input;
  const values = extraction.values.filter((v) => v.indicator === indicator.id);
  const counted = indicator.from === 'scores' ? values.filter((v) => v.series === TOTAL_SERIES) : values;
  const unresolved = extraction.report.filter((a) => a.indicator === indicator.id && a.reason !== 'repeated');
  const years = corpusYears(index);
  const chosen = valuesByBranchYear(counted);
  const organisations = index.branches.filter((b) => b.documents.length > 0);

  const panels: SeriesPanel[] = organisations.map((b) => ({
    key: b.branch.id,
    label: b.branch.name,
    series: branchSeries(b.branch.id),
    points: years
      .map((roc) => chosen.get(`${b.branch.id}/${roc}`))
      .filter((v): v is IndicatorValue => v !== undefined)
      .map(
        (v): SeriesPoint => ({
          year: v.document.year.roc,
          value: v.value,
          valueText: valueText(indicator, v),
          period: v.period,
          title: `${documentLongLabel(v.document)}：${valueText(indicator, v)}｜${v.quote}`,
          document: v.document.id,
        }),
      ),
  }));

  /** Organisation × year cells: a value, an undecided figure, a document without one, or no document. */
  const rows: TableRow[] = organisations.map((b) => ({
    key: b.branch.id,
    data: { branch: b.branch.id },
    cells: [
      { text: b.branch.name, href: b.path, header: true },
      ...years.map((roc): TableCell => {
        const v = chosen.get(`${b.branch.id}/${roc}`);
        if (v) return { text: `${formatNumber(v.value)}${v.period ? timeText.partialMark : ''}`, numeric: true, href: v.path };
        if (unresolved.some((a) => a.document.branch.id === b.branch.id && a.document.year.roc === roc)) {
          return { text: timeText.ambiguousMark, numeric: true, missing: true };
        }
        return { text: b.documents.some((d) => d.year.roc === roc) ? timeText.noValueMark : '', numeric: true, missing: true };
      }),
    ],
  }));

  const shown = [...chosen.values()];
  const partial = shown.filter((v) => v.period).length;
  const valuedOrganisations = panels.filter((p) => p.points.length > 0).length;
  const caption = [
    chartText.indicatorCaption(indicator.label, indicator.unit, indicator.description),
    timeText.seriesSummary(shown.length, valuedOrganisations, organisations.length),
    partial > 0 ? timeText.partialSummary(partial, shown.length) : '',
    unresolved.length > 0 ? timeText.ambiguousSummary(new Set(unresolved.map((a) => a.document.id)).size) : '',
    timeText.tableMarks,
  ].join('');

  const id = `indicator-${indicator.id}`;
  const title = `${indicator.label}（${indicator.unit}）`;
  const desc =
    shown.length === 0
      ? `${title}：${indicator.from === 'scores' ? chartText.noScoresTables : chartText.noResultsOnPractice}`
      : `${title}：${panels
          .map((p) => (p.points.length === 0 ? `${p.label} ${timeText.noValues}` : `${p.label} ${timeText.panelRange(p.points.length, p.points[0].year, p.points.at(-1)!.year, p.points.at(-1)!.valueText)}`))
          .join('；')}。`;
  const yMax = indicator.from === 'scores' ? Math.max(0, ...counted.map((v) => v.max ?? 0)) || undefined : undefined;
  const spec = { id, title, years, panels, yMax };
  return {
    id,
    kind: 'indicator',
    title,
    caption,
    desc,
    wide: true,
    sources: [
      { text: indicator.from === 'scores' ? chartText.scoresIndicatorSource : timeText.rowsIndicatorSource },
      { text: chartText.indicatorsJsonDownload, href: paths.dataFile('indicators.json') },
    ],
    svg: () => timeSeriesChart({ ...spec, desc }, 2),
    panels: () => seriesPanels(spec, PANEL_WIDTH),
    table: {
      caption: timeText.seriesTableCaption(indicator.label, indicator.unit),
      columns: [{ label: timeText.organisation }, ...yearColumns(years)],
      rows,
    },
    csv: { columns: CSV_COLUMNS, rows: values.map((v) => csvRow(indicator, v)) },
  };
}
