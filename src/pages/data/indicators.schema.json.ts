import type { APIRoute } from 'astro';
import { IndicatorsExport } from '../../indicators/export.ts';
import { jsonSchema } from '../../lib/exports.ts';
import { canonical, paths } from '../../lib/urls.ts';

export const GET: APIRoute = () =>
  new Response(`${JSON.stringify(jsonSchema(IndicatorsExport, canonical(paths.dataFile('indicators.schema.json')), 'indicators.json'), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/schema+json; charset=utf-8' },
  });
