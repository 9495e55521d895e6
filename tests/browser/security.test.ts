/**
 * The Content-Security-Policy holds in a real browser: on one page of every kind (plus the policy
 * pages, an embed page and a chart SVG opened by itself), served with dist/_headers by
 * scripts/serve.ts, no `securitypolicyviolation` event fires — including while a search runs
 * (Pagefind's WebAssembly) and after a choice on the compare page. Framing is refused everywhere
 * but on embed pages, which another origin can frame.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBrowser, pageKinds, type Browser } from './support.ts';
import { paths } from '../../src/lib/urls.ts';
import { loadIndex } from '../site/support/dist.ts';
import { REAL } from '../site/support/builds.ts';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

/** Records every CSP violation the page reports, from before its first script runs. */
async function watchViolations(page: Page): Promise<() => Promise<string[]>> {
  const console: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) console.push(message.text());
  });
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) => {
      seen.push(`${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} at ${event.sourceFile}:${event.lineNumber} (${event.sample})`);
    });
  });
  return async () => [
    ...(await page.evaluate(() => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? [])),
    ...console,
  ];
}

function embedPath(): string {
  const chart = readdirSync(join(REAL.outDir, 'embed')).sort()[0];
  return paths.embed(chart);
}

describe('Content-Security-Policy in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await openBrowser();
  });
  afterAll(() => browser?.close());

  // Embed pages are the one kind another origin may frame: their test follows.
  for (const { kind, path } of pageKinds().filter((k) => k.kind !== 'embed')) {
    it(`${kind} (${path}) loads with the policy in force and no violation`, async () => {
      const page = await browser.context.newPage();
      try {
        const violations = await watchViolations(page);
        const response = await page.goto(`${browser.server.origin}${path}`);
        const csp = response?.headers()['content-security-policy'] ?? '';
        expect(csp).toContain("script-src 'self'");
        expect(csp).toContain("frame-ancestors 'none'");
        await page.waitForLoadState('networkidle');
        expect(await violations()).toEqual([]);
      } finally {
        await page.close();
      }
    });
  }

  it('an embed page, and a chart SVG opened by itself, load with no violation', async () => {
    const page = await browser.context.newPage();
    try {
      const violations = await watchViolations(page);
      const response = await page.goto(`${browser.server.origin}${embedPath()}`);
      expect(response?.headers()['content-security-policy']).toContain('frame-ancestors *');
      await page.locator('svg[role="img"]').first().waitFor();
      await page.goto(`${browser.server.origin}${paths.chartSvg(embedPath().split('/')[2])}`);
      await page.waitForLoadState('networkidle');
      expect(await violations()).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('a search runs (Pagefind WebAssembly) with no violation', async () => {
    const page = await browser.context.newPage();
    try {
      const violations = await watchViolations(page);
      await page.goto(`${browser.server.origin}${paths.search()}?q=${encodeURIComponent('電話禮貌')}`);
      await page.locator('#search-count[data-count]').waitFor({ timeout: 15_000 });
      expect(Number(await page.locator('#search-count').getAttribute('data-count'))).toBeGreaterThan(0);
      expect(await violations()).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('a choice on the compare page redraws with no violation', async () => {
    const index = loadIndex(REAL);
    const branch = index.branches.find((b) => b.documents.length > 0)!.branch.id;
    const page = await browser.context.newPage();
    try {
      const violations = await watchViolations(page);
      await page.goto(`${browser.server.origin}${paths.compare()}`);
      const box = page.locator(`input[name="branch"][value="${branch}"]`);
      await box.check();
      await page.waitForURL(new RegExp(`branch=${branch}`), { timeout: 10_000 }).catch(() => undefined);
      await page.waitForLoadState('networkidle');
      expect(await box.isChecked()).toBe(true);
      expect(await violations()).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('another origin may frame an embed page but no other page', async () => {
    // A page on another origin (a second local server: another port is another origin) that
    // frames an embed page and the about page.
    const body = `<!doctype html><title>embedder</title>
      <iframe name="embed" src="${browser.server.origin}${embedPath()}"></iframe>
      <iframe name="about" src="${browser.server.origin}${paths.about()}"></iframe>`;
    const embedder = createServer((_, res) => res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(body));
    await new Promise<void>((done) => embedder.listen(0, '127.0.0.1', done));
    const page = await browser.context.newPage();
    try {
      const address = embedder.address() as AddressInfo;
      await page.goto(`http://127.0.0.1:${address.port}/`);
      await page.waitForLoadState('networkidle');
      const frame = (name: string) => page.frames().find((f) => f.name() === name)!;
      await expect(frame('embed').locator('svg[role="img"]').count()).resolves.toBeGreaterThan(0);
      // A refused frame holds Chromium's error page, not the site's.
      await expect(frame('about').locator('#main').count()).resolves.toBe(0);
      expect(frame('about').url()).toMatch(/^chrome-error:/);
    } finally {
      await page.close();
      embedder.closeAllConnections();
      await new Promise((done) => embedder.close(done));
    }
  });
});
