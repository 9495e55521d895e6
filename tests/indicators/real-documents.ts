/**
 * The five real sources, ingested in memory (no dependence on content/generated), and the site index
 * built from them: the fixture every indicator and chart test runs on.
 */
import { resolve } from 'node:path';
import type { Document } from '../../src/model/schema.ts';
import { loadReference, type Reference } from '../../src/model/reference.ts';
import { buildAll, listSources, loadSources } from '../../src/ingest/run.ts';
import { buildSiteIndex, type SiteIndex } from '../../src/lib/site.ts';
import { buildLineage } from '../../src/lineage/build.ts';
import { sourceLines } from '../../src/lib/sources.ts';
import { loadIndicatorDefinitions, type IndicatorDefinition } from '../../src/indicators/definitions.ts';
import { extractIndicators, type Extraction } from '../../src/indicators/extract.ts';
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

export function realData(): RealData {
  if (cached) return cached;
  const reference = loadReference(ROOT);
  const documents = buildAll(loadSources(ROOT, listSources(resolve(ROOT, 'content/sources')), reference), reference);
  const index = buildSiteIndex({
    documents,
    branches: reference.branches,
    frameworks: reference.frameworks,
    practices: reference.practices,
    crosswalk: reference.crosswalk,
    lineage: buildLineage(documents),
  });
  const indicators = loadIndicatorDefinitions(ROOT, new Set(reference.practices.map((p) => p.id)));
  // sourceLines reads relative to the working directory, as the build does.
  const previous = process.cwd();
  process.chdir(ROOT);
  try {
    const extraction = extractIndicators({ documents, indicators, sourceLines: (d) => sourceLines(d) });
    cached = { reference, documents, index, indicators, extraction, charts: buildChartCatalog({ index, indicators, extraction }) };
  } finally {
    process.chdir(previous);
  }
  return cached;
}
