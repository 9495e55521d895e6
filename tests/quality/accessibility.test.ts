/**
 * axe (WCAG 2.0, 2.1 and 2.2, A and AA) on every page the sitemap lists, plus the 404 page and the
 * chart embed pages (noindex, so not in the sitemap), in the light and the
 * dark colour scheme: zero violations. One test per page kind, so a failure names the kind and
 * lists each page and rule. One browser; a few pages at once.
 *
 * axe-core is the copy @axe-core/playwright ships, injected once per page load by an init script
 * and run directly: AxeBuilder injects it again for every analysis, which measured 1.65 s per page
 * against 0.63 s here (row pages, 2 cores) — over 600 analyses that is the difference between
 * minutes and a quarter of an hour. The pages have no frames, the one thing AxeBuilder adds.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SUBPATH } from './support/builds.ts';
import { inPages, openSite, sitemapPagesByKind, type SiteBrowser } from './support/browser.ts';
import { builtPages } from '../../scripts/bench-site.ts';
import { href, paths } from '../../src/lib/urls.ts';
import { layOutWholePage } from '../../scripts/whole-page.ts';

const WCAG_22_A_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
/** Browser pages open at once: measured on 2 cores, 3 beats 2 by ~20 % and 4 gains nothing more. */
const PARALLEL_PAGES = 3;
/** A query that finds rows, so the search page is also checked with results showing. */
const SEARCH_QUERY = '電話禮貌';

const fromAxePlaywright = createRequire(createRequire(import.meta.url).resolve('@axe-core/playwright'));
const AXE_SOURCE = readFileSync(fromAxePlaywright.resolve('axe-core/axe.min.js'), 'utf8');

interface AxeViolation {
  id: string;
  impact: string | null;
  nodes: { target: string[] }[];
}

async function violations(page: Page, where: string): Promise<string[]> {
  const found: string[] = [];
  await layOutWholePage(page);
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    const results = await page.evaluate(async (tags) => {
      const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: AxeViolation[] }> } }).axe;
      const { violations } = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
      return { violations: violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n) => ({ target: n.target })) })) };
    }, WCAG_22_A_AA);
    for (const v of results.violations) {
      const targets = v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ');
      found.push(`${where} [${colorScheme}] ${v.id} (${v.impact}, ${v.nodes.length} nodes): ${targets}`);
    }
  }
  await page.emulateMedia({ colorScheme: 'light' });
  return found;
}

describe('accessibility: axe WCAG 2.2 A/AA on every page of the sitemap, light and dark', () => {
  const embedPrefix = href(paths.embedSection(), '/');
  const embeds = builtPages(SUBPATH.outDir)
    .filter((p) => p.sitePath.startsWith(embedPrefix))
    .map((p) => href(p.sitePath, SUBPATH.base));
  const kinds = [...sitemapPagesByKind(SUBPATH), { kind: 'embed', paths: embeds }];
  let site: SiteBrowser;
  beforeAll(async () => {
    site = await openSite(SUBPATH);
    await site.context.addInitScript(AXE_SOURCE);
  });
  afterAll(() => site?.close());

  it('the checker reports violations when there are some (an image without alt, low-contrast text)', async () => {
    await inPages(site, ['/'], 1, async (page) => {
      await page.goto(`${site.server.origin}${SUBPATH.base}`);
      await page.evaluate(() => {
        const main = document.querySelector('main')!;
        main.append(document.createElement('img'));
        // Styled through the CSSOM: a style attribute could be refused by the page's CSP.
        const faint = document.createElement('p');
        faint.textContent = '這段說明文字的顏色太淡，幾乎看不見';
        faint.style.color = '#dddddd';
        faint.style.backgroundColor = '#ffffff';
        main.append(faint);
      });
      const found = await violations(page, 'home with planted faults');
      expect(found.some((v) => v.includes('[light] image-alt'))).toBe(true);
      expect(found.some((v) => v.includes('[light] color-contrast'))).toBe(true);
    });
  });

  it('covers every page the sitemap lists', () => {
    expect(kinds.some((k) => k.kind.startsWith('not built') || k.kind.startsWith('unrouted'))).toBe(false);
    expect(kinds.reduce((n, k) => n + k.paths.length, 0)).toBeGreaterThan(200);
    expect(embeds.length).toBeGreaterThan(0);
  });

  for (const { kind, paths } of kinds) {
    it(`${kind} (${paths.length} page${paths.length === 1 ? '' : 's'})`, { timeout: 60_000 + paths.length * 10_000 }, async () => {
      const problems: string[] = [];
      await inPages(site, paths, PARALLEL_PAGES, async (page, path) => {
        const response = await page.goto(`${site.server.origin}${path}`, { waitUntil: 'load' });
        const expectedStatus = kind === '404' ? 404 : 200;
        if (response?.status() !== expectedStatus) problems.push(`${path}: HTTP ${response?.status()}`);
        problems.push(...(await violations(page, path)));
        if (kind === 'search') {
          await page.goto(`${site.server.origin}${path}?q=${encodeURIComponent(SEARCH_QUERY)}`, { waitUntil: 'networkidle' });
          problems.push(...(await violations(page, `${path}?q=${SEARCH_QUERY}`)));
        }
      });
      expect(problems).toEqual([]);
    });
  }
});
