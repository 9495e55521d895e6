/**
 * A keyboard walk of one page of every kind the sitemap lists (the page with the most markup, so
 * the longest walk), in the light and the dark colour scheme: Tab visits every visible link,
 * button and field exactly once, in document order, skip link first; nothing hidden takes focus;
 * each focused element is on screen with a focus ring of at least 2 px whose colour contrasts
 * 3:1 with what surrounds it (WCAG 2.4.7, 1.4.11); no positive tabindex; the skip link moves focus
 * into the main content.
 */
import { statSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SUBPATH } from './support/builds.ts';
import { inPages, openSite, sitemapPagesByKind, type SiteBrowser } from './support/browser.ts';

interface Stop {
  key: string | null;
  tag: string;
  onScreen: boolean;
  ring: string | null;
  contrast: number | null;
}

/** Marks every element that should take focus, in document order, and returns their keys. */
async function focusables(page: Page): Promise<{ keys: string[]; positiveTabindex: number }> {
  return page.evaluate(() => {
    const selector = 'a[href], button, input:not([type="hidden"]), select, textarea, summary, [tabindex]:not([tabindex="-1"])';
    const visible = (el: HTMLElement) => {
      if ((el as HTMLButtonElement).disabled || el.closest('[inert]')) return false;
      // checkVisibility also rules out the content of a closed <details>, which keeps its boxes.
      return el.checkVisibility({ visibilityProperty: true }) && el.getClientRects().length > 0;
    };
    const all = [...document.querySelectorAll<HTMLElement>(selector)].filter(visible);
    // The skip link sits off-screen until focused, yet must be reachable.
    const skip = document.querySelector<HTMLElement>('.skip-link');
    if (skip && !all.includes(skip)) all.unshift(skip);
    all.forEach((el, i) => el.setAttribute('data-walk', String(i)));
    return { keys: all.map((_, i) => String(i)), positiveTabindex: document.querySelectorAll('[tabindex]:not([tabindex="-1"]):not([tabindex="0"])').length };
  });
}

/** Presses Tab until focus leaves the page or comes round again, describing each stop. */
async function walk(page: Page, limit: number): Promise<Stop[]> {
  const stops: Stop[] = [];
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const stop = await page.evaluate((): Stop | null => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body || el === document.documentElement) return null;
      const rgb = (value: string) => value.match(/[\d.]+/g)?.map(Number) ?? [0, 0, 0, 0];
      const luminance = ([r, g, b]: number[]) => {
        const channel = (c: number) => {
          const s = c / 255;
          return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
        };
        return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
      };
      const style = getComputedStyle(el);
      const rect = el.getBoundingClientRect();
      const onScreen = rect.width > 0 && rect.height > 0 && rect.bottom > 0 && rect.right > 0 && rect.top < innerHeight && rect.left < innerWidth;
      const width = parseFloat(style.outlineWidth);
      let ring: string | null = null;
      let contrast: number | null = null;
      if (style.outlineStyle !== 'none' && width > 0) {
        ring = `${style.outlineStyle} ${width}px`;
        // The ring is drawn outside the element unless pulled inside by a negative offset.
        let around: HTMLElement | null = parseFloat(style.outlineOffset) < 0 ? el : el.parentElement;
        let background = [255, 255, 255];
        while (around) {
          const colour = rgb(getComputedStyle(around).backgroundColor);
          if ((colour[3] ?? 1) > 0) {
            background = colour;
            break;
          }
          around = around.parentElement;
        }
        if (style.outlineStyle !== 'auto') {
          const [a, b] = [luminance(rgb(style.outlineColor)), luminance(background)].sort((x, y) => y - x);
          contrast = (a + 0.05) / (b + 0.05);
        }
      } else if (style.boxShadow !== 'none') {
        ring = `box-shadow ${style.boxShadow}`;
      }
      return { key: el.getAttribute('data-walk'), tag: `${el.tagName.toLowerCase()}${el.className ? `.${String(el.className).split(' ')[0]}` : ''}`, onScreen, ring, contrast };
    });
    if (!stop || (stop.key !== null && stops.some((s) => s.key === stop.key))) break;
    stops.push(stop);
  }
  return stops;
}

