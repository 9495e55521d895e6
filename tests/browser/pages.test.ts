import AxeBuilder from '@axe-core/playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBrowser, pageKinds, type Browser } from './support.ts';
import { layOutWholePage } from '../../scripts/whole-page.ts';

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

describe('every page kind in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await openBrowser();
  });
  afterAll(() => browser?.close());

  for (const { kind, path } of pageKinds()) {
    it(`${kind} (${path}) renders, and axe finds no WCAG 2.2 A/AA violations in light and dark`, async () => {
      const page = await browser.context.newPage();
      try {
        for (const colorScheme of ['light', 'dark'] as const) {
          await page.emulateMedia({ colorScheme });
          await page.setViewportSize({ width: 1280, height: 900 });
          const response = await page.goto(`${browser.server.origin}${path}`);
          expect(response?.status()).toBe(kind === '404' ? 404 : 200);
          await expect(page.locator('h1').count()).resolves.toBe(1);
          expect((await page.title()).length).toBeGreaterThan(0);
          if (kind === 'search') await page.locator('#search-q').waitFor();
          await layOutWholePage(page);
          const results = await new AxeBuilder({ page }).withTags(WCAG).analyze();
          const violations = results.violations.map(
            (v) => `${colorScheme}: ${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`,
          );
          expect(violations).toEqual([]);
        }
      } finally {
        await page.close();
      }
    });
  }

  for (const { kind, path } of pageKinds()) {
    it(`${kind} is usable at 360 px: no sideways scrolling of the page itself`, async () => {
      const page = await browser.context.newPage();
      try {
        await page.setViewportSize({ width: 360, height: 740 });
        await page.goto(`${browser.server.origin}${path}`);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow).toBeLessThanOrEqual(0);
      } finally {
        await page.close();
      }
    });
  }
});
