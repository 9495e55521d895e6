/**
 * Page heights in Chromium: each page loaded at 1280 × 800 px (light scheme), its document height
 * read after layout, and whether its headline chart or table ([data-headline]) starts on the first
 * screen. Shared by the benchmarks; budgets are printed, not asserted.
 */
import { launchChromium } from './chromium.ts';
import { startServer } from './serve.ts';
import { HEIGHT_BUDGET_PX, HEIGHT_VIEWPORT, textTable } from './bench-site.ts';

export interface PageHeight {
  kind: string;
  sitePath: string;
  height: number;
  /** Top of the [data-headline] element in px, or null when the page marks none. */
  headlineTop: number | null;
}

export async function measureHeights(outDir: string, pages: readonly { kind: string; sitePath: string }[]): Promise<PageHeight[]> {
  const server = await startServer({ dir: outDir, port: 0, base: '/', quiet: true });
  const browser = await launchChromium({ viewport: HEIGHT_VIEWPORT });
  try {
    const page = await browser.context.newPage();
    const results: PageHeight[] = [];
    for (const target of pages) {
      await page.goto(`${server.origin}${target.sitePath}`, { waitUntil: 'load' });
      const measured = await page.evaluate(() => {
        const headline = document.querySelector('[data-headline]');
        return {
          height: Math.ceil(document.documentElement.scrollHeight),
          headlineTop: headline ? Math.round(headline.getBoundingClientRect().top + window.scrollY) : null,
        };
      });
      results.push({ ...target, ...measured });
    }
    return results;
  } finally {
    await browser.close();
    await server.close();
  }
}

export function heightTable(heights: readonly PageHeight[]): string {
  const px = (n: number) => `${n.toLocaleString('en')} px`;
  return textTable(
    ['kind', 'page', 'height at 1280 px', `≤ ${px(HEIGHT_BUDGET_PX)}`, 'headline on first screen'],
    heights.map((h) => [
      h.kind,
      h.sitePath,
      px(h.height),
      h.height <= HEIGHT_BUDGET_PX ? 'met' : 'MISSED',
      h.headlineTop === null ? '-' : h.headlineTop < HEIGHT_VIEWPORT.height ? `yes (${h.headlineTop} px)` : `NO (${h.headlineTop} px)`,
    ]),
  );
}
