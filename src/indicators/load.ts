/**
 * The build's indicator data and charts: the definitions and extraction the ingest wrote to the
 * generated folder (read through src/lib/generated.ts), and the chart catalog built from them
 * once per build.
 */
import { siteIndex } from '../lib/data.ts';
import { generated } from '../lib/generated.ts';
import type { SiteIndex } from '../lib/site.ts';
import { buildChartCatalog, type Chart, type ChartCatalog } from '../charts/catalog.ts';
import type { IndicatorDefinition } from './definitions.ts';
import type { Extraction } from './extract.ts';
import { extractionOf } from './data.ts';

export interface IndicatorBuild {
  index: SiteIndex;
  indicators: IndicatorDefinition[];
  extraction: Extraction;
  charts: ChartCatalog;
  /** Indicator id → how many documents give it a value (a result or a target). */
  documentsWithValue: ReadonlyMap<string, number>;
  /** How many documents have a figure the extraction did not count (its report). */
  documentsInReport: number;
}

function documentsPerIndicator(extraction: Extraction): Map<string, number> {
  const documents = new Map<string, Set<string>>();
  for (const value of extraction.values) {
    const set = documents.get(value.indicator) ?? new Set<string>();
    set.add(value.document.id);
    documents.set(value.indicator, set);
  }
  return new Map([...documents].map(([id, set]) => [id, set.size]));
}

let cached: Promise<IndicatorBuild> | undefined;

async function load(): Promise<IndicatorBuild> {
  const index = await siteIndex();
  const data = generated().indicators;
  const indicators = data.definitions;
  const extraction = extractionOf(data);
  return {
    index,
    indicators,
    extraction,
    charts: buildChartCatalog({ index, indicators, extraction }),
    documentsWithValue: documentsPerIndicator(extraction),
    documentsInReport: new Set(extraction.report.map((a) => a.document.id)).size,
  };
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
