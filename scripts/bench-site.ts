/**
 * Reading a built site, shared by the benchmark and the quality tests: which page kind (route of
 * src/pages) each HTML page belongs to, the URLs its sitemap lists, and what a browser downloads to
 * show a page (HTML, CSS, JS; raw and gzip).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

export const ROOT = resolve(import.meta.dirname, '..');

/** Readable names for the routes we know; a route not named here is shown as its own pattern. */
const KIND_NAMES: Record<string, string> = {
  '/': 'home',
  '/404': '404',
  '/about/': 'about',
  '/about/sources/': 'about sources',
  '/about/sources/[roc]/': 'about sources year',
  '/branches/': 'branches',
  '/branches/[branch]/': 'branch',
  '/years/': 'years',
  '/years/[roc]/': 'year',
  '/[branch]/[roc]/[kind]/': 'document',
  '/[branch]/[roc]/[kind]/[row]/': 'row',
  '/[branch]/[roc]/[kind]/source/': 'source lines',
  '/[branch]/[roc]/[kind]/source/[page]/': 'source lines page',
  '/dimensions/': 'dimensions',
  '/dimensions/[framework]/[number]/': 'dimension',
  '/practices/': 'practices',
  '/practices/[practice]/': 'practice',
  '/practices/[practice]/[branch]/': 'practice history',
  '/practices/[practice]/[branch]/page/[page]/': 'practice history page',
  '/dimensions/[framework]/[number]/[item]/': 'dimension item',
  '/dimensions/[framework]/[number]/[item]/page/[page]/': 'dimension item page',
  '/compare/': 'compare',
  '/compare/indicators/[indicator]/': 'compare indicator',
  '/compare/practices/[practice]/': 'compare practice',
  '/data/': 'data',
  '/embed/[chart]/': 'embed',
  '/search/': 'search',
};

export interface Route {
  /** "/[branch]/[roc]/[kind]/[row]/" — the page file's path as a URL pattern. */
  pattern: string;
  kind: string;
  segments: string[];
}

/** Every HTML route of src/pages (.astro, .md, .mdx files; endpoints such as x.json.ts are not pages). */
export function pageRoutes(pagesDir = join(ROOT, 'src/pages')): Route[] {
  const routes: Route[] = [];
  for (const entry of readdirSync(pagesDir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !/\.(astro|md|mdx)$/.test(entry.name)) continue;
    const rel = relative(pagesDir, join(entry.parentPath, entry.name)).split(sep).join('/').replace(/\.(astro|md|mdx)$/, '');
    const segments = rel.split('/').filter((s) => s !== 'index');
    const pattern = rel === '404' ? '/404' : `/${segments.map((s) => `${s}/`).join('')}`;
    routes.push({ pattern, kind: KIND_NAMES[pattern] ?? pattern, segments: rel === '404' ? ['404'] : segments });
  }
  // Astro's order: a static segment beats a parameter at the same position.
  const rank = (r: Route) => r.segments.map((s) => (s.startsWith('[') ? '1' : '0')).join('');
  return routes.sort((a, b) => rank(a).localeCompare(rank(b)) || a.pattern.localeCompare(b.pattern));
}

/** The page kind of a site path (without the base), e.g. "/hualien/111/report/d1-s1-m1-i0/" → "row". */
export function kindOf(routes: readonly Route[], sitePath: string): string {
  if (sitePath === '/404.html') return '404';
  const parts = sitePath.split('/').filter(Boolean);
  for (const route of routes) {
    if (route.pattern === '/404') continue;
    const rest = route.segments.findIndex((s) => s.startsWith('[...'));
    if (rest === -1 ? route.segments.length !== parts.length : parts.length < rest) continue;
    if (route.segments.every((s, i) => s.startsWith('[') || s === parts[i])) return route.kind;
  }
  return `unrouted ${sitePath}`;
}

export interface BuiltPage {
  /** Site path without the base: "/", "/years/111/", "/404.html". */
  sitePath: string;
  file: string;
  kind: string;
}

export function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

/** Every HTML page of a build (the search bundle's own files aside), with its kind. */
export function builtPages(outDir: string, routes = pageRoutes()): BuiltPage[] {
  return listFiles(outDir)
    .filter((file) => file.endsWith('.html') && !relative(outDir, file).startsWith(`pagefind${sep}`))
    .map((file) => {
      const rel = relative(outDir, file).split(sep).join('/');
      const sitePath = rel === 'index.html' ? '/' : rel.endsWith('/index.html') ? `/${rel.slice(0, -'index.html'.length)}` : `/${rel}`;
      return { sitePath, file, kind: kindOf(routes, sitePath) };
    });
}

/** The page URLs a build's sitemap lists (following a sitemap index), in order. */
export function sitemapUrls(outDir: string, base: string): string[] {
  const read = (file: string) => readFileSync(file, 'utf8');
  const locs = (xml: string) => [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1].replace(/&amp;/g, '&'));
  const indexFile = join(outDir, 'sitemap-index.xml');
  if (!existsSync(indexFile)) throw new Error(`${outDir} has no sitemap-index.xml`);
  return locs(read(indexFile)).flatMap((sitemap) => {
    const path = new URL(sitemap).pathname;
    if (!path.startsWith(base)) throw new Error(`sitemap ${sitemap} is outside the base ${base}`);
    return locs(read(join(outDir, path.slice(base.length))));
  });
}

export function totalBytes(dir: string): { bytes: number; files: number } {
  const files = listFiles(dir);
  return { bytes: files.reduce((sum, f) => sum + statSync(f).size, 0), files: files.length };
}

export function gzipBytes(content: string | Buffer): number {
  return gzipSync(content).length;
}

export interface Weight {
  raw: number;
  gzip: number;
}

