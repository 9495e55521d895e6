/** Share image of each document (and its row pages): /og/documents/<document-id>.png. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { siteIndex } from '../../../lib/data.ts';
import { cardResponse } from '../../../og/load.ts';
import { paths } from '../../../lib/urls.ts';

export const getStaticPaths = (async () => (await siteIndex()).documents.map((d) => ({ params: { document: d.document.id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => cardResponse(paths.ogDocument(params.document ?? ''));
