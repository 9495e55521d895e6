/**
 * npm run bench:series [-- --no-build --heights --lighthouse]
 *
 * Builds the full synthetic series (scripts/bench-corpus.ts `writeScale` full: HQ and six
 * branches × ROC 95–114 × plan and report, 280 documents) into .tmp/series/ — its own sources,
 * generated content and output, never content/ or dist/ — then prints, per page kind,
 * the heaviest page (HTML raw and gzip) and, with --heights, the height at 1280 px in Chromium of
 * the heaviest pages of each kind (scripts/bench-heights.ts heightTargets) and, with --lighthouse,
 * Lighthouse's four scores on the heaviest HTML page of each kind (with the load average: the
 * performance score depends on it). Budgets are printed, not asserted.
 */
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { writeScale } from './bench-corpus.ts';
import { coldBuildEnv, logPath, measure } from './bench-measure.ts';
import { builtPages, pageBudgets, ROOT, textTable } from './bench-site.ts';
import { heightSummary, heightTable, heightTargets, measureHeights } from './bench-heights.ts';
import { CATEGORIES, lighthouseAvailable, runLighthouse } from './bench-lighthouse.ts';
import { startServer } from './serve.ts';

const TSX = join(ROOT, 'node_modules/tsx/dist/cli.mjs');
/** The pages the issue's table measured, always measured by name besides the heaviest of each kind. */
export const NAMED_PAGES = [
  { kind: 'home', sitePath: '/' },
  { kind: 'compare', sitePath: '/compare/' },
  { kind: 'practice', sitePath: '/practices/innovation/' },
  { kind: 'practice', sitePath: '/practices/phone-courtesy/' },
  { kind: 'compare practice', sitePath: '/compare/practices/phone-courtesy/' },
  { kind: 'compare indicator', sitePath: '/compare/indicators/phone-courtesy-tests/' },
  { kind: 'dimension', sitePath: '/dimensions/gsp-2017/1/' },
  { kind: 'branch', sitePath: '/branches/keelung/' },
];

export const SERIES_DIR = resolve(ROOT, '.tmp/series');

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      'no-build': { type: 'boolean', default: false },
      heights: { type: 'boolean', default: false },
      lighthouse: { type: 'boolean', default: false },
    },
  });
  const outDir = join(SERIES_DIR, 'dist');
  const generatedDir = join(SERIES_DIR, 'generated');
  if (!values['no-build']) {
    const corpus = writeScale(ROOT, 'full', join(SERIES_DIR, 'sources'));
    const env = coldBuildEnv(SERIES_DIR, generatedDir, outDir);
    console.error(`series: ${corpus}; ingest…`);
    const ingest = await measure('ingest', process.execPath, [TSX, 'scripts/ingest.ts'], { cwd: ROOT, env, log: logPath(SERIES_DIR, 'ingest') });
    console.error('series: site build…');
    const site = await measure('site', process.execPath, [TSX, 'scripts/build-site.ts'], { cwd: ROOT, env, log: logPath(SERIES_DIR, 'build-site') });
    const pages = builtPages(outDir).length;
    const ms = ingest.wallMs + site.wallMs;
    console.log(`build: ${corpus}, ${pages} pages in ${(ms / 1000).toFixed(1)} s = ${(ms / pages).toFixed(1)} ms per page`);
  }
  const budgets = pageBudgets(outDir);
  console.log(budgets.table);
  if (values.heights) {
    const targets = heightTargets(outDir);
    console.error(`series: measuring ${targets.length} pages in Chromium…`);
    const heights = await measureHeights(outDir, targets);
    const summary = heightSummary(heights);
    console.log('\nNamed pages');
    console.log(heightTable(NAMED_PAGES.map((n) => heights.find((h) => h.sitePath === n.sitePath)!).filter(Boolean)));
    console.log(`\nTallest page of each kind (${heights.length} pages measured)`);
    console.log(heightTable(summary.tallest));
    console.log(`\npages over the height budget: ${summary.over.length}${summary.over.map((h) => `\n  ${h.sitePath} ${h.height} px`).join('')}`);
    console.log(`comparison pages whose headline is not on the first screen: ${summary.headlineMissing.length}${summary.headlineMissing.map((h) => `\n  ${h.sitePath} ${h.headlineTop ?? 'no headline'}`).join('')}`);
  }
  if (values.lighthouse) {
    const problem = lighthouseAvailable();
    if (problem) throw new Error(`Lighthouse: ${problem}`);
    const load = loadavg().map((l) => l.toFixed(2)).join(' ');
    const server = await startServer({ dir: outDir, port: 0, base: '/', quiet: true });
    const rows: string[][] = [];
    try {
      for (const kind of budgets.heaviest) {
        console.error(`series: lighthouse ${kind.kind} ${kind.sitePath}…`);
        const result = await runLighthouse(`${server.origin}${kind.sitePath}`, join(SERIES_DIR, 'lighthouse', `${kind.kind.replace(/\W+/g, '-')}.json`));
        rows.push([kind.kind, kind.sitePath, ...CATEGORIES.map((c) => String(result.scores[c])), String(result.metrics.tbt), result.lost.join('; ') || '-']);
      }
    } finally {
      await server.close();
    }
    console.log(`\nLighthouse (mobile profile, simulated throttling; heaviest HTML page of each kind; load average at start ${load})`);
    console.log(textTable(['kind', 'page', 'perf', 'a11y', 'best pr.', 'SEO', 'TBT ms', 'points lost on'], rows));
  }
}

main().catch((error: unknown) => {
  console.error(`bench:series failed: ${error instanceof Error ? error.stack : String(error)}`);
  process.exit(1);
});
