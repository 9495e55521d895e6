/**
 * The five real sources, ingested in memory (no dependence on content/generated), and the site index
 * built from them: the fixture every indicator and chart test runs on.
 */
import { resolve } from 'node:path';
import type { Document } from '../../src/model/schema.ts';
import type { Reference } from '../../src/model/reference.ts';
import { ingestFiles, listSources, loadCurated } from '../../src/ingest/run.ts';
import { buildSiteIndex, type SiteIndex } from '../../src/lib/site.ts';
import type { IndicatorDefinition } from '../../src/indicators/definitions.ts';
import type { Extraction } from '../../src/indicators/extract.ts';
import { extractionOf } from '../../src/indicators/data.ts';
import { buildChartCatalog, type ChartCatalog } from '../../src/charts/catalog.ts';

export const ROOT = resolve(import.meta.dirname, '../..');

export interface RealData {
  reference: Reference;
  documents: Document[];
  index: SiteIndex;
  indicators: IndicatorDefinition[];
  extraction: Extraction;
  charts: ChartCatalog;
}

let cached: RealData | undefined;

/** What `npm run ingest` computes for the five sources, indicator extraction included, without writing it. */
export function realData(): RealData {
  if (cached) return cached;
  const curated = loadCurated(ROOT);
  const output = ingestFiles(ROOT, listSources(resolve(ROOT, 'content/sources')), curated);
  const { reference } = curated;
  const documents = [...output.documents];
  const index = buildSiteIndex({ documents, ...reference, lineage: output.lineage });
  const indicators = output.indicators.definitions;
  const extraction = extractionOf(output.indicators);
  cached = { reference, documents, index, indicators, extraction, charts: buildChartCatalog({ index, indicators, extraction }) };
  return cached;
}
