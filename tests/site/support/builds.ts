/**
 * The builds the site tests read, made once by tests/site/global-setup.ts:
 *  - real: the ingest of content/sources, built at the root path
 *  - mini: the tests/site/fixtures/mini documents (see support/mini.ts), built under the sub-path
 *    /reports/ with a custom SITE_URL
 */
import { resolve } from 'node:path';
import type { SiteBuild } from '../../../scripts/site-build.ts';

export const ROOT = resolve(import.meta.dirname, '../../..');
export const TEST_ROOT = resolve(ROOT, '.tmp/test-site');

export interface TestBuild extends SiteBuild {
  name: string;
  site: string;
  base: string;
}

export const REAL: TestBuild = {
  name: 'real',
  generatedDir: resolve(TEST_ROOT, 'generated'),
  outDir: resolve(TEST_ROOT, 'dist'),
  site: 'http://localhost:4321',
  base: '/',
};

export const MINI: TestBuild = {
  name: 'mini',
  generatedDir: resolve(TEST_ROOT, 'mini-generated'),
  outDir: resolve(TEST_ROOT, 'dist-mini-reports'),
  site: 'https://reports.example.org',
  base: '/reports/',
};

/**
 * lineage: the lineage fixtures (tests/lineage/fixtures.ts: Kaohsiung plans and reports of 108
 * and 109, Keelung 102 and 103 across a framework change), ingested from sources like the real
 * site and built at the root path.
 */
export const LINEAGE: TestBuild & { sourcesDir: string } = {
  name: 'lineage',
  sourcesDir: resolve(TEST_ROOT, 'lineage-sources'),
  generatedDir: resolve(TEST_ROOT, 'lineage-generated'),
  outDir: resolve(TEST_ROOT, 'dist-lineage'),
  site: 'http://localhost:4321',
  base: '/',
};
