/**
 * The build's indicator data and charts, computed once per build from the site's content: reads
 * indicators.yaml and (for score tables) the source lines, runs the extraction, builds the chart
 * catalog. The only part of src/indicators and src/charts that does I/O.
 */
import { loadReference } from '../model/reference.ts';
import { siteIndex } from '../lib/data.ts';
import { sourceLines } from '../lib/sources.ts';
import type { SiteIndex } from '../lib/site.ts';
import { buildChartCatalog, type Chart, type ChartCatalog } from '../charts/catalog.ts';
import { loadIndicatorDefinitions, type IndicatorDefinition } from './definitions.ts';
import { extractIndicators, type Extraction } from './extract.ts';

export interface IndicatorBuild {
  index: SiteIndex;
  indicators: IndicatorDefinition[];
  extraction: Extraction;
  charts: ChartCatalog;
}

let cached: Promise<IndicatorBuild> | undefined;

async function load(): Promise<IndicatorBuild> {
  const index = await siteIndex();
  // Indicators are checked against the curated practices (content/reference), not the built data's:
  // a site built from a fixture with fewer practices simply finds no rows for the others.
  const practiceIds = new Set(loadReference(process.cwd()).practices.map((p) => p.id));
  const indicators = loadIndicatorDefinitions(process.cwd(), practiceIds);
  const extraction = extractIndicators({
    documents: index.documents.map((d) => d.document),
    indicators,
    sourceLines: (document) => sourceLines(document),
  });
  return { index, indicators, extraction, charts: buildChartCatalog({ index, indicators, extraction }) };
}

export function indicatorBuild(): Promise<IndicatorBuild> {
  cached ??= load();
  return cached;
}

/** Static paths of the per-chart download routes (/compare/charts/<chart-id>.svg and .csv). */
export async function chartDownloadPaths(): Promise<{ params: { chart: string } }[]> {
  const { charts } = await indicatorBuild();
  return charts.charts.map((chart) => ({ params: { chart: chart.id } }));
}

/** A chart download's response: 404 for an unknown chart id, else `render(chart)` with its type. */
export async function chartDownload(chartId: string | undefined, type: string, render: (chart: Chart) => string): Promise<Response> {
  const { charts } = await indicatorBuild();
  const chart = charts.byId.get(chartId ?? '');
  if (!chart) return new Response('no such chart', { status: 404 });
  return new Response(render(chart), { headers: { 'Content-Type': type } });
}
