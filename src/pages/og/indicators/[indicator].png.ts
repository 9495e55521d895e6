/** Share image of each indicator, with a small chart of its values: /og/indicators/<indicator>.png. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { indicatorBuild } from '../../../indicators/load.ts';
import { cardResponse } from '../../../og/load.ts';
import { paths } from '../../../lib/urls.ts';

export const getStaticPaths = (async () => (await indicatorBuild()).indicators.map((i) => ({ params: { indicator: i.id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => cardResponse(paths.ogIndicator(params.indicator ?? ''));
