/**
 * What the search benchmark searches: the documents at each size, and the two sites built over
 * them (ours, as `npm run build` makes it; and a plain Pagefind index of the same row pages).
 *
 * `benchCorpus` is the one place that decides which documents make a size; point it at another
 * generator and the rest of the benchmark follows.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { scaleDescription, writeScale, type Scale } from './bench-corpus.ts';
import { ingestAndBuild, ROOT, TSX } from './site-build.ts';

export { ROOT };

export type CorpusSize = '1x' | 'full';
export const CORPUS_SIZES: readonly CorpusSize[] = ['1x', 'full'];

export interface Corpus {
  size: CorpusSize;
  /** The benchmark corpus it is (scripts/bench-corpus.ts): the real documents, or the full synthetic series. */
  scale: Scale;
  /** One line saying what the documents are, for the report. */
  description: string;
}

/** The documents of one size: 1×, the real sources; full, the 280-document synthetic series (scripts/synthetic/). */
export function benchCorpus(size: CorpusSize): Corpus {
  const scale: Scale = size === '1x' ? 1 : 'full';
  return { size, scale, description: scaleDescription(ROOT, scale) };
}

export interface BuiltSite {
  /** Working directory of this size. */
  dir: string;
  generated: string;
  dist: string;
}

export function siteDirs(work: string, size: CorpusSize): BuiltSite {
  const dir = join(work, size);
  return { dir, generated: join(dir, 'generated'), dist: join(dir, 'dist') };
}

const log = (line: string) => console.error(`bench: ${line}`);

/** Our site for a corpus, built as `npm run build` does (ingest → build-site), unless `reuse` finds one. */
export function buildOurSite(corpus: Corpus, site: BuiltSite, reuse: boolean): void {
  if (reuse && existsSync(join(site.dist, 'search', 'index.html'))) return;
  writeScale(ROOT, corpus.scale, join(site.dir, 'sources'));
  ingestAndBuild(corpus.size, { sourcesDir: join(site.dir, 'sources'), generatedDir: site.generated, outDir: site.dist }, { log });
}

export const PLAIN_BUNDLE = 'pagefind-plain';
export const PLAIN_PAGE = 'bench-plain';
const ROW_PAGES = '*/*/*/d*-s*-m*-i*/index.html';

/**
 * The plain baseline: Pagefind's defaults over the built row pages, in a process of its own so
 * that no setting of ours (the chunk size) leaks in, and a bare page that searches it with
 * Pagefind's API in the site's language.
 */
export function buildPlainIndex(site: BuiltSite, rows: number, reuse: boolean): void {
  if (!(reuse && existsSync(join(site.dist, PLAIN_BUNDLE, 'pagefind.js')))) {
    const env = { ...process.env };
    delete env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE;
    const started = performance.now();
    const result = spawnSync(process.execPath, [TSX, fileURLToPath(import.meta.url), site.dist, String(rows)], { cwd: ROOT, env, encoding: 'utf8' });
    if (result.status !== 0) throw new Error(`plain Pagefind index failed (exit ${result.status}):\n${result.stderr.slice(-4000)}`);
    log(`plain Pagefind index in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  }
  mkdirSync(join(site.dist, PLAIN_PAGE), { recursive: true });
  writeFileSync(
    join(site.dist, PLAIN_PAGE, 'index.html'),
    `<!doctype html><html lang="zh-Hant-TW"><head><meta charset="utf-8"><title>plain</title></head><body>
<script type="module">
const pagefind = await import('/${PLAIN_BUNDLE}/pagefind.js');
let last = null;
window.plainSearch = async (q, n) => {
  const started = performance.now();
  last = await pagefind.search(q);
  await Promise.all(last.results.slice(0, n).map((r) => r.data()));
  return performance.now() - started;
};
window.plainIds = () => last.results.map((r) => r.id);
window.plainReady = true;
</script></body></html>\n`,
  );
}

async function writePlainIndex(dist: string, expected: number): Promise<void> {
  const pagefind = await import('pagefind');
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`plain index: ${errors.join('; ')}`);
  const added = await index.addDirectory({ path: dist, glob: ROW_PAGES });
  if (added.errors.length > 0) throw new Error(`plain index: ${added.errors.join('; ')}`);
  if (added.page_count !== expected) throw new Error(`plain index: ${added.page_count} pages indexed, ${expected} row pages expected`);
  const written = await index.writeFiles({ outputPath: join(dist, PLAIN_BUNDLE) });
  if (written.errors.length > 0) throw new Error(`plain index: ${written.errors.join('; ')}`);
  await pagefind.close();
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const [dist, rows] = process.argv.slice(2);
  writePlainIndex(dist, Number(rows)).catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  });
}
