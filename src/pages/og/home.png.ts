/** Share image of the home page: /og/home.png. */
import type { APIRoute } from 'astro';
import { cardResponse } from '../../og/load.ts';
import { paths } from '../../lib/urls.ts';

export const GET: APIRoute = () => cardResponse(paths.ogHome());
