/**
 * npm run bench:search [-- --sizes 1x,full --samples 300 --full-samples 60 --later 80 --full-later 40 --passes 3 --seed 20240611 --reuse]
 *
 * Measures the site's search against what find-in-page would give, side by side with a plain
 * Pagefind index of the same row pages, at each corpus size in one run:
 *
 *   1. builds our site for the size (ingest → build, as `npm run build`) and a plain Pagefind
 *      index of its row pages (scripts/bench-search-corpus.ts; --reuse keeps an earlier build);
 *   2. makes the query set from the data and works out each query's rows by folded substring
 *      search (scripts/bench-search-queries.ts);
 *   3. runs every query through both engines in headless Chromium (scripts/bench-search-driver.ts);
 *   4. scores and prints recall, precision, bytes and latency, first and later queries
 *      (scripts/bench-search-scoring.ts, scripts/bench-search-report.ts).
 *
 * Exits 1 when our search misses a target at any size: recall 100 %, precision ≥ 99.5 %, first
 * query ≤ 150 kB, later query p95 ≤ 40 kB, later-query median latency ≤ plain Pagefind's.
 */
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { readGenerated } from '../src/lib/generated.ts';
import { benchCorpus, buildOurSite, buildPlainIndex, CORPUS_SIZES, PLAIN_BUNDLE, ROOT, siteDirs, type CorpusSize } from './bench-search-corpus.ts';
import { countingServer, fragmentUrls, ours, plainDriver, runEngines } from './bench-search-driver.ts';
import { expectedRows, querySet, rowTexts } from './bench-search-queries.ts';
import { explanation, sizeReport, TARGETS, type SizeResult } from './bench-search-report.ts';

const WORK = join(ROOT, '.tmp/bench-search');

async function measureSize(size: CorpusSize, options: { samples: number; later: number; passes: number; seed: string; reuse: boolean }): Promise<SizeResult> {
  const corpus = benchCorpus(size);
  const site = siteDirs(WORK, size);
  buildOurSite(corpus, site, options.reuse);
  const { documents, practices } = readGenerated(site.generated);
  const rows = rowTexts(documents);
  buildPlainIndex(site, rows.length, options.reuse);

  const queries = querySet(documents, rows, practices, options.samples, Number(options.seed));
  const expected = expectedRows(queries, rows);
  const byKind = (kind: string) => queries.filter((q) => q.kind === kind).length;
  console.error(
    `bench: ${size}: ${queries.length} queries (${byKind('practice')} practice labels, ${byKind('unit')} unit names, ` +
      `${byKind('substring')} substrings, ${byKind('number')} numbers, ${byKind('variant')} variant spellings, ` +
      `${byKind('simplified')} Simplified forms) over ${rows.length} rows`,
  );
  // Later-query costs are measured on a fixed sample: every k-th query.
  const laterSample = queries.filter((_, i) => i > 0 && i % Math.max(1, Math.floor(queries.length / options.later)) === 0);
  const warmUp = queries[0].text;
  const server = await countingServer(site.dist);
  try {
    const plain = plainDriver(fragmentUrls(join(site.dist, PLAIN_BUNDLE)));
    const [oursRun, plainRun] = await runEngines([ours, plain], server, queries, laterSample, warmUp, options.passes);
    return {
      label: size === '1x' ? '1×' : 'full corpus',
      description: corpus.description,
      rows: rows.length,
      queries: queries.length,
      seed: options.seed,
      warmUp,
      expected,
      ours: oursRun,
      plain: plainRun,
    };
  } finally {
    await server.close();
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      sizes: { type: 'string', default: CORPUS_SIZES.join(',') },
      samples: { type: 'string', default: '300' },
      'full-samples': { type: 'string', default: '60' },
      later: { type: 'string', default: '80' },
      'full-later': { type: 'string', default: '40' },
      passes: { type: 'string', default: '3' },
      seed: { type: 'string', default: '20240611' },
      reuse: { type: 'boolean', default: false },
    },
  });
  const passes = Number(values.passes);
  if (!Number.isInteger(passes) || passes < 1) throw new Error(`--passes must be a whole number ≥ 1 (got ${values.passes})`);
  const sizes = values.sizes!.split(',').map((s) => s.trim()) as CorpusSize[];
  for (const size of sizes) if (!CORPUS_SIZES.includes(size)) throw new Error(`unknown size ${size} (sizes: ${CORPUS_SIZES.join(', ')})`);
  const started = new Date();
  const reports: string[] = [];
  const misses: string[] = [];
  let warmUp = '';
  for (const size of sizes) {
    const samples = Number(size === 'full' ? values['full-samples'] : values.samples);
    const later = Number(size === 'full' ? values['full-later'] : values.later);
    const result = await measureSize(size, { samples, later, passes, seed: values.seed!, reuse: values.reuse! });
    const report = sizeReport(result);
    reports.push(report.text);
    misses.push(...report.misses);
    warmUp = result.warmUp;
    console.error(report.text);
  }
  console.log(`Search benchmark ${started.toISOString()} · Node ${process.version} · targets: recall ${TARGETS.recall * 100} %, precision ≥ 99.5 %, first query ≤ 150 kB, later query p95 ≤ 40 kB, later-query median latency ≤ plain Pagefind's`);
  console.log(reports.join('\n'));
  console.log(`\n${explanation(warmUp)}`);
  console.log(misses.length === 0 ? '\nour search meets every target at every size' : `\nour search misses: ${misses.join('; ')}`);
  if (misses.length > 0) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(`bench: error: ${error instanceof Error ? error.stack : String(error)}`);
  process.exit(1);
});