/** Loads the page in a colour scheme (then runs `tamper`, for the self-test) and walks it with Tab. */
async function walkProblems(page: Page, url: string, colorScheme: 'light' | 'dark', tamper?: () => Promise<void>): Promise<string[]> {
  const problems: string[] = [];
  await page.emulateMedia({ colorScheme });
  await page.goto(url);
  await tamper?.();
  const { keys, positiveTabindex } = await focusables(page);
  if (positiveTabindex > 0) problems.push(`${colorScheme}: ${positiveTabindex} elements with a positive tabindex`);
  const stops = await walk(page, keys.length + 5);
  const reached = stops.map((s) => s.key ?? `unexpected ${s.tag}`);
  if (reached[0] !== keys[0]) problems.push(`${colorScheme}: first Tab reaches ${stops[0]?.tag}, not the skip link`);
  if (reached.join(',') !== keys.join(',')) {
    const missed = keys.filter((k) => !reached.includes(k));
    const extra = reached.filter((k) => !keys.includes(k));
    problems.push(`${colorScheme}: Tab order differs from document order; missed ${missed.length} [${missed.slice(0, 5)}], extra [${extra.slice(0, 5)}]`);
  }
  for (const stop of stops) {
    const where = `${colorScheme} ${stop.tag}#${stop.key}`;
    if (!stop.onScreen) problems.push(`${where}: focused but not on screen`);
    if (!stop.ring) problems.push(`${where}: no visible focus indicator`);
    else if (stop.ring.startsWith('solid') && parseFloat(stop.ring.split(' ')[1]) < 2) problems.push(`${where}: focus ring ${stop.ring} thinner than 2px`);
    if (stop.contrast !== null && stop.contrast < 3) problems.push(`${where}: focus ring contrast ${stop.contrast.toFixed(2)}:1 < 3:1`);
  }
  if (tamper) return problems;
  // The skip link moves focus into the main content.
  await page.goto(url);
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  const inMain = await page.evaluate(() => !!document.activeElement?.closest('main') || document.activeElement?.id === 'main');
  if (!inMain) problems.push(`${colorScheme}: the skip link does not move focus into <main>`);
  return problems;
}

describe('keyboard walk of every page kind, light and dark', () => {
  const kinds = sitemapPagesByKind(SUBPATH).map(({ kind, paths }) => {
    const size = (path: string) => {
      const rel = path.slice(SUBPATH.base.length);
      try {
        return statSync(join(SUBPATH.outDir, rel, 'index.html')).size;
      } catch {
        return 0;
      }
    };
    return { kind, path: [...paths].sort((a, b) => size(b) - size(a) || a.localeCompare(b))[0] };
  });
  let site: SiteBrowser;
  beforeAll(async () => {
    site = await openSite(SUBPATH);
  });
  afterAll(() => site?.close());

  it('the walk reports problems when there are some (no focus ring, positive tabindex, unreachable link)', async () => {
    await inPages(site, ['light'] as const, 1, async (page, colorScheme) => {
      const found = await walkProblems(page, `${site.server.origin}${SUBPATH.base}about/`, colorScheme, async () => {
        await page.evaluate(() => {
          // A constructed stylesheet (CSSOM): an inline <style> would be refused by the page's CSP.
          const sheet = new CSSStyleSheet();
          sheet.replaceSync('main a:focus-visible { outline: none !important; }');
          document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
          const links = document.querySelectorAll('main a[href]');
          links[0].setAttribute('tabindex', '2');
          links[1].setAttribute('tabindex', '-1');
        });
      });
      expect(found.some((p) => p.includes('positive tabindex'))).toBe(true);
      expect(found.some((p) => p.includes('no visible focus indicator'))).toBe(true);
      expect(found.some((p) => p.includes('Tab order differs'))).toBe(true);
    });
  });

  for (const { kind, path } of kinds) {
    it(`${kind}: ${path}`, async () => {
      const problems: string[] = [];
      await inPages(site, ['light', 'dark'] as const, 2, async (page, colorScheme) => {
        problems.push(...(await walkProblems(page, `${site.server.origin}${path}`, colorScheme)));
      });
      expect(problems).toEqual([]);
    });
  }
});
