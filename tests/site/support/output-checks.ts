/**
 * Checks every build must pass, run against the real site (root path) and the mini fixture
 * (sub-path /reports/): rows have pages showing their text, internal links resolve, pages carry
 * their metadata, exports match their schema, source texts are published unchanged.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { DocumentsExport, STRATEGY_CSV_COLUMNS, StrategiesExport } from '../../../src/lib/exports.ts';
import { absoluteUrl, href, paths } from '../../../src/lib/urls.ts';
import { paragraphs } from '../../../src/lib/format.ts';
import type { SiteIndex } from '../../../src/lib/site.ts';
import { PAGE_KINDS } from '../../../src/lib/page-kinds.ts';
import type { TestBuild } from './builds.ts';
import { attributeValues, fileFor, ids, metaContent, pages, squashed, visibleText, type Page, loadIndex } from './dist.ts';
import { parseCsv } from './csv.ts';

export function outputChecks(build: TestBuild): void {
  describe(`build output: ${build.name} (base ${build.base})`, () => {
    let all: Page[];
    let index: SiteIndex;
    const page = (path: string): Page => {
      const url = href(path, build.base);
      const found = all.find((p) => p.url === url);
      if (!found) throw new Error(`no page ${url}`);
      return found;
    };

    beforeAll(() => {
      // Chart embed pages have no site frame (header, navigation, footer) by design; they are
      // checked in tests/site/govweb.test.ts.
      all = pages(build).filter((p) => !p.url.startsWith(href(paths.embedSection(), build.base)));
      index = loadIndex(build);
    });

    it('builds a page for every row, showing all of the row’s text', () => {
      expect(index.rows.length).toBeGreaterThan(0);
      for (const view of index.rows) {
        const text = squashed(visibleText(page(view.path).html));
        const { row } = view;
        for (const field of [row.strategy, row.method, row.item, row.actions, row.results]) {
          for (const part of paragraphs(field)) {
            expect(text.includes(squashed(part)), `${view.key}: "${part.slice(0, 40)}"`).toBe(true);
          }
        }
        for (const unit of row.units) expect(text, view.key).toContain(squashed(unit));
      }
    });

    it('shows every row in its document, linked to the row’s permalink', () => {
      for (const doc of index.documents) {
        const html = page(doc.path).html;
        const links = new Set(attributeValues(html, 'href'));
        for (const view of doc.rows) expect(links.has(href(view.path, build.base)), view.key).toBe(true);
        const text = squashed(visibleText(html));
        for (const section of doc.document.sections) {
          for (const part of paragraphs(section.text)) expect(text.includes(squashed(part)), part.slice(0, 40)).toBe(true);
        }
        for (const note of doc.document.notes) expect(text.includes(squashed(note.text)), note.text).toBe(true);
        if (doc.document.scores) expect(text).toContain(String(doc.document.scores.total));
      }
    });

    it('publishes every permalink the site index lists', () => {
      for (const link of index.permalinks) {
        expect(fileFor(build, href(link.path, build.base)), `${link.path} → ${link.target}`).not.toBeNull();
      }
    });

    it('resolves every internal link, including fragments', () => {
      const origin = new URL(build.site).origin;
      const problems: string[] = [];
      for (const p of all) {
        const base = new URL(p.url, origin);
        const targets = [
          ...attributeValues(p.html, 'href'),
          ...attributeValues(p.html, 'src'),
          ...attributeValues(p.html, 'action'),
        ];
        for (const target of targets) {
          const url = new URL(target, base);
          if (url.origin !== origin) continue;
          const file = fileFor(build, url.pathname);
          if (!file) {
            problems.push(`${p.url}: ${target}`);
            continue;
          }
          if (url.hash && file.endsWith('.html')) {
            const id = decodeURIComponent(url.hash.slice(1));
            if (!ids(readFileSync(file, 'utf8')).has(id)) problems.push(`${p.url}: ${target} (no id ${id})`);
          }
        }
      }
      expect(problems).toEqual([]);
    });

    it('gives every page one h1, a title, description, canonical URL, OpenGraph and Twitter meta', () => {
      for (const p of all) {
        expect(p.html, p.url).toContain('<html lang="zh-Hant-TW">');
        expect(p.html.match(/<h1[\s>]/g)?.length, `${p.url}: h1 count`).toBe(1);
        expect(/<title>[^<]+<\/title>/.test(p.html), p.url).toBe(true);
        const notFound = p.url.endsWith('404.html');
        for (const key of ['description', 'og:title', 'og:description', 'twitter:card', 'twitter:title', 'twitter:description']) {
          expect(metaContent(p.html, key), `${p.url}: ${key}`).toBeTruthy();
        }
        expect(p.html, p.url).toContain(`<link rel="icon" href="${build.base}favicon.svg"`);
        const canonical = /<link rel="canonical" href="([^"]+)"/.exec(p.html)?.[1];
        const expected = notFound ? undefined : new URL(p.url, build.site).href;
        expect(canonical, p.url).toBe(expected);
        expect(metaContent(p.html, 'og:url') ?? undefined, p.url).toBe(expected);
      }
    });

    it('has a skip link, landmarks and the search form on every page', () => {
      for (const p of all) {
        expect(p.html, p.url).toMatch(/<a class="skip-link" href="#main">/);
        expect(p.html, p.url).toMatch(/<main id="main"/);
        expect(p.html, p.url).toMatch(/<header/);
        expect(p.html, p.url).toMatch(/<footer/);
        expect(p.html, p.url).toContain(`action="${build.base}search/"`);
        expect(p.html, p.url).toMatch(/name="q"/);
      }
    });

    it('runs no JavaScript on content pages except the copy-link script on row pages', () => {
      const rowUrls = new Set(index.rows.map((v) => href(v.path, build.base)));
      const interactiveUrls = new Set(PAGE_KINDS.filter((k) => k.interactive && k.single).map((k) => href(k.single!.path, build.base)));
      const contentUrls = new Set(index.permalinks.map((l) => href(l.path, build.base)).filter((u) => u.endsWith('/')));
      for (const p of all) {
        // JSON-LD blocks are data, never executed: not JavaScript.
        const scripts = (p.html.match(/<script\b[^>]*>/g) ?? []).filter((tag) => !tag.includes('type="application/ld+json"'));
        if (interactiveUrls.has(p.url) || !contentUrls.has(p.url)) continue;
        if (rowUrls.has(p.url)) {
          expect(scripts.length, p.url).toBe(1);
          expect(scripts[0]).toMatch(/type="module"/);
        } else {
          expect(scripts, p.url).toEqual([]);
        }
      }
    });

    it('indexes content pages for search and keeps chrome out of the index', () => {
      expect(existsSync(join(build.outDir, 'pagefind/pagefind-ui.js'))).toBe(true);
      for (const view of index.rows.slice(0, 20)) {
        const html = page(view.path).html;
        expect(html).toContain('data-pagefind-body');
        expect(html).toMatch(/<header class="site-header" data-pagefind-ignore="all">/);
      }
      expect(existsSync(join(build.outDir, 'pagefind/pagefind-entry.json'))).toBe(true);
      // The search page loads Pagefind's API from the bundle (src/search/page.ts), not its default UI.
      expect(page('/search/').html).toContain(`"bundle":"${build.base}pagefind/"`);
    });

    it('writes strategies.json and documents.json matching their published schemas', () => {
      const strategies = StrategiesExport.parse(JSON.parse(readFileSync(join(build.outDir, 'data/strategies.json'), 'utf8')));
      expect(strategies.map((r) => r.id)).toEqual(index.rows.map((v) => v.key));
      for (const row of strategies) {
        expect(fileFor(build, row.permalink), row.permalink).not.toBeNull();
        expect(row.url).toBe(absoluteUrl(row.permalink.slice(build.base.length - 1), build.site, build.base));
        expect(fileFor(build, row.source.file), row.source.file).not.toBeNull();
      }
      const documents = DocumentsExport.parse(JSON.parse(readFileSync(join(build.outDir, 'data/documents.json'), 'utf8')));
      expect(documents.map((d) => d.id).sort()).toEqual(index.documents.map((d) => d.document.id).sort());
      for (const doc of documents) expect(fileFor(build, doc.permalink), doc.permalink).not.toBeNull();
      for (const name of ['strategies.schema.json', 'documents.schema.json']) {
        const schema = JSON.parse(readFileSync(join(build.outDir, 'data', name), 'utf8'));
        expect(schema.$id).toBe(absoluteUrl(`/data/${name}`, build.site, build.base));
        expect(schema.type).toBe('array');
      }
    });

    it('writes strategies.csv in UTF-8 with a BOM, one record per row, matching the JSON', () => {
      const bytes = readFileSync(join(build.outDir, 'data/strategies.csv'));
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const records = parseCsv(bytes.subarray(3).toString('utf8'));
      expect(records[0]).toEqual(STRATEGY_CSV_COLUMNS.map(([name]) => name));
      const strategies = StrategiesExport.parse(JSON.parse(readFileSync(join(build.outDir, 'data/strategies.json'), 'utf8')));
      expect(records.length - 1).toBe(strategies.length);
      strategies.forEach((row, i) => {
        const record = records[i + 1];
        expect(record[0]).toBe(row.id);
        expect(record[STRATEGY_CSV_COLUMNS.findIndex(([n]) => n === 'results')]).toBe(row.results);
        expect(record[STRATEGY_CSV_COLUMNS.findIndex(([n]) => n === 'actions')]).toBe(row.actions);
      });
    });

    it('publishes each source text byte for byte, with its charset declared in _headers', () => {
      const headers = readFileSync(join(build.outDir, '_headers'), 'utf8');
      for (const { document: doc } of index.documents) {
        const served = readFileSync(fileFor(build, `${build.base}sources/${doc.id}.txt`)!);
        expect(createHash('sha256').update(served).digest('hex')).toBe(doc.sourceSha256);
        expect(headers).toContain(`${build.base}sources/${doc.id}.txt\n  Content-Type: text/plain; charset=`);
      }
    });

    it('lists every page except 404 in the sitemap, under the site URL and base', () => {
      const sitemap = readFileSync(join(build.outDir, 'sitemap-0.xml'), 'utf8');
      const locs = new Set([...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]));
      for (const p of all) {
        if (p.url.endsWith('404.html')) continue;
        expect(locs.has(new URL(p.url, build.site).href), p.url).toBe(true);
      }
    });
  });
}
