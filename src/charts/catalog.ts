/**
 * Every chart the site shows, computed once from the SiteIndex and the indicator extraction: its
 * SVG (a pure function of width), caption, source note, the data table beside it and its CSV.
 * Pages and download endpoints only pick charts from here, so a chart on a page, its table, its
 * SVG file and its CSV file can never disagree.
 *
 * Charts: the coverage matrix (practices × documents), one bar chart per indicator, one per
 * practice (rows per document), and per document its self-assessment scores and its profile.
 */
import { BranchId, type Document } from '../model/schema.ts';
import type { DocumentView, SiteIndex } from '../lib/site.ts';
import { paths } from '../lib/urls.ts';
import { chineseNumeral, rocYear } from '../lib/format.ts';
import { chartText, kindLabel, ui } from '../lib/i18n.ts';
import type { IndicatorDefinition } from '../indicators/definitions.ts';
import type { Extraction, IndicatorValue } from '../indicators/extract.ts';
import { barChart, formatNumber, type BarDatum } from './bars.ts';
import { matrixChart } from './matrix.ts';
import { branchSeries as seriesOf } from './palette.ts';
import { profileChart } from './profile.ts';
import { scoreChart, scoreText, type ScoreDatum } from './scores.ts';
import type { CsvValue } from './csv.ts';

export type ChartKind = 'coverage' | 'indicator' | 'practice' | 'scores' | 'profile';

export interface TableCell {
  text: string;
  /** Site path the cell links to. */
  href?: string | null;
  /** Right-aligned number. */
  numeric?: boolean;
  /** Text quoted from a report: shown as a quotation. */
  quote?: boolean;
  /** Row header (th scope=row). */
  header?: boolean;
  /** Muted: says that a value is missing rather than giving one. */
  missing?: boolean;
}

export interface TableRow {
  key: string;
  cells: TableCell[];
  /** data-* attributes for the compare island (branch, year). */
  data?: Record<string, string>;
}

export interface ChartTable {
  caption: string;
  columns: { label: string; numeric?: boolean }[];
  rows: TableRow[];
}

export interface SourceNote {
  text: string;
  href?: string;
}

export interface Chart {
  /** Unique, URL-safe: prefixes the SVG's element ids and names the downloads. */
  id: string;
  kind: ChartKind;
  title: string;
  /** Shown under the chart: what it shows and how to read it. */
  caption: string;
  /** The SVG's <desc>: the data in words for screen readers. */
  desc: string;
  sources: SourceNote[];
  svg(width?: number): string;
  table: ChartTable;
  csv: { columns: string[]; rows: CsvValue[][] };
  /** For the compare island: the bars, to redraw a filtered chart with the same function. */
  bars?: BarDatum[];
  /** The document a per-document chart shows (branch, year …), for the compare island's filter. */
  scope?: Record<string, string>;
}

export interface ChartCatalog {
  charts: Chart[];
  byId: ReadonlyMap<string, Chart>;
  coverage: Chart;
  indicator(indicatorId: string): Chart;
  practice(practiceId: string): Chart;
  scores(documentId: string): Chart | null;
  profile(documentId: string): Chart;
  /** Indicators defined over a practice's rows. */
  indicatorsOfPractice(practiceId: string): IndicatorDefinition[];
}

export interface CatalogInput {
  index: SiteIndex;
  indicators: readonly IndicatorDefinition[];
  extraction: Extraction;
}

const KIND_SHORT = { plan: chartText.planShort, report: chartText.reportShort } as const;

/** A branch's colour series: fixed by its place in the BranchId enum, so it is the same in every chart. */
function branchSeries(branchId: string): number {
  return seriesOf(BranchId.options, branchId);
}

function shortName(index: SiteIndex, doc: Document): string {
  return index.branchById.get(doc.branch.id)?.branch.shortName ?? doc.branch.name;
}

/** "基隆 102 成果": compact label for bars and matrix columns. */
export function documentShortLabel(index: SiteIndex, doc: Document): string {
  return `${shortName(index, doc)} ${doc.year.roc} ${KIND_SHORT[doc.kind]}`;
}

/** "基隆分局 民國102年（2013）執行績效與成果". */
function documentLongLabel(doc: Document): string {
  return `${doc.branch.name} ${rocYear(doc.year)} ${kindLabel(doc.kind)}`;
}