export interface PageWeight {
  html: Weight;
  css: Weight;
  js: Weight;
  /** Files the page loads (stylesheets, scripts and their static imports), site-relative. */
  assets: string[];
}

const add = (a: Weight, b: Weight): Weight => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip });
const weigh = (content: string | Buffer): Weight => ({ raw: Buffer.byteLength(content), gzip: gzipBytes(content) });
const ZERO: Weight = { raw: 0, gzip: 0 };

/** JavaScript modules a module imports statically, resolved against its own location. */
function staticImports(source: string): string[] {
  const found = new Set<string>();
  for (const m of source.matchAll(/(?:^|[;\s}])(?:import|export)\s*(?:[\w*${}\s,]+from\s*)?["']([^"']+)["']/g)) found.add(m[1]);
  return [...found].filter((spec) => spec.startsWith('.') || spec.startsWith('/'));
}

/**
 * What loading one page costs on first visit: its HTML, the stylesheets it links and inline styles,
 * the scripts it runs (inline, by src, and their static imports; data blocks such as JSON-LD are
 * not scripts). Each file counts once; gzip at zlib's default level, as static hosts commonly serve.
 */
export function pageWeight(outDir: string, base: string, page: BuiltPage): PageWeight {
  const html = readFileSync(page.file, 'utf8');
  const pageUrl = new URL(`${base.replace(/\/$/, '')}${page.sitePath}`, 'http://site.invalid');
  const fileOf = (url: URL): string | null => {
    if (url.origin !== 'http://site.invalid' || !url.pathname.startsWith(base)) return null;
    const file = join(outDir, decodeURIComponent(url.pathname.slice(base.length)));
    return existsSync(file) && statSync(file).isFile() ? file : null;
  };
  const seen = new Set<string>();
  let css = ZERO;
  let js = ZERO;
  const loadScript = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const source = readFileSync(file, 'utf8');
    js = add(js, weigh(source));
    const here = new URL(`${base.replace(/\/$/, '')}/${relative(outDir, file).split(sep).join('/')}`, 'http://site.invalid');
    for (const spec of staticImports(source)) {
      const target = fileOf(new URL(spec, here));
      if (target) loadScript(target);
    }
  };
  for (const m of html.matchAll(/<link\b[^>]*>/g)) {
    const tag = m[0];
    const rel = /\brel="([^"]*)"/.exec(tag)?.[1] ?? '';
    const href = /\bhref="([^"]*)"/.exec(tag)?.[1];
    if (!href) continue;
    const file = fileOf(new URL(href, pageUrl));
    if (!file) continue;
    if (rel.split(/\s+/).includes('stylesheet') && !seen.has(file)) {
      seen.add(file);
      css = add(css, weigh(readFileSync(file)));
    } else if (rel.split(/\s+/).includes('modulepreload')) loadScript(file);
  }
  for (const m of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)) css = add(css, weigh(m[1]));
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
    const attributes = m[1];
    const type = /\btype="([^"]*)"/.exec(attributes)?.[1] ?? '';
    if (type !== '' && type !== 'module' && !/javascript/.test(type)) continue;
    const src = /\bsrc="([^"]*)"/.exec(attributes)?.[1];
    if (src) {
      const file = fileOf(new URL(src, pageUrl));
      if (file) loadScript(file);
    } else if (m[2].trim() !== '') {
      js = add(js, weigh(m[2]));
      for (const spec of staticImports(m[2])) {
        const file = fileOf(new URL(spec, pageUrl));
        if (file) loadScript(file);
      }
    }
  }
  return {
    html: weigh(html),
    css,
    js,
    assets: [...seen].map((f) => `/${relative(outDir, f).split(sep).join('/')}`),
  };
}

export function pageTotal(weight: PageWeight): Weight {
  return add(add(weight.html, weight.css), weight.js);
}


/** The page budgets (≤ 50 kB gzip, ≤ 12,000 px at 1280 px), for every HTML page of a build. */
export const HTML_GZIP_BUDGET = 50_000;
export const HEIGHT_BUDGET_PX = 12_000;
export const HEIGHT_VIEWPORT = { width: 1280, height: 800 };

export interface KindHeaviest {
  kind: string;
  pages: number;
  sitePath: string;
  raw: number;
  gzip: number;
  /** Pages of this kind over HTML_GZIP_BUDGET. */
  over: number;
}

/** Per page kind, the heaviest HTML page (gzip) and how many pages exceed the budget; printed as a table. */
export function pageBudgets(outDir: string): { heaviest: KindHeaviest[]; table: string } {
  const byKind = new Map<string, KindHeaviest>();
  for (const page of builtPages(outDir)) {
    const html = readFileSync(page.file);
    const gzip = gzipBytes(html);
    const entry = byKind.get(page.kind) ?? { kind: page.kind, pages: 0, sitePath: page.sitePath, raw: 0, gzip: -1, over: 0 };
    entry.pages++;
    if (gzip > HTML_GZIP_BUDGET) entry.over++;
    if (gzip > entry.gzip) Object.assign(entry, { sitePath: page.sitePath, raw: html.length, gzip });
    byKind.set(page.kind, entry);
  }
  const heaviest = [...byKind.values()].sort((a, b) => a.kind.localeCompare(b.kind));
  const kB = (n: number) => `${(n / 1000).toFixed(1)} kB`;
  const rows = heaviest.map((h) => [h.kind, String(h.pages), h.sitePath, kB(h.raw), kB(h.gzip), h.over === 0 ? 'met' : `MISSED ${h.over}`]);
  return { heaviest, table: textTable(['kind', 'pages', 'heaviest HTML page', 'raw', 'gzip', `≤ ${kB(HTML_GZIP_BUDGET)} gz`], rows) };
}

export function textTable(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ').trimEnd();
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}
