import type { APIRoute } from 'astro';
import { jsonSchema, StrategiesExport } from '../../lib/exports.ts';
import { canonical, paths } from '../../lib/urls.ts';

export const GET: APIRoute = () =>
  new Response(`${JSON.stringify(jsonSchema(StrategiesExport, canonical(paths.dataFile('strategies.schema.json')), 'strategies.json'), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/schema+json; charset=utf-8' },
  });
