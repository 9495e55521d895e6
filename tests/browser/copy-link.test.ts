import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { absoluteUrl } from '../../src/lib/urls.ts';
import { REAL } from '../site/support/builds.ts';
import { openBrowser, pageKinds, type Browser } from './support.ts';

describe('copy-link button on a row page', () => {
  let browser: Browser;
  const rowPath = pageKinds().find((k) => k.kind === 'row')!.path;
  const permalink = absoluteUrl(rowPath, REAL.site, REAL.base);

  beforeAll(async () => {
    browser = await openBrowser();
    await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: browser.server.origin });
  });
  afterAll(() => browser?.close());

  it('copies the permalink and confirms it in a live region', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${browser.server.origin}${rowPath}`);
    const button = page.getByRole('button', { name: '複製連結' });
    await expect(button.isVisible()).resolves.toBe(true);
    await button.click();
    await page.getByRole('status').filter({ hasText: '已複製連結' }).waitFor({ timeout: 10_000 });
    await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toBe(permalink);
    await page.close();
  });

  it('shows the permalink and citation text, and dates the citation to the visit', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${browser.server.origin}${rowPath}`);
    await expect(page.locator('#permalink-url').textContent()).resolves.toBe(permalink);
    const citation = (await page.locator('#citation').textContent())!.replace(/\s+/g, ' ');
    expect(citation).toContain(permalink);
    const now = new Date();
    expect(citation).toContain(`檢索日期：民國${now.getFullYear() - 1911}年${now.getMonth() + 1}月${now.getDate()}日`);
    await page.close();
  });

  it('keeps the button hidden without JavaScript (nothing that cannot work is shown)', async () => {
    const page = await browser.context.newPage();
    const cdp = await browser.context.newCDPSession(page);
    await cdp.send('Emulation.setScriptExecutionDisabled', { value: true });
    await page.goto(`${browser.server.origin}${rowPath}`);
    await expect(page.locator('button.copy-link').isHidden()).resolves.toBe(true);
    await expect(page.locator('#permalink-url').isVisible()).resolves.toBe(true);
    await page.close();
  });
});
