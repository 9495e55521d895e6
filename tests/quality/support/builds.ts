/**
 * The builds the quality tests read, made once by tests/quality/global-setup.ts under
 * .tmp/quality-tests/ (never dist/ or content/generated/):
 *  - subpath:  the real sources, served under /reports/ of another origin (accessibility, links)
 *  - again:    the same sources built a second time, into another directory, with Astro's cache
 *              now warm, and from a copy of the project that has no content/sources and no
 *              content/reference: the site build reads only the generated folder (determinism:
 *              must equal subpath byte for byte)
 *  - extended: the real sources plus one synthetic document, at the root path (permalinks, links)
 *  - full:     the full-size synthetic corpus (scripts/synthetic/: 280 documents), built with
 *              SYNTHETIC=1 as `npm run preview:corpus` builds it (the large size: every page marked
 *              synthetic; page weights and heights at full size)
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import { listFiles } from '../../../scripts/bench-site.ts';
import type { SiteBuild } from '../../../scripts/site-build.ts';

export const ROOT = resolve(import.meta.dirname, '../../..');
export const QUALITY_ROOT = resolve(ROOT, '.tmp/quality-tests');

export interface QualityBuild extends SiteBuild {
  name: string;
  sourcesDir: string;
  site: string;
  base: string;
  /** Project the site build runs in (default ROOT). */
  projectDir?: string;
}

export const SUBPATH: QualityBuild = {
  name: 'subpath',
  sourcesDir: resolve(ROOT, 'content/sources'),
  generatedDir: resolve(QUALITY_ROOT, 'generated'),
  outDir: resolve(QUALITY_ROOT, 'dist-subpath'),
  site: 'https://quality.example.org',
  base: '/reports/',
};

export const AGAIN: QualityBuild = {
  ...SUBPATH,
  name: 'again',
  outDir: resolve(QUALITY_ROOT, 'dist-again'),
  projectDir: resolve(QUALITY_ROOT, 'project-without-content'),
};

/** What a project copy for a build needs: everything but content/ (node_modules is linked, not copied). */
export const PROJECT_FILES = ['src', 'public', 'scripts', 'astro.config.mjs', 'package.json', 'tsconfig.json'] as const;

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

/** The full-size synthetic corpus, generated with the generator's default seed. */
export const FULL: QualityBuild = {
  name: 'full',
  sourcesDir: resolve(QUALITY_ROOT, 'sources-full'),
  generatedDir: resolve(QUALITY_ROOT, 'generated-full'),
  outDir: resolve(QUALITY_ROOT, 'dist-full'),
  site: 'http://localhost:4321',
  base: '/',
  synthetic: true,
};

/** Hashes of the ingest output taken right after the first ingest (the second one replaces it). */
export const FIRST_INGEST_HASHES = resolve(QUALITY_ROOT, 'generated-first-ingest.json');

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
