/** /data/indicators.csv: the same values as indicators.json, UTF-8 with BOM. */
import type { APIRoute } from 'astro';
import { indicatorBuild } from '../../indicators/load.ts';
import { indicatorsCsv, indicatorsExport } from '../../indicators/export.ts';

export const GET: APIRoute = async ({ site }) => {
  const { extraction, indicators } = await indicatorBuild();
  const entries = indicatorsExport(extraction, indicators, { site: site!.origin, base: import.meta.env.BASE_URL });
  return new Response(indicatorsCsv(entries), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
