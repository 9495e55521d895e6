/**
 * An indicator over time: small multiples, one panel per organisation, x = ROC year, y = value,
 * and a table with the organisations as rows and the years as columns, each value linking to the
 * row (or score line) it was read from. One result per organisation and year: the report's where
 * there is one (it covers the year), else the plan's (plans may carry part-year results). Targets
 * (planned figures) stand beside them as hollow squares and in a 目標 row of the table under the
 * organisation's results: one per organisation and year, the plan's where it states one
 * (achievement.ts). Every value, result and target, plan and report, stays in the CSV with its sentence.
 */
import type { IndicatorDefinition } from '../indicators/definitions.ts';
import type { IndicatorValue } from '../indicators/extract.ts';
import { paths } from '../lib/urls.ts';
import { chartText, targetsText, timeText } from '../lib/i18n.ts';
import type { CatalogInput, Chart, TableCell, TableRow } from './chart.ts';
import { branchSeries, corpusYears, documentLongLabel, yearColumns } from './chart-labels.ts';
import { formatNumber } from './format.ts';
import { legendMarks, PANEL_WIDTH, seriesLegend, seriesPanels, timeSeriesChart, type SeriesPanel, type SeriesPoint } from './timeseries.ts';
import { targetsByBranchYear } from '../indicators/achievement.ts';
import type { CsvValue } from './csv.ts';

/** The series extract.ts gives a score table's total: a data key (also in indicators.json), not UI text. */
const TOTAL_SERIES = '總分';

const CSV_COLUMNS = ['indicator', 'indicator_label', 'branch_id', 'branch_name', 'year_roc', 'document_id', 'measure', 'series', 'value', 'unit', 'max', 'period', 'quote', 'permalink'];

function csvRow(indicator: IndicatorDefinition, v: IndicatorValue): CsvValue[] {
  return [indicator.id, indicator.label, v.document.branch.id, v.document.branch.name, v.document.year.roc, v.document.id, v.measure, v.series, v.value, v.unit, v.max, v.period, v.quote, v.path];
}

function valueText(indicator: IndicatorDefinition, v: IndicatorValue): string {
  if (indicator.from === 'scores') return `${formatNumber(v.value)}／${v.max} ${indicator.unit}`;
  return `${formatNumber(v.value)} ${v.unit}${v.period ? `（${v.period}）` : ''}`;
}

/** The result shown for each organisation and year: the report's, else the plan's. */
function resultsByBranchYear(values: readonly IndicatorValue[]): Map<string, IndicatorValue> {
  const chosen = new Map<string, IndicatorValue>();
  for (const v of values) {
    if (v.measure !== 'result') continue;
    const key = `${v.document.branch.id}/${v.document.year.roc}`;
    const earlier = chosen.get(key);
    if (!earlier || (earlier.document.kind === 'plan' && v.document.kind === 'report')) chosen.set(key, v);
  }
  return chosen;
}

function seriesPoint(indicator: IndicatorDefinition, v: IndicatorValue): SeriesPoint {
  const text = valueText(indicator, v);
  return {
    year: v.document.year.roc,
    value: v.value,
    valueText: text,
    period: v.period,
    title: v.measure === 'target' ? `${targetsText.targetTitle(documentLongLabel(v.document), text)}｜${v.quote}` : `${documentLongLabel(v.document)}：${text}｜${v.quote}`,
    document: v.document.id,
  };
}

