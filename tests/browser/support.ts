/**
 * Browser tests drive Debian's Chromium (/usr/bin/chromium) through playwright-core with
 * scripts/chromium.ts: a persistent context in a fresh temp profile, never a downloaded browser. The
 * real test build is served on 127.0.0.1 at a random free port.
 */
import type { BrowserContext } from 'playwright-core';
import { launchChromium } from '../../scripts/chromium.ts';
import { startServer, type RunningServer } from '../../scripts/serve.ts';
import { REAL } from '../site/support/builds.ts';
import { loadIndex } from '../site/support/dist.ts';
import { paths } from '../../src/lib/urls.ts';

export interface Browser {
  context: BrowserContext;
  server: RunningServer;
  close(): Promise<void>;
}

/** Serves a built site on a free port and opens Chromium on it; close() ends both. */
export async function openSiteBrowser(
  site: { outDir: string; base: string },
  options: Parameters<typeof launchChromium>[0] = {},
): Promise<Browser> {
  const server = await startServer({ dir: site.outDir, port: 0, base: site.base, quiet: true });
  const browser = await launchChromium(options);
  return {
    context: browser.context,
    server,
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

export function openBrowser(): Promise<Browser> {
  return openSiteBrowser(REAL);
}

/** One example URL of each page kind, taken from the data (a report with rows when there is one). */
export function pageKinds(): { kind: string; path: string }[] {
  const index = loadIndex(REAL);
  const doc = index.documents.find((d) => d.document.kind === 'report') ?? index.documents[0];
  const row = doc.rows.find((v) => v.practices.length > 0 && index.elsewhere(v).some((e) => e.rows.length > 0)) ?? doc.rows[0];
  const dimension = index.dimensions.find((d) => d.rows.length > 0)!;
  const practice = [...index.practices].sort((a, b) => b.byDocument.length - a.byDocument.length)[0];
  const year = index.years.find((y) => y.roc === doc.document.year.roc)!;
  return [
    { kind: 'home', path: paths.home() },
    { kind: 'branches', path: paths.branches() },
    { kind: 'branch', path: paths.branch(doc.document.branch.id) },
    { kind: 'years', path: paths.years() },
    { kind: 'year', path: year.path },
    { kind: 'document', path: doc.path },
    { kind: 'row', path: row.path },
    { kind: 'source lines', path: paths.documentSource(doc.document) },
    // The real Kaohsiung 109 plan's source runs to 1,648 lines: the one with later pages.
    { kind: 'source lines page', path: paths.documentSourcePage(index.documentById.get('kaohsiung-109-plan')!.document, 2) },
    { kind: 'dimensions', path: paths.dimensions() },
    { kind: 'dimension', path: dimension.path },
    { kind: 'practices', path: paths.practices() },
    { kind: 'practice', path: practice.path },
    { kind: 'practice history', path: practice.byBranch[0].path },
    { kind: 'dimension item', path: dimension.items[0].path },
    { kind: 'about', path: paths.about() },
    { kind: 'about sources', path: paths.aboutSources() },
    { kind: 'about sources year', path: paths.aboutSourcesYear(year.roc) },
    { kind: 'data', path: paths.data() },
    { kind: 'search', path: paths.search() },
    { kind: '404', path: '/no/such/page/' },
  ];
}
