/** /data/indicators.json: every indicator value with its exact source sentence and row permalink. */
import type { APIRoute } from 'astro';
import { indicatorBuild } from '../../indicators/load.ts';
import { indicatorsExport } from '../../indicators/export.ts';

export const GET: APIRoute = async ({ site }) => {
  const { extraction, indicators } = await indicatorBuild();
  const entries = indicatorsExport(extraction, indicators, { site: site!.origin, base: import.meta.env.BASE_URL });
  return new Response(`${JSON.stringify(entries, null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