export function indicatorChart(input: CatalogInput, indicator: IndicatorDefinition): Chart {
  const { index, extraction } = input;
  const values = extraction.values.filter((v) => v.indicator === indicator.id);
  const counted = indicator.from === 'scores' ? values.filter((v) => v.series === TOTAL_SERIES) : values;
  const unresolved = extraction.report.filter((a) => a.indicator === indicator.id && a.reason !== 'repeated');
  const years = corpusYears(index);
  const chosen = resultsByBranchYear(counted);
  const chosenTargets = targetsByBranchYear(counted);
  const organisations = index.branches.filter((b) => b.documents.length > 0);
  const pick = (map: Map<string, IndicatorValue>, branch: string) =>
    years.map((roc) => map.get(`${branch}/${roc}`)).filter((v): v is IndicatorValue => v !== undefined);

  const panels: SeriesPanel[] = organisations.map((b) => ({
    key: b.branch.id,
    label: b.branch.name,
    series: branchSeries(b.branch.id),
    points: pick(chosen, b.branch.id).map((v) => seriesPoint(indicator, v)),
    targets: pick(chosenTargets, b.branch.id).map((v) => seriesPoint(indicator, v)),
  }));

  /** Organisation × year cells of one measure: a value, an undecided figure, a document without one, or no document. */
  const cellsOf = (b: (typeof organisations)[number], map: Map<string, IndicatorValue>, measure: IndicatorValue['measure']): TableCell[] =>
    years.map((roc): TableCell => {
      const v = map.get(`${b.branch.id}/${roc}`);
      if (v) return { text: `${formatNumber(v.value)}${v.period ? timeText.partialMark : ''}`, numeric: true, href: v.path };
      if (unresolved.some((a) => a.measure === measure && a.document.branch.id === b.branch.id && a.document.year.roc === roc)) {
        return { text: timeText.ambiguousMark, numeric: true, missing: true };
      }
      return { text: b.documents.some((d) => d.year.roc === roc) ? timeText.noValueMark : '', numeric: true, missing: true };
    });
  const rows: TableRow[] = organisations.flatMap((b): TableRow[] => {
    const own: TableRow[] = [
      { key: b.branch.id, data: { branch: b.branch.id }, cells: [{ text: b.branch.name, href: b.path, header: true }, ...cellsOf(b, chosen, 'result')] },
    ];
    // A 目標 row only for an organisation with a target somewhere: the table stays one row per organisation otherwise.
    if (panels.find((p) => p.key === b.branch.id)!.targets.length > 0) {
      own.push({
        key: `${b.branch.id}-target`,
        data: { branch: b.branch.id },
        cells: [{ text: targetsText.targetRowHeader(b.branch.name), header: true }, ...cellsOf(b, chosenTargets, 'target')],
      });
    }
    return own;
  });

  const shown = [...chosen.values()];
  const targets = chosenTargets.size;
  const partial = shown.filter((v) => v.period).length;
  const valuedOrganisations = panels.filter((p) => p.points.length > 0).length;
  const caption = [
    chartText.indicatorCaption(indicator.label, indicator.unit, indicator.description),
    timeText.seriesSummary(shown.length, valuedOrganisations, organisations.length),
    targets > 0 ? targetsText.targetsSummary(targets) : '',
    partial > 0 ? timeText.partialSummary(partial, shown.length) : '',
    unresolved.length > 0 ? timeText.ambiguousSummary(new Set(unresolved.map((a) => a.document.id)).size) : '',
    timeText.tableMarks,
  ].join('');

  const id = `indicator-${indicator.id}`;
  const title = `${indicator.label}（${indicator.unit}）`;
  const desc =
    shown.length === 0 && targets === 0
      ? `${title}：${indicator.from === 'scores' ? chartText.noScoresTables : chartText.noResultsOnPractice}`
      : `${title}：${panels
          .map((p) => {
            const values = p.points.length === 0 ? `${p.label} ${timeText.noValues}` : `${p.label} ${timeText.panelRange(p.points.length, p.points[0].year, p.points.at(-1)!.year, p.points.at(-1)!.valueText)}`;
            return p.targets.length === 0 ? values : `${values}，${targetsText.targetsDesc(p.targets.map((t) => `${t.year} ${t.valueText}`).join('、')).replace(/。$/, '')}`;
          })
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
      ...(targets > 0 ? [{ text: targetsText.targetsSource }] : []),
      { text: chartText.indicatorsJsonDownload, href: paths.dataFile('indicators.json') },
    ],
    svg: () => timeSeriesChart({ ...spec, desc }, 2),
    panels: () => seriesPanels(spec, PANEL_WIDTH),
    legend: () => seriesLegend(`${id}-legend`, legendMarks(panels)),
    table: {
      caption: timeText.seriesTableCaption(indicator.label, indicator.unit),
      columns: [{ label: timeText.organisation }, ...yearColumns(years)],
      rows,
    },
    csv: { columns: CSV_COLUMNS, rows: values.map((v) => csvRow(indicator, v)) },
  };
}
