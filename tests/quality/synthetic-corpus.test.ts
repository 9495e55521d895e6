/**
 * The full-size synthetic build (FULL in support/builds.ts: the 280 documents of
 * scripts/synthetic/, built with SYNTHETIC=1): it holds the whole series, and every page says it is
 * synthetic and keeps out of search engines, while the real builds say neither.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listFiles } from '../../scripts/bench-site.ts';
import { syntheticText } from '../../src/lib/i18n.ts';
import { paths } from '../../src/lib/urls.ts';
import { FULL, SUBPATH } from './support/builds.ts';

const NOINDEX = '<meta name="robots" content="noindex">';
/** The banner's opening tag and its headline, whatever attributes Astro's scoped styles add. */
const BANNER = new RegExp(`<div class="synthetic-notice"[^>]*>(?:<[^>]+>)*${syntheticText.banner}<`);
const pages = (dir: string) => listFiles(dir).filter((file) => file.endsWith('.html'));

describe('the full-size synthetic build', () => {
  it('holds the 280 documents of the series, every one at full coverage', () => {
    const report = JSON.parse(readFileSync(join(FULL.generatedDir, 'report.json'), 'utf8'));
    expect(report.documents).toHaveLength(280);
    expect(report.uncoveredLines).toBe(0);
  });

  it('marks every page 合成示範資料 in a banner at the top of the body, and noindex in the head', () => {
    const html = pages(FULL.outDir);
    expect(html.length).toBeGreaterThan(10_000);
    const unmarked: string[] = [];
    for (const file of html) {
      const text = readFileSync(file, 'utf8');
      const head = text.slice(0, text.indexOf('</head>'));
      const body = text.slice(text.indexOf('<body'));
      const bannerAt = body.search(BANNER);
      // Before the site header; embed pages have none, and the banner opens their body instead.
      const headerAt = body.indexOf('<header');
      if (!head.includes(NOINDEX) || bannerAt === -1 || (headerAt !== -1 && bannerAt > headerAt)) unmarked.push(file);
    }
    expect(unmarked.slice(0, 10)).toEqual([]);
  });

  it('is the only build marked so: the real site has no banner, and noindex only on its 404 and chart embed pages', () => {
    const embeds = join(SUBPATH.outDir, paths.embedSection());
    for (const file of pages(SUBPATH.outDir)) {
      const text = readFileSync(file, 'utf8');
      expect(BANNER.test(text), file).toBe(false);
      // Embed pages are kept out of search engines on purpose (src/layouts/Embed.astro).
      expect(text.includes(NOINDEX), file).toBe(file.endsWith('404.html') || file.startsWith(embeds));
    }
  });
});
