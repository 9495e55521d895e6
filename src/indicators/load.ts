/**
 * The build's indicator data and charts, computed once per build from the site's content: reads
 * indicators.yaml and (for score tables) the source lines, runs the extraction, builds the chart
 * catalog. The only part of src/indicators and src/charts that does I/O.
 */
import { loadReference } from '../model/reference.ts';
import { siteIndex } from '../lib/data.ts';
import { sourceLines } from '../lib/sources.ts';
import type { SiteIndex } from '../lib/site.ts';
import { buildChartCatalog, type ChartCatalog } from '../charts/catalog.ts';
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
