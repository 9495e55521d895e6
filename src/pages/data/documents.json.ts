import type { APIRoute } from 'astro';
import { siteIndex } from '../../lib/data.ts';
import { documentsExport } from '../../lib/exports.ts';

export const GET: APIRoute = async ({ site }) => {
  const documents = documentsExport(await siteIndex(), { site: site!.origin, base: import.meta.env.BASE_URL });
  return new Response(`${JSON.stringify(documents, null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
