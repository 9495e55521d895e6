/** Every chart as a stand-alone SVG file, its stylesheet embedded: /compare/charts/<chart-id>.svg. */
import type { APIRoute, GetStaticPaths } from 'astro';
import chartsCss from '../../../components/charts/charts.css?raw';
import { chartDownload, chartDownloadPaths } from '../../../indicators/load.ts';
import { standaloneSvg } from '../../../charts/svg.ts';

export const getStaticPaths = chartDownloadPaths satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) =>
  chartDownload(params.chart, 'image/svg+xml; charset=utf-8', (chart) => standaloneSvg(chart.svg(), chartsCss));
