import type { APIRoute } from 'astro';
import { siteIndex } from '../../lib/data.ts';
import { strategiesCsv, strategiesExport } from '../../lib/exports.ts';

export const GET: APIRoute = async ({ site }) => {
  const rows = strategiesExport(await siteIndex(), { site: site!.origin, base: import.meta.env.BASE_URL });
  return new Response(strategiesCsv(rows), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