function branchYearData(doc: Document): Record<string, string> {
  return { branch: doc.branch.id, year: String(doc.year.roc), document: doc.id };
}

function valueText(value: number, unit: string, period: string | null): string {
  return `${formatNumber(value)} ${unit}${period ? `（${period}）` : ''}`;
}

const MISSING_TEXT = chartText.missingValue;
const AMBIGUOUS_TEXT = chartText.ambiguousValue;
/** The series extract.ts gives a score table's total: a data key (also in indicators.json), not UI text. */
const TOTAL_SERIES = '總分';

// ── Indicators ────────────────────────────────────────────────────────────────────────────────

function indicatorChart(input: CatalogInput, indicator: IndicatorDefinition): Chart {
  const { index, extraction } = input;
  const values = extraction.values.filter((v) => v.indicator === indicator.id);
  const unresolved = extraction.report.filter((a) => a.indicator === indicator.id && a.reason !== 'repeated');
  // Score tables: one bar per document, its total; the per-dimension scores are in the table.
  const counted = indicator.from === 'scores' ? values.filter((v) => v.series === TOTAL_SERIES) : values;
  const documents = index.documents.filter((view) => {
    const doc = view.document;
    if (values.some((v) => v.document.id === doc.id) || unresolved.some((a) => a.document.id === doc.id)) return true;
    if (indicator.from === 'scores') return false;
    return view.rows.some((r) => r.row.results.trim() !== '' && r.row.practices.some((p) => p.id === indicator.practice));
  });

  const bars: BarDatum[] = documents.map(({ document: doc }) => {
    const value = counted.find((v) => v.document.id === doc.id);
    const ambiguous = unresolved.some((a) => a.document.id === doc.id);
    const label = documentShortLabel(index, doc);
    const text = value
      ? indicator.from === 'scores'
        ? `${formatNumber(value.value)}／${value.max} ${indicator.unit}`
        : valueText(value.value, value.unit, value.period)
      : ambiguous
        ? AMBIGUOUS_TEXT
        : MISSING_TEXT;
    return {
      key: doc.id,
      label,
      series: branchSeries(doc.branch.id),
      value: value?.value ?? null,
      valueText: text,
      period: value?.period ?? null,
      title: `${documentLongLabel(doc)}：${text}`,
      data: branchYearData(doc),
    };
  });

  const partial = counted.filter((v) => v.period);
  const caption =
    chartText.indicatorCaption(indicator.label, indicator.unit, indicator.description) +
    (partial.length > 0
      ? chartText.partialPeriods(
          partial.map((v) => chartText.partialPeriodItem(documentShortLabel(index, index.documentById.get(v.document.id)!.document), v.period!)).join('、'),
        )
      : '') +
    (bars.some((b) => b.valueText === MISSING_TEXT) ? chartText.missingValueNote(MISSING_TEXT) : '') +
    (bars.some((b) => b.valueText === AMBIGUOUS_TEXT) ? chartText.ambiguousValueNote(AMBIGUOUS_TEXT) : '');

  const tableValues = indicator.from === 'scores' ? values : counted;
  const rows: TableRow[] = documents.flatMap(({ document: doc }) => {
    const own = tableValues.filter((v) => v.document.id === doc.id);
    const ambiguous = unresolved.some((a) => a.document.id === doc.id);
    const docCell: TableCell = { text: documentShortLabel(index, doc), href: paths.document(doc), header: true };
    if (own.length === 0) {
      return [
        {
          key: doc.id,
          data: branchYearData(doc),
          cells: [docCell, { text: ambiguous ? AMBIGUOUS_TEXT : MISSING_TEXT, missing: true }, { text: '' }, { text: '' }, { text: '' }],
        },
      ];
    }
    return own.map((v) => ({
      key: `${doc.id}-${v.series ?? 'value'}`,
      data: branchYearData(doc),
      cells: [
        docCell,
        { text: v.series ? `${v.series} ${v.value}／${v.max}` : formatNumber(v.value) + ` ${v.unit}`, numeric: true },
        { text: v.period ?? chartText.wholeYear },
        { text: v.quote, quote: true },
        { text: v.rowId ? `${v.rowId}` : chartText.sourceLine(v.sourceLines[0]), href: v.path },
      ],
    }));
  });

  const emptyText = indicator.from === 'scores' ? chartText.noScoresTables : chartText.noResultsOnPractice;
  if (rows.length === 0) rows.push({ key: 'none', cells: [{ text: '—', header: true }, { text: emptyText, missing: true }, { text: '' }, { text: '' }, { text: '' }] });
  const csvRows = tableValues.map((v) => indicatorCsvRow(indicator, v));
  const id = `indicator-${indicator.id}`;
  const title = `${indicator.label}（${indicator.unit}）`;
  const desc = bars.length === 0 ? `${title}：${emptyText}` : `${title}：${bars.map((b) => `${b.label} ${b.valueText}`).join('；')}。`;
  return {
    id,
    kind: 'indicator',
    title,
    caption,
    desc,
    sources: [
      {
        text:
          indicator.from === 'scores'
            ? chartText.scoresIndicatorSource
            : chartText.rowsIndicatorSource,
      },
      { text: chartText.indicatorsJsonDownload, href: paths.dataFile('indicators.json') },
    ],
    svg: (width = 360) => barChart({ id, title, desc, bars, emptyText }, width),
    table: {
      caption: chartText.valuesAndQuotes(indicator.label),
      columns: [
        { label: ui.document },
        { label: chartText.valueColumn, numeric: true },
        { label: chartText.periodColumn },
        { label: chartText.quoteColumn },
        { label: chartText.sourceRowColumn },
      ],
      rows,
    },
    csv: { columns: INDICATOR_CHART_CSV_COLUMNS, rows: csvRows },
    bars,
  };
}

