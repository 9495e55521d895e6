/**
 * Charts in the built site and in Chromium: every chart SVG has its title and a table beside it,
 * chart pages are axe-clean in light and dark and fit 360 px, the compare page restores its state
 * from the URL (and works without JavaScript), the downloads are what they say.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBrowser, type Browser } from './support.ts';
import { launchChromium } from '../../scripts/chromium.ts';
import { MINI, REAL } from '../site/support/builds.ts';
import { fileFor, loadIndex, pages } from '../site/support/dist.ts';
import { IndicatorsExport } from '../../src/indicators/export.ts';
import { numbersIn } from '../../src/indicators/text.ts';
import { href, paths } from '../../src/lib/urls.ts';
import { layOutWholePage } from '../../scripts/whole-page.ts';

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

function chartPages(): { kind: string; path: string }[] {
  const index = loadIndex(REAL);
  const withScores = index.documents.find((d) => d.document.scores) ?? index.documents[0];
  return [
    { kind: 'compare', path: paths.compare() },
    { kind: 'compare indicator', path: paths.compareIndicator('phone-courtesy-tests') },
    { kind: 'compare scores', path: paths.compareIndicator('self-assessment-scores') },
    { kind: 'compare practice', path: paths.comparePractice('phone-courtesy') },
    { kind: 'practices', path: paths.practices() },
    { kind: 'branch', path: paths.branch(withScores.document.branch.id) },
    { kind: 'practice', path: paths.practice('phone-courtesy') },
    { kind: 'document', path: withScores.path },
  ];
}

describe('charts in the built site', () => {
  for (const build of [REAL, MINI]) {
    it(`${build.name}: every chart SVG has role="img", a <title>, a <desc> and a data table in its figure`, () => {
      let charts = 0;
      for (const page of pages(build)) {
        for (const figure of page.html.matchAll(/<figure class="chart-figure[^"]*"[\s\S]*?<\/figure>/g)) {
          charts++;
          const html = figure[0];
          // One SVG, or one per panel of small multiples: each labelled by its own title and description.
          const svgs = [...html.matchAll(/<svg [^>]*>/g)].map((m) => m[0]);
          expect(svgs.length, page.url).toBeGreaterThan(0);
          for (const svg of svgs) {
            expect(svg, page.url).toContain('role="img"');
            const [titleId, descId] = /aria-labelledby="([^" ]+) ([^"]+)"/.exec(svg)!.slice(1);
            expect(html).toMatch(new RegExp(`<title id="${titleId}">[^<]+</title>`));
            expect(html).toMatch(new RegExp(`<desc id="${descId}">[^<]+</desc>`));
          }
          expect(html, page.url).toMatch(/<table[\s\S]*<tbody>[\s\S]*<tr/);
          expect(html).not.toMatch(/<svg[\s\S]*<script/);
        }
      }
      expect(charts).toBeGreaterThan(build === REAL ? 40 : 10);
    });
  }

  it('publishes indicators.json and indicators.csv: every value is a number in its quote, every permalink a page', () => {
    const entries = IndicatorsExport.parse(JSON.parse(readFileSync(join(REAL.outDir, 'data/indicators.json'), 'utf8')));
    expect(entries.length).toBeGreaterThan(20);
    const index = loadIndex(REAL);
    for (const entry of entries) {
      expect(numbersIn(entry.quote)).toContain(entry.value);
      const file = fileFor(REAL, entry.permalink.replace(/#.*$/, ''));
      expect(file, entry.permalink).not.toBeNull();
      const row = index.rows.find((v) => href(v.path, REAL.base) === entry.permalink);
      // A result is quoted from the results column, a target from the planned actions.
      if (row) expect(row.row[entry.source.field === 'actions' ? 'actions' : 'results']).toContain(entry.quote);
    }
    expect(entries.filter((e) => e.measure === 'target').map((e) => [e.document, e.value])).toEqual([
      ['keelung-102-report', 20],
      ['kaohsiung-109-plan', 11],
      ['kaohsiung-109-plan', 117],
    ]);
    for (const entry of entries.filter((e) => e.measure === 'target')) expect(entry.source.field, entry.permalink).toBe('actions');
    const csv = readFileSync(join(REAL.outDir, 'data/indicators.csv'));
    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });

  it('offers every chart as a stand-alone SVG with its stylesheet and as CSV with a BOM', () => {
    const downloads = [...new Set(pages(REAL).flatMap((page) => [...page.html.matchAll(/href="([^"]*\/compare\/charts\/[^"]+)"/g)].map((m) => m[1])))];
    expect(downloads.length).toBeGreaterThan(20);
    for (const download of downloads) {
      // Embed pages link back with absolute URLs (they are read inside other sites' frames).
      const bytes = readFileSync(fileFor(REAL, download.startsWith('http') ? new URL(download).pathname : download)!);
      if (download.endsWith('.svg')) {
        const text = bytes.toString('utf8');
        expect(text).toMatch(/^<\?xml[^>]*\?>\n<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
        expect(text).toContain('<style><![CDATA[');
        expect(text).toContain('prefers-color-scheme: dark');
      } else {
        expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      }
    }
  });
});

describe('chart pages in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await openBrowser();
  });
  afterAll(() => browser?.close());

  for (const { kind, path } of chartPages()) {
    it(`${kind} (${path}): axe finds no WCAG 2.1 A/AA violations in light and dark, and it fits 360 px`, async () => {
      const page = await browser.context.newPage();
      try {
        for (const colorScheme of ['light', 'dark'] as const) {
          await page.emulateMedia({ colorScheme });
          await page.setViewportSize({ width: 1280, height: 900 });
          await page.goto(`${browser.server.origin}${path}`);
          await expect(page.locator('figure.chart-figure svg[role="img"]').count()).resolves.toBeGreaterThan(0);
          await layOutWholePage(page);
          const results = await new AxeBuilder({ page }).withTags(WCAG).analyze();
          expect(results.violations.map((v) => `${colorScheme}: ${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`)).toEqual([]);
        }
        await page.setViewportSize({ width: 360, height: 740 });
        await page.goto(`${browser.server.origin}${path}`);
        await layOutWholePage(page);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow).toBeLessThanOrEqual(0);
        const widest = await page.evaluate(() => Math.max(...[...document.querySelectorAll('svg.chart')].map((s) => s.getBoundingClientRect().width)));
        expect(widest).toBeLessThanOrEqual(360);
      } finally {
        await page.close();
      }
    });
  }

  it('lays out a data table only once it nears the screen, and keeps it readable by assistive technology before', async () => {
    const page = await browser.context.newPage();
    try {
      await page.setViewportSize({ width: 360, height: 740 });
      await page.goto(`${browser.server.origin}${paths.branch('hualien')}`);
      const last = page.locator('.chart-data').last();
      const laidOut = () => last.evaluate((e) => e.querySelector('table')!.checkVisibility({ contentVisibilityAuto: true }));
      await expect(laidOut()).resolves.toBe(false);
      // Skipped, yet in the accessibility tree: the table and its header cells are there to be read.
      const snapshot = await last.ariaSnapshot();
      expect(snapshot).toContain('table');
      expect(snapshot).toContain('columnheader');
      await last.scrollIntoViewIfNeeded();
      await expect.poll(laidOut).toBe(true);
      await page.goto(`${browser.server.origin}${paths.branch('hualien')}`);
      expect(await layOutWholePage(page)).toBe(await page.locator('.chart-data').count());
      await expect(laidOut()).resolves.toBe(true);
    } finally {
      await page.close();
    }
  });

  it('restores the compare state from the URL, loads the chosen indicator from its page, and writes changes back', async () => {
    const page = await browser.context.newPage();
    try {
      await page.goto(`${browser.server.origin}${paths.compare()}?indicator=phone-courtesy-rounds&branch=hualien&branch=keelung`);
      await expect(page.locator('select[name="indicator"]').inputValue()).resolves.toBe('phone-courtesy-rounds');
      await expect(page.locator('input[name="branch"][value="hualien"]').isChecked()).resolves.toBe(true);
      await expect(page.locator('input[name="branch"][value="hsinchu"]').isChecked()).resolves.toBe(false);
      const figure = page.locator('[data-compare-holder] figure[data-chart="indicator-phone-courtesy-rounds"]');
      await figure.waitFor();
      await expect(page.locator('[data-compare-holder] figure[data-chart]').count()).resolves.toBe(1);
      const shownPanels = () => figure.locator('.chart-panel:not([hidden]) svg').evaluateAll((svgs) => svgs.map((s) => s.getAttribute('data-branch')));
      await expect(shownPanels()).resolves.toEqual(['keelung', 'hualien']);
      await expect(figure.locator('tbody tr:not([hidden])').count()).resolves.toBe(2);

      await page.locator('input[name="branch"][value="hsinchu"]').check();
      await expect.poll(() => new URL(page.url()).search).toBe('?indicator=phone-courtesy-rounds&branch=keelung&branch=hsinchu&branch=hualien');
      await expect.poll(shownPanels).toEqual(['keelung', 'hsinchu', 'hualien']);
    } finally {
      await page.close();
    }
  });

  it('redraws the panels for the chosen years and hides the other year columns', async () => {
    const page = await browser.context.newPage();
    try {
      await page.goto(`${browser.server.origin}${paths.compare()}?indicator=phone-courtesy-tests&year=109&year=111`);
      const figure = page.locator('[data-compare-holder] figure[data-chart="indicator-phone-courtesy-tests"]');
      await expect.poll(() => figure.locator('thead th[data-year]:not([hidden])').evaluateAll((ths) => ths.map((t) => t.getAttribute('data-year')))).toEqual(['109', '111']);
      const years = await figure.locator('.chart-panel:not([hidden]) .chart-point').evaluateAll((gs) => [...new Set(gs.map((g) => g.getAttribute('data-year')))].sort());
      expect(years).toEqual(['109', '111']);
      // Kaohsiung's 109 target is redrawn with the chosen years too.
      const targets = await figure.locator('.chart-panel:not([hidden]) .chart-target').evaluateAll((gs) => gs.map((g) => g.getAttribute('data-year')));
      expect(targets).toEqual(['109']);
    } finally {
      await page.close();
    }
  });

  it('shows a point’s tooltip, its heading and the sentence, from the point’s <title>', async () => {
    const page = await browser.context.newPage();
    try {
      await page.goto(`${browser.server.origin}${paths.compare()}?indicator=phone-courtesy-tests`);
      const point = page.locator('[data-compare-holder] figure[data-chart="indicator-phone-courtesy-tests"] .chart-point').first();
      const title = (await point.locator('title').textContent()) ?? '';
      expect(title).toContain('｜');
      await point.hover();
      const tooltip = page.locator('.chart-tooltip');
      await expect.poll(() => tooltip.isVisible()).toBe(true);
      await expect(tooltip.locator('strong').textContent()).resolves.toBe(title.split('｜')[0]);
      await expect(tooltip.locator('q').textContent()).resolves.toBe(title.split('｜')[1]);
    } finally {
      await page.close();
    }
  });

  it('shows a practice view chosen in the URL, loaded from its own page', async () => {
    const page = await browser.context.newPage();
    try {
      await page.goto(`${browser.server.origin}${paths.compare()}?practice=phone-courtesy&year=111`);
      const holder = page.locator('[data-compare-holder]');
      await holder.locator('figure[data-chart="practice-phone-courtesy"]').waitFor();
      await expect(holder.locator('figure[data-chart="practice-phone-courtesy"] thead th[data-year]:not([hidden])').count()).resolves.toBe(1);
      await expect(holder.locator('figure[data-chart^="indicator-"]').count()).resolves.toBe(0);
    } finally {
      await page.close();
    }
  });

  it('without JavaScript, the compare page shows its default view and links every indicator and practice page', async () => {
    const noScript = await launchChromium({ javaScriptEnabled: false });
    try {
      const page = await noScript.context.newPage();
      await page.goto(`${browser.server.origin}${paths.compare()}?indicator=phone-courtesy-tests&branch=hualien`);
      const figures = page.locator('figure[data-chart]');
      await expect(figures.count()).resolves.toBe(1);
      const index = loadIndex(REAL);
      await expect(figures.first().locator('.chart-panel svg[role="img"]').count()).resolves.toBe(index.branches.filter((b) => b.documents.length > 0).length);
      for (const id of ['phone-courtesy-tests', 'self-assessment-scores']) {
        await expect(page.locator(`a[href="${href(paths.compareIndicator(id), REAL.base)}"]`).count()).resolves.toBeGreaterThan(0);
      }
      await expect(page.locator(`a[href="${href(paths.comparePractice('phone-courtesy'), REAL.base)}"]`).count()).resolves.toBeGreaterThan(0);
    } finally {
      await noScript.close();
    }
  });
});
