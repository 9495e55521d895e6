/**
 * The builds the quality tests read, made once by tests/quality/global-setup.ts under
 * .tmp/quality-tests/ (never dist/ or content/generated/):
 *  - subpath:  the real sources, served under /reports/ of another origin (accessibility, links)
 *  - again:    the same sources built a second time, into another directory, with Astro's cache
 *              now warm (determinism: must equal subpath byte for byte)
 *  - extended: the real sources plus one synthetic document, at the root path (permalinks, links)
 *  - series:   a long series made from the real sources (scripts/bench-corpus.ts `series`: HQ and
 *              six branches × SERIES_YEARS × plan and report), at the root path (page budgets)
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import { listFiles } from '../../../scripts/bench-site.ts';

export const ROOT = resolve(import.meta.dirname, '../../..');
export const QUALITY_ROOT = resolve(ROOT, '.tmp/quality-tests');

export interface QualityBuild {
  name: string;
  sourcesDir: string;
  generatedDir: string;
  outDir: string;
  site: string;
  base: string;
}

export const SUBPATH: QualityBuild = {
  name: 'subpath',
  sourcesDir: resolve(ROOT, 'content/sources'),
  generatedDir: resolve(QUALITY_ROOT, 'generated'),
  outDir: resolve(QUALITY_ROOT, 'dist-subpath'),
  site: 'https://quality.example.org',
  base: '/reports/',
};

export const AGAIN: QualityBuild = { ...SUBPATH, name: 'again', outDir: resolve(QUALITY_ROOT, 'dist-again') };

/** The synthetic document added in EXTENDED: a real report retitled to a branch and year no source has. */
export const SYNTHETIC = {
  from: 'hsinchu-107-report.txt',
  file: 'synthetic-taichung-112-report.txt',
  branch: 'taichung',
  roc: 112,
  kind: 'report',
} as const;

export const EXTENDED: QualityBuild = {
  name: 'extended',
  sourcesDir: resolve(QUALITY_ROOT, 'sources-extended'),
  generatedDir: resolve(QUALITY_ROOT, 'generated-extended'),
  outDir: resolve(QUALITY_ROOT, 'dist-extended'),
  site: 'http://localhost:4321',
  base: '/',
};

/** Hashes of the ingest output taken right after the first ingest (the second one replaces it). */
export const FIRST_INGEST_HASHES = resolve(QUALITY_ROOT, 'generated-first-ingest.json');

export function buildEnv(build: QualityBuild): NodeJS.ProcessEnv {
  return {
    ...process.env,
    INGEST_SOURCES_DIR: build.sourcesDir,
    INGEST_OUT_DIR: build.generatedDir,
    GENERATED_DIR: build.generatedDir,
    OUT_DIR: build.outDir,
    SITE_URL: build.site,
    BASE_PATH: build.base,
    ASTRO_TELEMETRY_DISABLED: '1',
  };
}

/** Relative path (with "/") → sha256 of every file under `dir`. */
export function treeHashes(dir: string): Record<string, string> {
  const hashes: Record<string, string> = {};
  for (const file of listFiles(dir)) {
    hashes[relative(dir, file).split(sep).join('/')] = createHash('sha256').update(readFileSync(file)).digest('hex');
  }
  return hashes;
}

/** Files present in only one tree, or with different content. */
export function treeDifferences(a: Record<string, string>, b: Record<string, string>): string[] {
  const differing: string[] = [];
  for (const path of new Set([...Object.keys(a), ...Object.keys(b)])) {
    if (!(path in a)) differing.push(`only in the second: ${path}`);
    else if (!(path in b)) differing.push(`only in the first: ${path}`);
    else if (a[path] !== b[path]) differing.push(`differs: ${path}`);
  }
  return differing.sort();
}

/** ROC years of the series build: long enough that a page growing with the corpus shows it. */
export const SERIES_YEARS = { first: 101, last: 112 } as const;

export const SERIES: QualityBuild = {
  name: 'series',
  sourcesDir: resolve(QUALITY_ROOT, 'sources-series'),
  generatedDir: resolve(QUALITY_ROOT, 'generated-series'),
  outDir: resolve(QUALITY_ROOT, 'dist-series'),
  site: 'http://localhost:4321',
  base: '/',
};
