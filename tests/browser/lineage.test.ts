/**
 * axe (WCAG 2.1 A/AA) in light and dark on the pages the lineage adds to: a report row and a plan
 * row with counterpart, lineage and word diff, a row linked across a framework change, and a
 * plan's page with its planned ↔ reported table. The quality project's axe run covers the real
 * documents, which have no lineage to show.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LINEAGE } from '../site/support/builds.ts';
import { openSiteBrowser, type Browser } from './support.ts';

const fromAxePlaywright = createRequire(createRequire(import.meta.url).resolve('@axe-core/playwright'));
const AXE_SOURCE = readFileSync(fromAxePlaywright.resolve('axe-core/axe.min.js'), 'utf8');
const PAGES = ['/kaohsiung/109/report/d1-s2-m3-i2/', '/kaohsiung/109/plan/d1-s2-m3-i2/', '/keelung/103/report/d1-s2-m3-i3/', '/kaohsiung/109/plan/'];

describe('lineage pages: axe WCAG 2.1 A/AA, light and dark', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await openSiteBrowser(LINEAGE);
    await browser.context.addInitScript(AXE_SOURCE);
  });
  afterAll(() => browser?.close());

  it('finds no violations, and the diff is on the page', async () => {
    const page = await browser.context.newPage();
    const found: string[] = [];
    for (const path of PAGES) {
      await page.goto(`${browser.server.origin}${path}`);
      for (const colorScheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme });
        const ids = await page.evaluate(async () => {
          const axe = (window as unknown as { axe: { run(c: Document, o: object): Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe;
          const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }, resultTypes: ['violations'] });
          return result.violations.map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
        });
        found.push(...ids.map((id) => `${path} [${colorScheme}] ${id}`));
      }
    }
    await page.goto(`${browser.server.origin}${PAGES[0]}`);
    expect(await page.locator('#lineage-heading ~ section del.change').count()).toBeGreaterThan(0);
    expect(await page.locator('#lineage-heading ~ section ins.change').count()).toBeGreaterThan(0);
    expect(found).toEqual([]);
  });
});
