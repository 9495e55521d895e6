import type { APIRoute } from 'astro';
import { jsonSchema, DocumentsExport } from '../../lib/exports.ts';
import { canonical, paths } from '../../lib/urls.ts';

export const GET: APIRoute = () =>
  new Response(`${JSON.stringify(jsonSchema(DocumentsExport, canonical(paths.dataFile('documents.schema.json')), 'documents.json'), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/schema+json; charset=utf-8' },
  });
