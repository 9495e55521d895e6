/** Every chart's data as CSV (UTF-8 with BOM): /compare/charts/<chart-id>.csv. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { indicatorBuild } from '../../../indicators/load.ts';
import { toCsv } from '../../../charts/csv.ts';

export const getStaticPaths = (async () => {
  const { charts } = await indicatorBuild();
  return charts.charts.map((chart) => ({ params: { chart: chart.id } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const { charts } = await indicatorBuild();
  const chart = charts.byId.get(params.chart ?? '');
  if (!chart) return new Response('no such chart', { status: 404 });
  return new Response(toCsv(chart.csv.columns, chart.csv.rows), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
