/**
 * Every chart the site shows, computed once from the SiteIndex and the indicator extraction. Pages
 * and download endpoints only pick charts from here, so a chart on a page, its table, its SVG file
 * and its CSV file can never disagree. One module per kind builds them:
 *  - coverage-chart.ts   practices × years (documents mentioning each practice)
 *  - indicator-chart.ts  each indicator over time, one panel per organisation
 *  - practice-chart.ts   each practice over time, organisations × years
 *  - branch-practices-chart.ts  one organisation's practices over its years
 *  - scores-chart.ts     a document's self-assessment scores
 *  - profile-chart.ts    a document's rows and text per dimension
 */
import type { IndicatorDefinition } from '../indicators/definitions.ts';
import type { CatalogInput, Chart } from './chart.ts';
import { branchPracticesChart } from './branch-practices-chart.ts';
import { coverageChart } from './coverage-chart.ts';
import { indicatorChart } from './indicator-chart.ts';
import { practiceChart } from './practice-chart.ts';
import { profileChartOf } from './profile-chart.ts';
import { scoresChart } from './scores-chart.ts';

export type { CatalogInput, Chart, ChartKind, ChartTable, SourceNote, TableCell, TableRow } from './chart.ts';
export { documentShortLabel } from './chart-labels.ts';

export interface ChartCatalog {
  charts: Chart[];
  byId: ReadonlyMap<string, Chart>;
  coverage: Chart;
  indicator(indicatorId: string): Chart;
  practice(practiceId: string): Chart;
  /** An organisation's practices over its years (null while it has no documents). */
  branchPractices(branchId: string): Chart | null;
  scores(documentId: string): Chart | null;
  profile(documentId: string): Chart;
  /** Indicators defined over a practice's rows. */
  indicatorsOfPractice(practiceId: string): IndicatorDefinition[];
}

export function buildChartCatalog(input: CatalogInput): ChartCatalog {
  const coverage = coverageChart(input);
  const indicators = input.indicators.map((indicator) => indicatorChart(input, indicator));
  const practices = input.index.practices.map((p) => practiceChart(input, p.practice.id));
  const scores = input.index.documents.map((view) => scoresChart(input, view)).filter((c): c is Chart => c !== null);
  const profiles = input.index.documents.map((view) => profileChartOf(input, view));
  const branchPractices = input.index.branches.filter((b) => b.documents.length > 0).map((b) => branchPracticesChart(input, b));
  const charts = [coverage, ...indicators, ...practices, ...branchPractices, ...scores, ...profiles];
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
    branchPractices: (branchId) => byId.get(`practices-of-${branchId}`) ?? null,
    scores: (documentId) => byId.get(`scores-${documentId}`) ?? null,
    profile: (documentId) => get(`profile-${documentId}`),
    indicatorsOfPractice: (practiceId) => input.indicators.filter((i) => i.from === 'rows' && i.practice === practiceId),
  };
}
