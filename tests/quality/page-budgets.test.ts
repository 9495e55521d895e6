/**
 * Pages stay bounded as documents are added, checked structurally on a long series
 * (support/builds.ts FULL: the synthetic series, 7 organisations × 20 years × plan and report): every HTML page within
 * the gzip budget; every comparison page, and the heaviest pages of every other kind (about,
 * document, source lines, row, policy pages, listings … scripts/bench-heights.ts heightTargets),
 * within the height budget at 1280 px in Chromium; each comparison page's headline chart or table
 * on its first screen.
 * Sizes and heights are structure, not timings; the benchmark prints the same budgets at 280 documents.
 */
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtPages, gzipBytes, HEIGHT_BUDGET_PX, HEIGHT_VIEWPORT, HTML_GZIP_BUDGET } from '../../scripts/bench-site.ts';
import { COMPARISON_KINDS, heightTargets } from '../../scripts/bench-heights.ts';
import { inPages, openSite, type SiteBrowser } from './support/browser.ts';
import { FULL } from './support/builds.ts';
import { FIRST_YEAR, LAST_YEAR } from '../../scripts/synthetic/series.ts';
import { layOutWholePage } from '../../scripts/whole-page.ts';

const ORGANISATIONS = 7;
const pages = builtPages(FULL.outDir);
describe(`a series of ${ORGANISATIONS * (LAST_YEAR - FIRST_YEAR + 1) * 2} documents`, () => {
  it('is the series it claims to be', () => {
    expect(pages.filter((p) => p.kind === 'document')).toHaveLength(ORGANISATIONS * (LAST_YEAR - FIRST_YEAR + 1) * 2);
  });

  it(`keeps every HTML page within ${HTML_GZIP_BUDGET / 1000} kB gzip`, () => {
    const over = pages
      .map((p) => ({ path: p.sitePath, gzip: gzipBytes(readFileSync(p.file)) }))
      .filter((p) => p.gzip > HTML_GZIP_BUDGET);
    expect(over).toEqual([]);
  });

  describe('in Chromium at 1280 px', () => {
    let site: SiteBrowser;
    beforeAll(async () => {
      site = await openSite(FULL);
    });
    afterAll(() => site?.close());

    it(`keeps the tallest page of every kind within ${HEIGHT_BUDGET_PX} px and shows each comparison page's headline on its first screen`, async () => {
      // Every comparison page, and the pages with the most markup of every other kind: the ones
      // that would grow first.
      const targets = heightTargets(FULL.outDir);
      expect(new Set(targets.map((t) => t.kind))).toEqual(new Set(pages.map((p) => p.kind)));
      const measured: { path: string; kind: string; height: number; headlineTop: number | null }[] = [];
      await inPages(site, targets, 2, async (page, target) => {
        await page.setViewportSize(HEIGHT_VIEWPORT);
        await page.goto(`${site.server.origin}${target.sitePath}`);
        await layOutWholePage(page);
        const { height, headlineTop } = await page.evaluate(() => {
          const headline = document.querySelector('[data-headline]');
          // The 合成示範資料 banner exists only in this synthetic build: the published page's first
          // screen starts below it.
          const banner = document.querySelector('.synthetic-notice')?.getBoundingClientRect().height ?? 0;
          return {
            height: document.documentElement.scrollHeight - banner,
            headlineTop: headline ? headline.getBoundingClientRect().top + window.scrollY - banner : null,
          };
        });
        measured.push({ path: target.sitePath, kind: target.kind, height, headlineTop });
      });
      expect(measured.length).toBe(targets.length);
      expect(measured.filter((m) => m.height > HEIGHT_BUDGET_PX).map((m) => `${m.path} ${m.height} px`)).toEqual([]);
      const comparison = measured.filter((m) => COMPARISON_KINDS.includes(m.kind));
      expect(new Set(comparison.map((m) => m.kind))).toEqual(new Set(COMPARISON_KINDS));
      expect(comparison.filter((m) => m.headlineTop === null || m.headlineTop >= HEIGHT_VIEWPORT.height).map((m) => `${m.path} ${m.headlineTop}`)).toEqual([]);
    }, 600_000);

    it('finds no axe WCAG 2.1 A/AA violations on one page of every kind at this size, light and dark', async () => {
      // Kinds that only a long series has (a history's page 2) are checked here; the 1× sitemap has the rest.
      const oneOfEach = [...new Map(pages.filter((p) => p.kind !== '404').map((p) => [p.kind, p])).values()];
      const found: string[] = [];
      await inPages(site, oneOfEach, 2, async (page, target) => {
        await page.goto(`${site.server.origin}${target.sitePath}`);
        await layOutWholePage(page);
        for (const colorScheme of ['light', 'dark'] as const) {
          await page.emulateMedia({ colorScheme });
          const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
          found.push(...results.violations.map((v) => `${target.sitePath} [${colorScheme}] ${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`));
        }
      });
      expect(oneOfEach.map((p) => p.kind)).toContain('practice history page');
      expect(found).toEqual([]);
    }, 600_000);
  });
});
