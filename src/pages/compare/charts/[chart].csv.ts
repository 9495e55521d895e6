/** Every chart's data as CSV (UTF-8 with BOM): /compare/charts/<chart-id>.csv. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { chartDownload, chartDownloadPaths } from '../../../indicators/load.ts';
import { toCsv } from '../../../charts/csv.ts';

export const getStaticPaths = chartDownloadPaths satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) =>
  chartDownload(params.chart, 'text/csv; charset=utf-8', (chart) => toCsv(chart.csv.columns, chart.csv.rows));
