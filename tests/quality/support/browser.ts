/**
 * One Debian Chromium (scripts/chromium.ts: playwright-core, a persistent context in a fresh temp
 * profile, never a downloaded browser) and one local server for a quality build, plus a small pool to run
 * several pages of it at once.
 */
import type { Page } from 'playwright-core';
import { openSiteBrowser, type Browser } from '../../browser/support.ts';
import { builtPages, pageRoutes, sitemapUrls } from '../../../scripts/bench-site.ts';
import type { QualityBuild } from './builds.ts';

export type SiteBrowser = Browser;

export function openSite(build: QualityBuild): Promise<SiteBrowser> {
  return openSiteBrowser(build, { viewport: { width: 1280, height: 900 } });
}

/** Runs `work` on every item with at most `width` browser pages open at a time. */
export async function inPages<T>(site: SiteBrowser, items: readonly T[], width: number, work: (page: Page, item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    const page = await site.context.newPage();
    try {
      while (next < items.length) await work(page, items[next++]);
    } finally {
      await page.close();
    }
  };
  await Promise.all(Array.from({ length: Math.min(width, items.length) }, worker));
}

export interface KindPages {
  kind: string;
  /** Server paths (base included) of every page of this kind in the sitemap; the 404 page by a missing URL. */
  paths: string[];
}

/** The sitemap's pages grouped by page kind, plus the 404 page, in a stable order. */
export function sitemapPagesByKind(build: QualityBuild): KindPages[] {
  const routes = pageRoutes();
  const kindOfPath = new Map(builtPages(build.outDir, routes).map((p) => [p.sitePath, p.kind]));
  const groups = new Map<string, string[]>();
  for (const url of sitemapUrls(build.outDir, build.base)) {
    const path = new URL(url).pathname;
    const kind = kindOfPath.get(`/${path.slice(build.base.length)}`) ?? `not built: ${path}`;
    groups.set(kind, [...(groups.get(kind) ?? []), path]);
  }
  groups.set('404', [`${build.base}no/such/page/`]);
  return [...groups.entries()].map(([kind, paths]) => ({ kind, paths })).sort((a, b) => a.kind.localeCompare(b.kind));
}
