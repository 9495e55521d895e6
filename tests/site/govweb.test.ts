/**
 * The government-site conventions, feeds, share images, embeds, structured data and security
 * headers, checked on the built output (the real documents at /, the mini fixture under
 * /reports/): every page, every feed, every image, every header rule.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { headersFor, parseHeaders } from '../../scripts/serve.ts';
import { parsePolicy } from '../../src/lib/security-headers.ts';
import { compareNewestFirst, newestDate, updatedDate } from '../../src/lib/updated.ts';
import { href, paths } from '../../src/lib/urls.ts';
import { MINI, REAL, type TestBuild } from './support/builds.ts';
import { attributeValues, decodeEntities, fileFor, loadIndex, metaContent, pages, squashed, visibleText } from './support/dist.ts';

function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  expect(bytes.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** Server path of an absolute URL of this build. */
function serverPath(build: TestBuild, url: string): string {
  expect(url.startsWith(build.site), url).toBe(true);
  return new URL(url).pathname;
}

function jsonLdBlocks(html: string): Record<string, unknown>[] {
  return [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((m) => JSON.parse(m[1]));
}

const isEmbed = (build: TestBuild, url: string) => url.startsWith(href(paths.embedSection(), build.base));

for (const build of [REAL, MINI]) {
  describe(`${build.name} build: government-site conventions on every page`, () => {
    const all = pages(build).filter((p) => !isEmbed(build, p.url));

    it('has the 導盲磚 anchors U (header), C (main) and Z (footer), in that order, each a ::: link to itself', () => {
      for (const page of all) {
        const at = (key: string) => page.html.indexOf(`accesskey="${key}"`);
        const [u, c, z] = ['U', 'C', 'Z'].map(at);
        expect(u, page.url).toBeGreaterThan(page.html.indexOf('<header'));
        expect(c, page.url).toBeGreaterThan(page.html.indexOf('<main'));
        expect(z, page.url).toBeGreaterThan(page.html.indexOf('<footer'));
        expect(u < c && c < z, page.url).toBe(true);
        for (const key of ['u', 'c', 'z']) expect(page.html, page.url).toMatch(new RegExp(`id="accesskey-${key}" href="#accesskey-${key}" accesskey="${key.toUpperCase()}"[^>]*>:::`));
        // The skip link still comes first.
        expect(page.html.indexOf('class="skip-link"'), page.url).toBeLessThan(u);
      }
    });

    it('shows an 更新日期 taken from the documents the page shows, and names the publisher and where to send feedback', () => {
      const index = loadIndex(build);
      const docs = index.documents.map((d) => d.document);
      const shown = (page: { html: string }) => /<p class="updated">更新日期：<time datetime="([^"]+)">([^<]+)<\/time><\/p>/.exec(page.html);
      for (const page of all) {
        expect(shown(page), page.url).not.toBeNull();
        expect(squashed(visibleText(page.html)), page.url).toContain('發布機關：經濟部標準檢驗局｜意見回饋：');
      }
      const home = all.find((p) => p.url === build.base)!;
      expect(shown(home)![1]).toBe(newestDate(docs)!.iso);
      for (const view of index.documents) {
        const own = updatedDate(view.document);
        for (const path of [view.path, paths.documentSource(view.document), view.rows[0].path]) {
          const page = all.find((p) => p.url === href(path, build.base))!;
          expect(shown(page)![1], path).toBe(own.iso);
          expect(decodeEntities(shown(page)![2]), path).toBe(own.text);
        }
      }
    });

    it('links the documents feed from every page head and gives every page a 1200×630 PNG share image that exists', () => {
      const index = loadIndex(build);
      for (const page of all) {
        const feed = /<link rel="alternate" type="application\/rss\+xml" title="[^"]+" href="([^"]+)">/.exec(page.html);
        expect(feed?.[1], page.url).toBe(new URL(href(paths.feed(), build.base), build.site).href);
        const image = metaContent(page.html, 'og:image');
        expect(image, page.url).not.toBeNull();
        const file = fileFor(build, serverPath(build, image!));
        expect(file, `${page.url}: ${image}`).not.toBeNull();
        expect(metaContent(page.html, 'twitter:card'), page.url).toBe('summary_large_image');
      }
      // Row pages use their document's image; practice and indicator pages their own.
      const view = index.documents[0];
      const row = all.find((p) => p.url === href(view.rows[0].path, build.base))!;
      expect(metaContent(row.html, 'og:image')).toBe(new URL(href(paths.ogDocument(view.document.id), build.base), build.site).href);
      const practice = index.practices.find((p) => p.rows.length > 0)!;
      const practicePage = all.find((p) => p.url === href(practice.path, build.base))!;
      expect(metaContent(practicePage.html, 'og:image')).toContain(paths.ogPractice(practice.practice.id));
    });

    it('builds a 1200×630 PNG for home, every document, practice and indicator', () => {
      const index = loadIndex(build);
      const expected = [
        paths.ogHome(),
        ...index.documents.map((d) => paths.ogDocument(d.document.id)),
        ...index.practices.map((p) => paths.ogPractice(p.practice.id)),
      ];
      for (const path of expected) {
        const file = fileFor(build, href(path, build.base));
        expect(file, path).not.toBeNull();
        expect(pngSize(file!), path).toEqual({ width: 1200, height: 630 });
      }
      const indicators = readdirSync(join(build.outDir, 'og', 'indicators'));
      expect(indicators.length).toBeGreaterThan(0);
      for (const name of indicators) expect(pngSize(join(build.outDir, 'og', 'indicators', name))).toEqual({ width: 1200, height: 630 });
    });

    it('has the 網站導覽, 隱私權及資訊安全政策 and 政府網站資料開放宣告 pages, linked from every footer', () => {
      const page = (path: string) => all.find((p) => p.url === href(path, build.base))!;
      const guide = squashed(visibleText(page(paths.guide()).html));
      for (const text of ['Alt+U', 'Alt+C', 'Alt+Z', '上方功能區', '中央內容區', '下方功能區']) expect(guide).toContain(text);
      for (const b of loadIndex(build).branches) expect(page(paths.guide()).html).toContain(`href="${href(b.path, build.base)}"`);
      expect(squashed(visibleText(page(paths.privacy()).html))).toContain('不設定Cookie');
      const declaration = squashed(visibleText(page(paths.openDataDeclaration()).html));
      expect(declaration).toMatch(/經濟部標準檢驗局\d+年提升服務效能執行計畫與執行績效與成果（收錄至.+，共\d+份文件）。此開放資料依政府資料開放授權條款/);
      for (const p of all) {
        for (const path of [paths.guide(), paths.privacy(), paths.openDataDeclaration()]) {
          expect(p.html, p.url).toContain(`href="${href(path, build.base)}"`);
        }
      }
    });
  });

  describe(`${build.name} build: feeds`, () => {
    const parser = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'item' || name === 'category' });
    const read = (path: string) => readFileSync(fileFor(build, href(path, build.base))!, 'utf8');
    type Item = { title: string; link: string; guid: { '#text': string }; pubDate?: string; description: string };

    it('is well-formed RSS 2.0, every document newest first, each linking its permalink', () => {
      const xml = read(paths.feed());
      expect(XMLValidator.validate(xml)).toBe(true);
      const rss = parser.parse(xml).rss;
      expect(rss['@_version']).toBe('2.0');
      const items: Item[] = rss.channel.item;
      const index = loadIndex(build);
      const newestFirst = index.documents.map((d) => d.document).sort(compareNewestFirst);
      expect(items.map((i) => serverPath(build, i.link))).toEqual(newestFirst.map((d) => href(paths.document(d), build.base)));
      for (const item of items) {
        expect(fileFor(build, serverPath(build, item.link)), item.link).not.toBeNull();
        expect(item.guid['#text']).toBe(item.link);
      }
      // A document that states its day has that day as pubDate; the others say their year.
      for (const [i, doc] of newestFirst.entries()) {
        const date = updatedDate(doc);
        if (date.precision === 'day') expect(new Date(items[i].pubDate!).toISOString().slice(0, 10)).toBe(new Date(`${date.iso}T00:00:00+08:00`).toISOString().slice(0, 10));
        else expect(items[i].pubDate).toBeUndefined();
        expect(items[i].description).toContain(date.text);
      }
      expect(rss.channel['atom:link']['@_href']).toBe(new URL(href(paths.feed(), build.base), build.site).href);
    });

    it('has one feed per organisation with exactly its documents', () => {
      for (const branch of loadIndex(build).branches) {
        const xml = read(paths.branchFeed(branch.branch.id));
        expect(XMLValidator.validate(xml), branch.branch.id).toBe(true);
        const items: Item[] = parser.parse(xml).rss.channel.item ?? [];
        expect(items.map((i) => serverPath(build, i.link)).sort()).toEqual(branch.documents.map((d) => href(paths.document(d), build.base)).sort());
      }
    });
  });

  describe(`${build.name} build: structured data`, () => {
    it('gives every page with breadcrumbs a BreadcrumbList of the same trail, ending at the page', () => {
      for (const page of pages(build).filter((p) => p.html.includes('class="breadcrumbs"'))) {
        const crumbs = [...page.html.matchAll(/<nav class="breadcrumbs"[\s\S]*?<\/nav>/g)][0][0].match(/<li/g)!.length;
        const list = jsonLdBlocks(page.html).find((b) => b['@type'] === 'BreadcrumbList') as { itemListElement: { position: number; item?: string }[] };
        expect(list, page.url).toBeDefined();
        expect(list.itemListElement.length, page.url).toBe(crumbs);
        expect(list.itemListElement.map((i) => i.position)).toEqual(list.itemListElement.map((_, i) => i + 1));
        const last = list.itemListElement.at(-1)!;
        if (last.item) expect(serverPath(build, last.item), page.url).toBe(page.url);
      }
    });

    it('describes /data/ as a schema.org Dataset: every download a distribution that exists, the licence and the publisher', () => {
      const html = readFileSync(fileFor(build, href(paths.data(), build.base))!, 'utf8');
      const dataset = jsonLdBlocks(html).find((b) => b['@type'] === 'Dataset') as {
        license: string;
        publisher: { name: string };
        distribution: { contentUrl: string; encodingFormat: string; license: string }[];
      };
      expect(dataset.license).toBe('https://data.gov.tw/license');
      expect(dataset.publisher.name).toBe('經濟部標準檢驗局');
      expect(dataset.distribution.length).toBeGreaterThanOrEqual(5);
      for (const d of dataset.distribution) {
        expect(fileFor(build, serverPath(build, d.contentUrl)), d.contentUrl).not.toBeNull();
        expect(d.license).toBe(dataset.license);
      }
      const linked = attributeValues(html, 'href').filter((h) => /\/data\/[a-z]+\.(json|csv)$/.test(h) && !h.includes('schema'));
      expect(new Set(dataset.distribution.map((d) => serverPath(build, d.contentUrl)))).toEqual(new Set(linked));
    });
  });

  describe(`${build.name} build: chart embeds`, () => {
    const all = pages(build);
    const charts = [...new Set(all.flatMap((p) => [...p.html.matchAll(/<figure class="chart-figure"[^>]*data-chart="([^"]+)"/g)].map((m) => m[1])))];

    it('gives every chart on any page an embed page, and an 嵌入 snippet that frames it', () => {
      expect(charts.length).toBeGreaterThan(0);
      for (const page of all.filter((p) => p.html.includes('class="chart-figure"'))) {
        for (const [, id] of page.html.matchAll(/<figure class="chart-figure"[^>]*data-chart="([^"]+)"/g)) {
          const url = new URL(href(paths.embed(id), build.base), build.site).href;
          expect(decodeEntities(page.html), `${page.url}: ${id}`).toContain(`<iframe src="${url}"`);
        }
      }
      for (const id of charts) {
        const embed = all.find((p) => p.url === href(paths.embed(id), build.base));
        expect(embed, id).toBeDefined();
        expect(embed!.html).toContain('role="img"');
        expect(embed!.html).toContain('href="https://data.gov.tw/license"');
        expect(embed!.html).toMatch(/<meta name="robots" content="noindex">/);
        expect(embed!.html).not.toContain('class="site-header"');
        expect(embed!.html).toContain('<html lang="zh-Hant-TW">');
        expect(embed!.html.match(/<h1[\s>]/g)?.length, id).toBe(1);
        expect(metaContent(embed!.html, 'description'), id).toBeTruthy();
        expect(embed!.html).toContain(`<link rel="canonical" href="${new URL(href(paths.embed(id), build.base), build.site).href}">`);
      }
    });

    it('leaves embed pages out of the sitemap', () => {
      const sitemap = readdirSync(build.outDir).filter((f) => /^sitemap-\d+\.xml$/.test(f)).map((f) => readFileSync(join(build.outDir, f), 'utf8')).join('');
      expect(sitemap).not.toContain(href(paths.embedSection(), build.base));
      expect(sitemap).toContain(href(paths.guide(), build.base));
    });
  });

  describe(`${build.name} build: security headers in dist/_headers`, () => {
    const rules = parseHeaders(readFileSync(join(build.outDir, '_headers'), 'utf8'));
    const all = pages(build);

    it('gives every page exactly one Content-Security-Policy that admits the page’s own, with framing refused except on embeds', () => {
      for (const page of all) {
        const headers = headersFor(rules, page.url.endsWith('.html') ? page.url : page.url);
        const header = headers['Content-Security-Policy'];
        expect(header, page.url).toBeDefined();
        // Two policies joined by ", " would both be enforced: one rule per path only.
        expect(header.includes(', '), page.url).toBe(false);
        const policy = parsePolicy(header);
        expect(policy.get('frame-ancestors'), page.url).toEqual(isEmbed(build, page.url) ? ['*'] : ["'none'"]);
        expect(policy.get('script-src'), page.url).toEqual(expect.arrayContaining(["'self'", "'wasm-unsafe-eval'"]));
        expect(policy.get('script-src')!.some((s) => s.includes('unsafe-inline') || s === "'unsafe-eval'"), page.url).toBe(false);
        expect(policy.get('style-src')!.some((s) => s.includes('unsafe')), page.url).toBe(false);
        const meta = /<meta http-equiv="content-security-policy" content="([^"]*)"/.exec(page.html);
        expect(meta, page.url).not.toBeNull();
        for (const [name, sources] of parsePolicy(decodeEntities(meta![1]))) {
          expect(policy.get(name), `${page.url} ${name}`).toEqual(expect.arrayContaining(sources));
        }
        if (!isEmbed(build, page.url)) expect(headers['X-Frame-Options'], page.url).toBe('DENY');
      }
    });

    it('sends nosniff, a Referrer-Policy and a Permissions-Policy with every page', () => {
      for (const page of all) {
        const headers = headersFor(rules, page.url);
        expect(headers['X-Content-Type-Options']).toBe('nosniff');
        expect(headers['Referrer-Policy']).toBe('strict-origin-when-cross-origin');
        expect(headers['Permissions-Policy']).toContain('camera=()');
      }
    });

    it('sends the search bundle’s files and Astro’s scripts with nosniff alone, as no browser reads them as documents', () => {
      const files = [paths.pagefindBundle(), '/_astro/'].flatMap((dir) =>
        readdirSync(join(build.outDir, dir.slice(1)), { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile()),
      );
      expect(files.length).toBeGreaterThan(10);
      expect(files.some((file) => file.name.endsWith('.js'))).toBe(true);
      for (const file of files) {
        const url = href(`/${relative(build.outDir, join(file.parentPath, file.name)).split(sep).join('/')}`, build.base);
        expect(headersFor(rules, url), url).toEqual({ 'X-Content-Type-Options': 'nosniff' });
      }
    });
  });
}
