/**
 * Every internal link and asset of the built site resolves, both for the real site served under a
 * sub-path (/reports/ on another origin) and at the root (with one more document). External links
 * are not fetched (no network in CI); they are listed in .tmp/external-links.txt for a person to
 * review.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sitemapUrls } from '../../scripts/bench-site.ts';
import { EXTENDED, ROOT, SUBPATH, type QualityBuild } from './support/builds.ts';
import { checkLinks, formatExternal } from './support/links.ts';

const EXTERNAL_REPORT = join(ROOT, '.tmp/external-links.txt');

function linkChecks(build: QualityBuild, writeExternalReport: boolean): void {
  describe(`links: ${build.name} build (base ${build.base}, ${build.site})`, () => {
    it('every internal reference in HTML, CSS, JS, sitemap, _headers and data exports reaches a file (and fragment)', () => {
      const report = checkLinks(build);
      expect(report.files).toBeGreaterThan(100);
      expect(report.checked).toBeGreaterThan(1000);
      expect(report.broken.slice(0, 50), `${report.broken.length} broken references`).toEqual([]);
      if (writeExternalReport) {
        mkdirSync(join(ROOT, '.tmp'), { recursive: true });
        const header = `# External links in the site built from content/sources (${report.external.size} URLs; not fetched)\n`;
        writeFileSync(EXTERNAL_REPORT, `${header}${formatExternal(report.external)}\n`);
        console.info(`links: ${report.checked} internal references checked in ${report.files} files; ` +
          `${report.external.size} external URLs listed in .tmp/external-links.txt`);
      }
    });

    it('the sitemap lists only pages of this site, under its base', () => {
      const urls = sitemapUrls(build.outDir, build.base);
      expect(urls.length).toBeGreaterThan(100);
      for (const url of urls) expect(url.startsWith(`${build.site}${build.base}`), url).toBe(true);
      expect(new Set(urls).size).toBe(urls.length);
    });
  });
}

linkChecks(SUBPATH, true);
linkChecks(EXTENDED, false);
