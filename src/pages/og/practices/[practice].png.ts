/** Share image of each practice: /og/practices/<practice>.png. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { siteIndex } from '../../../lib/data.ts';
import { cardResponse } from '../../../og/load.ts';
import { paths } from '../../../lib/urls.ts';

export const getStaticPaths = (async () => (await siteIndex()).practices.map((p) => ({ params: { practice: p.practice.id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => cardResponse(paths.ogPractice(params.practice ?? ''));
