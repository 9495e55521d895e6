import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBrowser, pageKinds, type Browser } from './support.ts';

/** Tabs through the page once, returning a description of each element that took focus. */
async function tabThrough(page: import('playwright-core').Page, limit: number): Promise<string[]> {
  const seen: string[] = [];
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const key = await page.evaluate(() => {
      const el = document.activeElement;
      if (!el || el === document.body) return null;
      return el.getAttribute('data-kbd-id');
    });
    if (key === null) break;
    if (seen.includes(key)) break;
    seen.push(key);
  }
  return seen;
}

describe('keyboard navigation', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await openBrowser();
  });
  afterAll(() => browser?.close());

  // Left out: search (its controls appear as results load) and source lines (a link per line);
  // and embed pages, a chart framed inside another site's page, with no header and so no skip link.
  const walked = pageKinds().filter((k) => !['search', 'source lines', 'embed'].includes(k.kind));
  for (const { kind, path } of walked) {
    it(`${kind}: Tab reaches every link, button, field and scrollable table, skip link first, with a visible focus ring`, async () => {
      const page = await browser.context.newPage();
      await page.goto(`${browser.server.origin}${path}`);
      const expected = await page.evaluate(() => {
        const focusable = [
          ...document.querySelectorAll<HTMLElement>('a[href], button, input, select, textarea, summary, [tabindex]:not([tabindex="-1"])'),
        ]
          // checkVisibility: not the links inside a closed <details> (a document's full tables, the
          // about page's crosswalk), which Tab skips until the reader opens it.
          .filter((el) => !(el as HTMLButtonElement).disabled && el.getClientRects().length > 0 && el.checkVisibility() && getComputedStyle(el).visibility !== 'hidden');
        focusable.forEach((el, i) => el.setAttribute('data-kbd-id', String(i)));
        // The skip link is visually off-screen until focused but must be reachable.
        const skip = document.querySelector('.skip-link');
        if (skip && !skip.hasAttribute('data-kbd-id')) skip.setAttribute('data-kbd-id', 'skip');
        return [...document.querySelectorAll('[data-kbd-id]')].map((el) => el.getAttribute('data-kbd-id')!);
      });
      const reached = await tabThrough(page, expected.length + 5);
      expect(reached[0]).toBe(await page.locator('.skip-link').getAttribute('data-kbd-id'));
      expect([...reached].sort()).toEqual([...expected].sort());

      await page.keyboard.press('Shift+Tab');
      const outline = await page.evaluate(() => {
        const style = getComputedStyle(document.activeElement!);
        return { style: style.outlineStyle, width: parseFloat(style.outlineWidth) };
      });
      expect(outline.style).not.toBe('none');
      expect(outline.width).toBeGreaterThanOrEqual(2);
      await page.close();
    });
  }

  it('the skip link moves focus to the main content', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${browser.server.origin}/`);
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.className)).resolves.toBe('skip-link');
    await page.keyboard.press('Enter');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('main');
    await page.close();
  });

  it('marks the current section in the main navigation', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${browser.server.origin}/practices/`);
    await expect(page.locator('.site-nav [aria-current="page"]').textContent()).resolves.toContain('作法主題');
    await page.goto(`${browser.server.origin}${pageKinds().find((k) => k.kind === 'practice')!.path}`);
    await expect(page.locator('.site-nav [aria-current="true"]').textContent()).resolves.toContain('作法主題');
    await page.close();
  });
});