const INDICATOR_CHART_CSV_COLUMNS = ['indicator', 'indicator_label', 'branch_id', 'branch_name', 'year_roc', 'document_id', 'series', 'value', 'unit', 'max', 'period', 'quote', 'permalink'];

function indicatorCsvRow(indicator: IndicatorDefinition, v: IndicatorValue): CsvValue[] {
  return [indicator.id, indicator.label, v.document.branch.id, v.document.branch.name, v.document.year.roc, v.document.id, v.series, v.value, v.unit, v.max, v.period, v.quote, v.path];
}

// ── Practices ─────────────────────────────────────────────────────────────────────────────────

function practiceRowsHref(practiceId: string, view: DocumentView, rowPaths: string[]): string | null {
  if (rowPaths.length === 0) return null;
  return rowPaths.length === 1 ? rowPaths[0] : paths.practiceForDocument(practiceId, view.document.id);
}

function practiceChart(input: CatalogInput, practiceId: string): Chart {
  const { index } = input;
  const practice = index.practiceById.get(practiceId);
  if (!practice) throw new Error(`unknown practice ${practiceId}`);
  const label = practice.practice.label;
  const entries = index.documents.map((view) => {
    const rows = view.rows.filter((r) => r.practices.some((p) => p.id === practiceId));
    return { view, rows };
  });
  const bars: BarDatum[] = entries.map(({ view, rows }) => ({
    key: view.document.id,
    label: documentShortLabel(index, view.document),
    series: branchSeries(view.document.branch.id),
    value: rows.length > 0 ? rows.length : null,
    valueText: rows.length > 0 ? chartText.rowsCount(rows.length) : chartText.notMentioned,
    period: null,
    title: `${documentLongLabel(view.document)}：${rows.length > 0 ? chartText.rowsCount(rows.length) : chartText.notMentioned}`,
    data: branchYearData(view.document),
  }));
  const id = `practice-${practiceId}`;
  const title = chartText.practiceChartTitle(label);
  const desc = `${title}：${bars.map((b) => `${b.label} ${b.valueText}`).join('；')}。`;
  return {
    id,
    kind: 'practice',
    title,
    caption: chartText.practiceChartCaption(label, chartText.notMentioned),
    desc,
    sources: [{ text: chartText.crosswalkSource }],
    svg: (width = 360) => barChart({ id, title, desc, bars }, width),
    table: {
      caption: title,
      columns: [{ label: ui.document }, { label: ui.rowCount, numeric: true }, { label: ui.rows }],
      rows: entries.map(({ view, rows }) => ({
        key: view.document.id,
        data: branchYearData(view.document),
        cells: [
          { text: documentShortLabel(index, view.document), href: view.path, header: true },
          { text: rows.length > 0 ? String(rows.length) : chartText.notMentioned, numeric: rows.length > 0, missing: rows.length === 0 },
          { text: rows.map((r) => r.row.id).join('、'), href: practiceRowsHref(practiceId, view, rows.map((r) => r.path)) },
        ],
      })),
    },
    csv: {
      columns: ['practice', 'practice_label', 'document_id', 'branch_id', 'year_roc', 'rows', 'row_ids'],
      rows: entries.map(({ view, rows }) => [practiceId, label, view.document.id, view.document.branch.id, view.document.year.roc, rows.length, rows.map((r) => r.row.id).join(' ')]),
    },
    bars,
  };
}

