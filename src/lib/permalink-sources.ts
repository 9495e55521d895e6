/**
 * What publishedPermalinks (src/lib/permalinks.ts) needs besides the site index, read from a
 * generated folder: the indicators, the charts (their embed pages) and the source texts' line counts
 * (their pages). For the snapshot script and the permalink tests.
 */
import { buildChartCatalog } from '../charts/catalog.ts';
import { extractionOf } from '../indicators/data.ts';
import { readGenerated, sourceLines } from './generated.ts';
import type { PermalinkSources } from './permalinks.ts';
import { buildSiteIndex } from './site.ts';

export function permalinkSourcesFromDir(dir: string): PermalinkSources {
  const generated = readGenerated(dir);
  const index = buildSiteIndex(generated);
  const indicators = generated.indicators.definitions;
  const charts = buildChartCatalog({ index, indicators, extraction: extractionOf(generated.indicators) });
  return {
    indicatorIds: indicators.map((indicator) => indicator.id),
    chartIds: charts.charts.map((chart) => chart.id),
    sourceLineCounts: Object.fromEntries(generated.documents.map((d) => [d.id, sourceLines(d, dir).length])),
  };
}
