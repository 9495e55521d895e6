import { defineConfig } from 'vitest/config';

/**
 * Four projects, all run by `npm test`:
 *  - ingest:   parser and model tests (tests/**, except the site's)
 *  - site-lib: pure tests of the site's data derivations, URLs and exports (no build needed)
 *  - site:     build-output tests and browser tests; a global setup runs the ingest and builds the
 *              site (plus a fixture site under a sub-path) into .tmp/test-site first
 *  - quality:  accessibility over every sitemap page, links, determinism, failure safety, permalinks
 *              with an added document; a global setup makes its own builds in .tmp/quality-tests
 */
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'ingest',
          include: ['tests/**/*.test.ts'],
          exclude: ['tests/site/**', 'tests/browser/**', 'tests/quality/**', 'node_modules/**'],
          testTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'site-lib',
          include: ['tests/site/lib/**/*.test.ts'],
          testTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'site',
          include: ['tests/site/*.test.ts', 'tests/browser/**/*.test.ts'],
          globalSetup: ['tests/site/global-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
      {
        test: {
          name: 'quality',
          include: ['tests/quality/**/*.test.ts'],
          globalSetup: ['tests/quality/global-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