// ── Coverage matrix ───────────────────────────────────────────────────────────────────────────

function coverageChart(input: CatalogInput): Chart {
  const { index } = input;
  const documents = index.documents;
  const practices = index.practices;
  const counts = practices.map((p) => documents.map((d) => d.rows.filter((r) => r.practices.some((x) => x.id === p.practice.id)).length));
  const id = 'coverage';
  const title = ui.coverageHeading;
  const spec = {
    id,
    title,
    desc: `${chartText.coverageDesc(practices.length, documents.length)}${practices
      .map((p, r) => {
        const none = documents.filter((_, c) => counts[r][c] === 0).map((d) => documentShortLabel(index, d.document));
        return `${p.practice.label}：${none.length === 0 ? chartText.inEveryDocument : chartText.notMentionedBy(none.join('、'))}`;
      })
      .join('；')}。`,
    columns: documents.map((d) => ({
      key: d.document.id,
      lines: [shortName(index, d.document), String(d.document.year.roc), KIND_SHORT[d.document.kind]],
      title: documentLongLabel(d.document),
    })),
    rows: practices.map((p) => ({ key: p.practice.id, label: p.practice.label, title: `${p.practice.label}（${p.practice.en}）` })),
    counts,
  };
  return {
    id,
    kind: 'coverage',
    title,
    caption: chartText.coverageCaption,
    desc: spec.desc,
    sources: [{ text: chartText.crosswalkSource }],
    svg: (width = 360) => matrixChart(spec, width),
    table: {
      caption: `${title}（${ui.rowCount}）`,
      columns: [{ label: ui.practice }, ...documents.map((d) => ({ label: documentShortLabel(index, d.document), numeric: true }))],
      rows: practices.map((p, r) => ({
        key: p.practice.id,
        cells: [
          { text: p.practice.label, href: p.path, header: true },
          ...documents.map((d, c): TableCell => {
            const rowPaths = d.rows.filter((row) => row.practices.some((x) => x.id === p.practice.id)).map((row) => row.path);
            return counts[r][c] > 0
              ? { text: String(counts[r][c]), numeric: true, href: practiceRowsHref(p.practice.id, d, rowPaths) }
              : { text: chartText.notMentioned, missing: true };
          }),
        ],
      })),
    },
    csv: {
      columns: ['practice', 'practice_label', ...documents.map((d) => d.document.id)],
      rows: practices.map((p, r) => [p.practice.id, p.practice.label, ...counts[r]]),
    },
  };
}

// ── Documents: scores and profile ─────────────────────────────────────────────────────────────

function scoresChart(input: CatalogInput, view: DocumentView): Chart | null {
  const doc = view.document;
  const scores = doc.scores;
  if (!scores) return null;
  const quoted = input.extraction.values.filter((v) => v.document.id === doc.id && v.field === 'scores');
  const sourcePath = quoted[0]?.path ?? paths.documentSource(doc, scores.source.lines[0]);
  const items: ScoreDatum[] = [
    ...scores.items.map((i) => ({ label: i.dimension, score: i.score, max: i.max })),
    { label: ui.total, score: scores.total, max: scores.max, total: true },
  ];
  const id = `scores-${doc.id}`;
  const title = chartText.scoresTitle(documentShortLabel(input.index, doc));
  const desc = chartText.scoresDesc(title, scores.grade, items.map((i) => `${i.label} ${scoreText(i)}`).join('；'));
  return {
    id,
    kind: 'scores',
    scope: branchYearData(doc),
    title,
    caption: chartText.scoresCaption(scores.total, scores.max, scores.grade, scores.assessedOnText),
    desc,
    sources: [{ text: chartText.scoresSource(documentLongLabel(doc), scores.source.lines[0], scores.source.lines[1]), href: sourcePath }],
    svg: (width = 360) => scoreChart({ id, title, desc, items }, width),
    table: {
      caption: `${title}（${scores.max} ${ui.points}）`,
      columns: [
        { label: ui.dimension },
        { label: ui.score, numeric: true },
        { label: ui.maxPoints, numeric: true },
        { label: chartText.scoreRate, numeric: true },
      ],
      rows: items.map((i) => ({
        key: i.label,
        cells: [
          { text: i.label, header: true },
          { text: String(i.score), numeric: true, href: sourcePath },
          { text: String(i.max), numeric: true },
          { text: `${((i.score / i.max) * 100).toFixed(1)}%`, numeric: true },
        ],
      })),
    },
    csv: {
      columns: ['document_id', 'dimension', 'score', 'max', 'grade', 'assessed_on', 'source_line'],
      rows: items.map((i) => [doc.id, i.label, i.score, i.max, scores.grade, scores.assessedOnText, quoted[0]?.sourceLines[0] ?? scores.source.lines[0]]),
    },
  };
}

