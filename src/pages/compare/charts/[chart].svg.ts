/** Every chart as a stand-alone SVG file, its stylesheet embedded: /compare/charts/<chart-id>.svg. */
import type { APIRoute, GetStaticPaths } from 'astro';
import chartsCss from '../../../components/charts/charts.css?raw';
import { indicatorBuild } from '../../../indicators/load.ts';
import { standaloneSvg } from '../../../charts/svg.ts';

export const getStaticPaths = (async () => {
  const { charts } = await indicatorBuild();
  return charts.charts.map((chart) => ({ params: { chart: chart.id } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const { charts } = await indicatorBuild();
  const chart = charts.byId.get(params.chart ?? '');
  if (!chart) return new Response('no such chart', { status: 404 });
  return new Response(standaloneSvg(chart.svg(), chartsCss), { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });
};
