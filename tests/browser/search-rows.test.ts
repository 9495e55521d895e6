/**
 * The search page on the real build, in Chromium: every row containing a phrase is listed (and
 * nothing else), Simplified, variant-character and Latin/digit queries, numbers with and without
 * separators, result order and its URL, suggestions when nothing matches, filters, show more, a
 * cold /search/?q= load, the header form without JavaScript, keyboard use and axe.
 *
 * Expected rows come from the generated documents by plain substring search (NFC, whitespace
 * ignored, full-width letters and digits folded, case ignored, 台/臺/檯 read alike, a separator
 * between digits ignored), written here independently of src/search.
 */
import AxeBuilder from '@axe-core/playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { REAL } from '../site/support/builds.ts';
import { loadIndex } from '../site/support/dist.ts';
import { href } from '../../src/lib/urls.ts';
import { ui } from '../../src/lib/i18n.ts';
import { openBrowser, type Browser } from './support.ts';

const index = loadIndex(REAL);

function fold(text: string): string {
  return text
    .normalize('NFC')
    .replace(/\s+/gu, '')
    .replace(/[\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .toLowerCase()
    .replace(/[臺檯]/g, '台')
    .replace(/(\d)[,-](?=\d)/g, '$1');
}

/** Paths of the rows one of whose fields contains the phrase, optionally only some branches. */
function rowsContaining(phrase: string, branches?: string[]): string[] {
  const needle = fold(phrase);
  return index.rows
    .filter((view) => !branches || branches.includes(view.document.branch.id))
    .filter((view) => [view.row.strategy, view.row.method, view.row.item, view.row.unitsText, view.row.actions, view.row.results].some((f) => fold(f).includes(needle)))
    .map((view) => href(view.path, REAL.base))
    .sort();
}

async function waitForResults(page: Page, q: string): Promise<number> {
  await page.waitForFunction((q) => {
    const count = document.getElementById('search-count');
    return count?.dataset.count !== undefined && count.dataset.q === q;
  }, q);
  return Number(await page.locator('#search-count').getAttribute('data-count'));
}

/** Presses "show more" until it goes away; returns every result's path. */
async function allResults(page: Page): Promise<string[]> {
  const more = page.locator('#search-more');
  for (let i = 0; i < 100 && (await more.isVisible()); i++) {
    const shown = await page.locator('#search-results a').count();
    await more.click();
    await page.waitForFunction((n) => document.querySelectorAll('#search-results > li').length > n || document.getElementById('search-more')!.hidden, shown);
  }
  const hrefs = await page.locator('#search-results li > h2 a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
  return hrefs.map((h) => new URL(h).pathname).sort();
}

/** A UI template with its {name} slots filled, as the search page fills them. */
const fill = (template: string, values: Record<string, string | number>) => template.replace(/\{(\w+)\}/g, (_, name: string) => String(values[name]));

/** The ROC year of a row path (…/<branch>/<year>/<kind>/<row>/). */
const yearOf = (path: string) => Number(path.split('/').at(-4));

async function search(browser: Browser, query: string, params = ''): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(`${browser.server.origin}${href('/search/', REAL.base)}?q=${encodeURIComponent(query)}${params}`);
  await waitForResults(page, query);
  return page;
}

describe('search page', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await openBrowser();
  });
  afterAll(() => browser?.close());

  for (const phrase of ['電話禮貌', '單一窗口', '便捷貿 e 網', '滿意度調查', '無障礙']) {
    it(`lists every row containing ${phrase} and nothing else, from a cold /search/?q= load`, async () => {
      const expected = rowsContaining(phrase);
      expect(expected.length).toBeGreaterThan(0);
      const page = await search(browser, phrase);
      expect(Number(await page.locator('#search-count').getAttribute('data-count'))).toBe(expected.length);
      expect(await page.locator('#search-count').textContent()).toContain(String(expected.length));
      expect(await allResults(page)).toEqual(expected);
      await expect(page.locator('#search-more').isHidden()).resolves.toBe(true);
      await page.close();
    });
  }

  it('finds the Traditional text for Simplified input, and says which spelling it searched', async () => {
    for (const [simplified, traditional] of [['电话礼貌', '電話禮貌'], ['电话', '電話'], ['单一窗口', '單一窗口']]) {
      const page = await search(browser, simplified);
      expect(await allResults(page)).toEqual(rowsContaining(traditional));
      expect(await page.locator('#search-note').textContent()).toContain(traditional);
      await page.close();
    }
  });

  it('reads 台, 臺 and 檯 alike, and highlights the text as written', async () => {
    for (const [query, written] of [['台東辦事處', '臺東辦事處'], ['櫃台', ''], ['櫃檯', ''], ['櫃臺', '']]) {
      const expected = rowsContaining(query);
      expect(expected.length, query).toBeGreaterThan(0);
      const page = await search(browser, query);
      expect(await allResults(page), query).toEqual(expected);
      const marks = await page.locator('#search-results mark').allTextContents();
      expect(marks.length).toBeGreaterThan(0);
      if (written) expect(marks.every((m) => m === written), query).toBe(true);
      else expect(new Set(marks.map((m) => m.slice(1))).size, `${query} marks ${marks.join(' ')}`).toBeGreaterThan(1);
      await page.close();
    }
  });

  it('matches numbers with or without their separators', async () => {
    for (const [query, other] of [['12,029', '12029'], ['24653', '24,653']]) {
      const expected = rowsContaining(query);
      expect(expected.length, query).toBeGreaterThan(0);
      for (const q of [query, other]) {
        const page = await search(browser, q);
        expect(await allResults(page), q).toEqual(expected);
        await page.close();
      }
    }
  });

  it('orders by relevance by default, and by year when asked, keeping the order in the URL', async () => {
    const phrase = '電話禮貌';
    const page = await search(browser, phrase);
    await expect(page.locator('#search-sort').inputValue()).resolves.toBe('relevance');
    // The first result holds the phrase in its heading (strategy › method › sub-item).
    expect(await page.locator('#search-results li h2 mark').first().isVisible()).toBe(true);
    await page.locator('#search-sort').selectOption('oldest');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('sort') === 'oldest');
    await waitForResults(page, phrase);
    const all = await page.locator('#search-results li > h2 a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(new Set(await allResults(page))).toEqual(new Set(rowsContaining(phrase)));
    const oldest = all.map(yearOf);
    expect(oldest).toEqual([...oldest].sort((a, b) => a - b));
    await page.close();
    const newest = await search(browser, phrase, '&sort=newest');
    await expect(newest.locator('#search-sort').inputValue()).resolves.toBe('newest');
    const newestYears = (await newest.locator('#search-results li > h2 a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname))).map(yearOf);
    expect(newestYears).toEqual([...newestYears].sort((a, b) => b - a));
    await newest.close();
  });

  it('offers the nearest phrases that match when nothing does, each a link to its results', async () => {
    const page = await search(browser, '電話禮貌測試之外的事');
    expect(await page.locator('#search-count').getAttribute('data-count')).toBe('0');
    const links = page.locator('#search-suggestions a');
    expect(await links.count()).toBeGreaterThan(0);
    // No order to choose among no results.
    await expect(page.locator('#search-sort').isHidden()).resolves.toBe(true);
    const first = (await links.first().textContent())!.replace(/[「」]/g, '');
    expect('電話禮貌測試之外的事').toContain(first);
    expect(rowsContaining(first).length).toBeGreaterThan(0);
    await links.first().click();
    await page.waitForURL((url) => url.searchParams.get('q') === first);
    await waitForResults(page, first);
    expect(await allResults(page)).toEqual(rowsContaining(first));
    await expect(page.locator('#search-suggestions').isHidden()).resolves.toBe(true);
    await expect(page.locator('#search-sort').isVisible()).resolves.toBe(true);
    await page.close();
  });

  it('matches Latin letters and digits ignoring case, width and spaces', async () => {
    for (const [query, phrase] of [['CNS 11359', 'CNS 11359'], ['cns11359', 'CNS 11359'], ['ＡＰＰ', 'APP'], ['qr code', 'QR code'], ['e-mail', 'e-mail']]) {
      const expected = rowsContaining(phrase);
      const page = await search(browser, query);
      expect(await allResults(page), query).toEqual(expected);
      await page.close();
    }
  });

  it('highlights the match in the excerpt with the text as written, and links to the row with a text fragment', async () => {
    const page = await search(browser, '電話禮貌');
    const first = page.locator('#search-results li').first();
    const marks = await first.locator('mark').allTextContents();
    expect(marks.length).toBeGreaterThan(0);
    expect(marks.every((m) => fold(m) === fold('電話禮貌'))).toBe(true);
    const link = await first.locator('h2 a').getAttribute('href');
    expect(link).toMatch(/#:~:text=/);
    const quoted = decodeURIComponent(link!.split('#:~:text=')[1]);
    expect(quoted).toContain('電話禮貌');
    await page.goto(new URL(link!, browser.server.origin).href);
    expect((await page.locator('main').innerText()).replace(/\s+/g, ' ')).toContain(quoted);
    await page.close();
  });

  it('narrows by branch from the URL, shows counts, and adds a branch when its box is ticked', async () => {
    const phrase = '單一窗口';
    const byBranch = new Map<string, number>();
    for (const path of rowsContaining(phrase)) {
      const view = index.rows.find((v) => href(v.path, REAL.base) === path)!;
      byBranch.set(view.document.branch.id, (byBranch.get(view.document.branch.id) ?? 0) + 1);
    }
    const [first, second] = [...byBranch.keys()];
    expect(second).toBeDefined();
    const unfiltered = await search(browser, phrase);
    const shownCounts = await unfiltered.locator('#search-filters input[name="branch"]').evaluateAll((boxes) =>
      boxes.map((box) => [(box as HTMLInputElement).value, box.parentElement!.textContent!.match(/\((\d+)\)/)![1]]),
    );
    expect(new Map(shownCounts.map(([b, n]) => [b, Number(n)]))).toEqual(byBranch);
    for (const facet of ['year', 'kind', 'dimension', 'practice']) {
      expect(await unfiltered.locator(`#search-filters input[name="${facet}"]`).count(), facet).toBeGreaterThan(0);
    }
    await unfiltered.close();
    const page = await search(browser, phrase, `&branch=${first}`);
    expect(await allResults(page)).toEqual(rowsContaining(phrase, [first]));
    const firstBox = page.locator(`#search-filters input[name="branch"][value="${first}"]`);
    await expect(firstBox.isChecked()).resolves.toBe(true);
    const secondBox = page.locator(`#search-filters input[name="branch"][value="${second}"]`);
    expect(await secondBox.locator('xpath=..').textContent()).toContain(`(${byBranch.get(second)})`);
    await secondBox.check();
    await page.waitForFunction((n) => document.getElementById('search-count')?.dataset.count === String(n), byBranch.get(first)! + byBranch.get(second)!);
    expect(await allResults(page)).toEqual(rowsContaining(phrase, [first, second]));
    expect(new URL(page.url()).searchParams.getAll('branch')).toEqual([first, second]);
    await page.close();
  });

  it('combines filters: year and kind together narrow further', async () => {
    const phrase = '服務';
    const doc = index.documents.find((d) => d.document.kind === 'report')!.document;
    const page = await search(browser, phrase, `&year=${doc.year.roc}&kind=report`);
    const expected = rowsContaining(phrase).filter((path) => {
      const view = index.rows.find((v) => href(v.path, REAL.base) === path)!;
      return view.document.year.roc === doc.year.roc && view.document.kind === 'report';
    });
    expect(await allResults(page)).toEqual(expected);
    await page.close();
  });

  it('shows results in pages: "show more" adds the next ones and moves focus to the first new one', async () => {
    const page = await search(browser, '服務');
    const total = Number(await page.locator('#search-count').getAttribute('data-count'));
    const firstPage = await page.locator('#search-results > li').count();
    expect(total).toBeGreaterThan(firstPage);
    await page.locator('#search-more').click();
    await page.waitForFunction((n) => document.querySelectorAll('#search-results > li').length > n, firstPage);
    const focused = await page.evaluate(() => document.activeElement?.closest('li'));
    expect(focused).not.toBeNull();
    expect(await page.evaluate((n) => document.activeElement === document.querySelectorAll('#search-results > li')[n]?.querySelector('a'), firstPage)).toBe(true);
    expect(await allResults(page)).toHaveLength(total);
    await page.close();
  });

  it('runs as the reader types, keeping the URL in step', async () => {
    const page = await search(browser, '電話');
    await page.locator('#search-q').fill('禮貌');
    await waitForResults(page, '禮貌');
    expect(new URL(page.url()).searchParams.get('q')).toBe('禮貌');
    expect(await allResults(page)).toEqual(rowsContaining('禮貌'));
    await page.close();
  });

  it('says so when nothing matches', async () => {
    const page = await search(browser, '不存在的詞語組合');
    expect(await page.locator('#search-count').getAttribute('data-count')).toBe('0');
    expect(await page.locator('#search-results > li').count()).toBe(0);
    await expect(page.locator('#search-more').isHidden()).resolves.toBe(true);
    await page.close();
  });

  it('keeps the last count on screen while a search runs, and says it is searching only once it is slow', async () => {
    const page = await search(browser, '電話');
    const before = await page.locator('#search-count').textContent();
    // The next rows' texts take 1.2 s to arrive.
    await page.route('**/pagefind/rows/**', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 1200));
      await route.continue();
    });
    const atSubmit = await page.evaluate(() => {
      const count = document.getElementById('search-count')!;
      const started = performance.now();
      const seen: { text: string; ms: number }[] = [];
      (window as unknown as { countTexts: typeof seen }).countTexts = seen;
      new MutationObserver(() => seen.push({ text: count.textContent ?? '', ms: performance.now() - started })).observe(count, { childList: true, characterData: true, subtree: true });
      (document.getElementById('search-q') as HTMLInputElement).value = '禮貌';
      (document.getElementById('search-form') as HTMLFormElement).requestSubmit();
      return { text: count.textContent, finished: count.dataset.count !== undefined };
    });
    // At once: the old count still shown, but no longer marked as a finished search.
    expect(atSubmit).toEqual({ text: before, finished: false });
    const n = await waitForResults(page, '禮貌');
    const seen = await page.evaluate(() => (window as unknown as { countTexts: { text: string; ms: number }[] }).countTexts);
    expect(seen.map((s) => s.text)).toEqual([ui.searching, fill(ui.searchCount, { n, q: '禮貌' })]);
    expect(seen[0].ms).toBeGreaterThanOrEqual(250);
    await page.close();
  });

  it('the header search form is a plain GET form to /search/ that works without JavaScript', async () => {
    const page = await browser.context.newPage();
    const cdp = await browser.context.newCDPSession(page);
    await cdp.send('Emulation.setScriptExecutionDisabled', { value: true });
    await page.goto(`${browser.server.origin}${href('/about/', REAL.base)}`);
    await page.getByRole('searchbox', { name: '搜尋報告內容' }).fill('單一窗口');
    await page.getByRole('searchbox', { name: '搜尋報告內容' }).press('Enter');
    await page.waitForURL(/\/search\/\?q=/);
    expect(new URL(page.url()).searchParams.get('q')).toBe('單一窗口');
    await cdp.send('Emulation.setScriptExecutionDisabled', { value: false });
    await page.reload();
    await waitForResults(page, '單一窗口');
    expect(await allResults(page)).toEqual(rowsContaining('單一窗口'));
    await page.close();
  });

  it('can be used with the keyboard alone: type, tick a filter with Space, reach the results', async () => {
    const page = await search(browser, '單一窗口');
    await page.locator('#search-q').focus();
    await page.keyboard.press('Tab'); // the submit button
    await page.keyboard.press('Tab'); // the first filter box
    const focused = await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.name);
    expect(focused).toBe('branch');
    await page.keyboard.press('Space');
    await page.waitForFunction(() => new URL(location.href).searchParams.has('branch'));
    await waitForResults(page, '單一窗口');
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.checked)).toBe(true);
    await page.close();
  });

  it('fits a 360 px wide screen with results and filters shown', async () => {
    const page = await search(browser, '單一窗口');
    await page.setViewportSize({ width: 360, height: 800 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await page.close();
  });

  it('has no axe violations with results and filters shown, in light and dark', async () => {
    const page = await search(browser, '電話禮貌', '&kind=report');
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
      expect(results.violations.map((v) => `${colorScheme}: ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`)).toEqual([]);
    }
    await page.close();
  });
});