/** Characters of a text without whitespace, counted as code points. */
function visibleChars(text: string): number {
  return [...text.replace(/\s+/gu, '')].length;
}

function profileChartOf(input: CatalogInput, view: DocumentView): Chart {
  const doc = view.document;
  const numberOf = new Map(view.framework?.dimensions.map((d) => [d.id, d.number]) ?? []);
  const items = doc.dimensions.map((heading) => {
    const rows = view.rows.filter((r) => r.row.dimension.id === heading.dimension.id);
    const number = numberOf.get(heading.dimension.id);
    return {
      key: heading.dimension.id,
      label: `${number ? `${chineseNumeral(number)}、` : ''}${heading.dimension.label}`,
      rows: rows.length,
      chars: rows.reduce((sum, r) => sum + visibleChars(r.row.actions) + visibleChars(r.row.results), 0),
    };
  });
  const id = `profile-${doc.id}`;
  const title = chartText.profileTitle(documentShortLabel(input.index, doc));
  const desc = `${title}：${items.map((i) => chartText.profileItem(i.label, i.rows, formatNumber(i.chars))).join('；')}。`;
  const series = branchSeries(doc.branch.id);
  return {
    id,
    kind: 'profile',
    scope: branchYearData(doc),
    title,
    caption: chartText.profileCaption,
    desc,
    sources: [{ text: chartText.profileSource(documentLongLabel(doc)), href: view.path }],
    svg: (width = 360) => profileChart({ id, title, desc, series, items }, width),
    table: {
      caption: title,
      columns: [{ label: ui.dimension }, { label: ui.rowCount, numeric: true }, { label: chartText.charCount, numeric: true }],
      rows: items.map((i) => ({
        key: i.key,
        cells: [{ text: i.label, header: true }, { text: String(i.rows), numeric: true }, { text: formatNumber(i.chars), numeric: true }],
      })),
    },
    csv: {
      columns: ['document_id', 'dimension_id', 'dimension', 'rows', 'chars'],
      rows: items.map((i) => [doc.id, i.key, i.label, i.rows, i.chars]),
    },
  };
}

// ── The catalog ───────────────────────────────────────────────────────────────────────────────

export function buildChartCatalog(input: CatalogInput): ChartCatalog {
  const coverage = coverageChart(input);
  const indicators = input.indicators.map((indicator) => indicatorChart(input, indicator));
  const practices = input.index.practices.map((p) => practiceChart(input, p.practice.id));
  const scores = input.index.documents.map((view) => scoresChart(input, view)).filter((c): c is Chart => c !== null);
  const profiles = input.index.documents.map((view) => profileChartOf(input, view));
  const charts = [coverage, ...indicators, ...practices, ...scores, ...profiles];
  const byId = new Map<string, Chart>();
  for (const chart of charts) {
    if (byId.has(chart.id)) throw new Error(`duplicate chart id ${chart.id}`);
    byId.set(chart.id, chart);
  }
  const get = (id: string) => {
    const chart = byId.get(id);
    if (!chart) throw new Error(`no chart ${id}`);
    return chart;
  };
  return {
    charts,
    byId,
    coverage,
    indicator: (indicatorId) => get(`indicator-${indicatorId}`),
    practice: (practiceId) => get(`practice-${practiceId}`),
    scores: (documentId) => byId.get(`scores-${documentId}`) ?? null,
    profile: (documentId) => get(`profile-${documentId}`),
    indicatorsOfPractice: (practiceId) => input.indicators.filter((i) => i.from === 'rows' && i.practice === practiceId),
  };
}
