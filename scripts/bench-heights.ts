/**
 * Page heights in Chromium: each page loaded at 1280 × 800 px (light scheme), its document height
 * read after layout, and whether its headline chart or table ([data-headline]) starts on the first
 * screen. Shared by the benchmarks; budgets are printed, not asserted.
 */
import { statSync } from 'node:fs';
import { launchChromium } from './chromium.ts';
import { startServer } from './serve.ts';
import { builtPages, HEIGHT_BUDGET_PX, HEIGHT_VIEWPORT, textTable } from './bench-site.ts';
import { layOutWholePage } from './whole-page.ts';

/** Kinds whose pages compare across documents: their first screen must show the headline chart or table. */
export const COMPARISON_KINDS = ['home', 'compare', 'compare indicator', 'compare practice', 'practice', 'branch', 'dimension'];

/** Pages measured of each kind that does not compare: the heaviest few, since markup and height grow together. */
export const HEAVIEST_PER_KIND = 3;

/**
 * The pages to measure: every page of the comparison kinds, and the HEAVIEST_PER_KIND pages with the
 * most markup of every other kind, 404 included (the ones that would grow first); for the
 * per-document kinds those are the heaviest documents' pages.
 */
export function heightTargets(outDir: string): { kind: string; sitePath: string }[] {
  const pages = builtPages(outDir);
  const byKind = new Map<string, { sitePath: string; bytes: number }[]>();
  for (const page of pages.filter((p) => !COMPARISON_KINDS.includes(p.kind))) {
    byKind.set(page.kind, [...(byKind.get(page.kind) ?? []), { sitePath: page.sitePath, bytes: statSync(page.file).size }]);
  }
  return [
    ...pages.filter((p) => COMPARISON_KINDS.includes(p.kind)).map((p) => ({ kind: p.kind, sitePath: p.sitePath })),
    ...[...byKind.entries()].flatMap(([kind, list]) =>
      list
        .sort((a, b) => b.bytes - a.bytes)
        .slice(0, HEAVIEST_PER_KIND)
        .map((l) => ({ kind, sitePath: l.sitePath })),
    ),
  ];
}

/** Per kind: the tallest page measured, and whether every comparison page shows its headline on the first screen. */
export function heightSummary(heights: readonly PageHeight[]): { tallest: PageHeight[]; over: PageHeight[]; headlineMissing: PageHeight[] } {
  const tallest = new Map<string, PageHeight>();
  for (const h of heights) if (!tallest.has(h.kind) || h.height > tallest.get(h.kind)!.height) tallest.set(h.kind, h);
  return {
    tallest: [...tallest.values()].sort((a, b) => a.kind.localeCompare(b.kind)),
    over: heights.filter((h) => h.height > HEIGHT_BUDGET_PX),
    headlineMissing: heights.filter((h) => COMPARISON_KINDS.includes(h.kind) && (h.headlineTop === null || h.headlineTop >= HEIGHT_VIEWPORT.height)),
  };
}

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
      await layOutWholePage(page);
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
