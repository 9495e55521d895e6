/**
 * URLs of the comparison pages and chart downloads, built the same way src/lib/urls.ts builds
 * every other site path (readable ASCII segments from source keys, never positions).
 */
import { paths } from '../lib/urls.ts';

function segment(value: string): string {
  if (!/^[a-z0-9][a-z0-9-]*$/.test(value)) throw new Error(`not a readable ASCII URL segment: ${JSON.stringify(value)}`);
  return value;
}

export const chartPaths = {
  /** The compare page; its state (branches, years, indicator or practice) lives in the query string. */
  compare: () => '/compare/',
  /** The compare page pre-filtered by query: the URL a shared view has. */
  compareQuery: (state: { branches?: readonly string[]; years?: readonly number[]; indicator?: string; practice?: string }) => {
    const query = new URLSearchParams();
    if (state.indicator) query.set('indicator', segment(state.indicator));
    if (state.practice) query.set('practice', segment(state.practice));
    for (const branch of state.branches ?? []) query.append('branch', segment(branch));
    for (const year of state.years ?? []) query.append('year', String(year));
    const text = query.toString();
    return `/compare/${text ? `?${text}` : ''}`;
  },
  /** One indicator across all branches and years, rendered without JavaScript. */
  indicator: (indicatorId: string) => `/compare/indicators/${segment(indicatorId)}/`,
  /** One practice across all documents, rendered without JavaScript. */
  practice: (practiceId: string) => `/compare/practices/${segment(practiceId)}/`,
  /** A chart as a stand-alone SVG file. */
  chartSvg: (chartId: string) => `/compare/charts/${segment(chartId)}.svg`,
  /** A chart's data as CSV (UTF-8 with BOM). */
  chartCsv: (chartId: string) => `/compare/charts/${segment(chartId)}.csv`,
  /** Every indicator value with its quote: /data/indicators.json and /data/indicators.csv. */
  indicatorsJson: () => paths.dataFile('indicators.json'),
  indicatorsCsv: () => paths.dataFile('indicators.csv'),
};
