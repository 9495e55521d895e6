import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBrowser, type Browser } from './support.ts';

describe('search', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await openBrowser();
  });
  afterAll(() => browser?.close());

  it('the header form (plain GET, name=q) lands on the search page, which runs the query', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${browser.server.origin}/about/`);
    await page.getByRole('searchbox', { name: '搜尋報告內容' }).fill('單一窗口');
    await page.getByRole('searchbox', { name: '搜尋報告內容' }).press('Enter');
    await page.waitForURL(/\/search\/\?q=/);
    await page.locator('#search-count[data-count]').waitFor({ timeout: 15_000 });
    expect(Number(await page.locator('#search-count').getAttribute('data-count'))).toBeGreaterThan(0);
    expect(await page.locator('#search-results a').first().getAttribute('href')).toMatch(/^\//);
    await page.close();
  });
});
