/**
 * Builds the site from the generated content: astro build → search index of the rows
 * (scripts/build-search-index.ts) → _headers (security headers for every page, the charset of
 * each source text). Each step logs to stderr and
 * any failure exits non-zero; nothing is skipped silently. `npm run build` runs the ingest first; this script is the part after it.
 *
 * Reads only the generated folder, through src/lib/generated.ts: content/sources and
 * content/reference may be absent.
 *
 * Environment: SITE_URL, BASE_PATH, OUT_DIR, GENERATED_DIR (see src/lib/settings.ts).
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { closeSync, openSync, readdirSync, readFileSync, readSync, writeFileSync, renameSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { siteSettings } from '../src/lib/settings.ts';
import { buildSearchIndex } from './build-search-index.ts';
import { sourceCharset } from '../src/lib/sources.ts';
import { readGenerated } from '../src/lib/generated.ts';
import { href, paths } from '../src/lib/urls.ts';
import { DOCUMENT_HEADERS, EVERY_FILE_HEADERS, FRAME_ANCESTORS_ANY, FRAME_ANCESTORS_NONE, formatPolicy, isHash, parsePolicy, unitePolicies } from '../src/lib/security-headers.ts';
import type { Document } from '../src/model/schema.ts';

const ROOT = resolve(fileURLToPath(import.meta.url), '../..');

function step(name: string): () => void {
  const started = performance.now();
  console.error(`build: ${name}…`);
  return () => console.error(`build: ${name} done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

function astroBuild(): void {
  const done = step('astro build');
  const result = spawnSync(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: ROOT,
    stdio: 'inherit',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  if (result.status !== 0) throw new Error(`astro build failed (exit ${result.status ?? result.signal})`);
  done();
}

/** The search index: one Pagefind record per strategy row (scripts/build-search-index.ts). */
async function searchIndex(outDir: string, settings: ReturnType<typeof siteSettings>): Promise<void> {
  const done = step('search index');
  const summary = await buildSearchIndex({ outDir, generatedDir: resolve(ROOT, settings.generatedDir), base: settings.base });
  console.error(`build: search index of ${summary.rows} rows (${summary.records} records) in ${summary.chunks} chunks`);
  done();
}

function filesEndingIn(dir: string, extension: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith(extension))
    .sort()
    .map((name) => join(dir, name));
}

/**
 * The policy an SVG file needs when opened by itself: its embedded stylesheets by hash (the
 * chart downloads carry theirs), so the one site-wide policy serves them too.
 */
function svgPolicy(file: string): string {
  // A hash covers the element's text: CDATA sections count by their content, without the markers.
  const styles = [...readFileSync(file, 'utf8').matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) =>
    m[1].replace(/<!\[CDATA\[([\s\S]*?)\]\]>/g, '$1'),
  );
  return styles.length === 0 ? '' : `style-src ${styles.map((css) => `'sha256-${createHash('sha256').update(css).digest('base64')}'`).join(' ')}`;
}

/** The start of a file: enough for a page's <head> (its policy), without reading whole pages. */
function head(file: string, bytes = 32_768): string {
  const fd = openSync(file, 'r');
  try {
    const buffer = Buffer.alloc(bytes);
    return buffer.subarray(0, readSync(fd, buffer, 0, bytes, 0)).toString('utf8');
  } finally {
    closeSync(fd);
  }
}

/** The Content-Security-Policy Astro wrote into a page's <meta>; every page must have one. */
function metaPolicy(file: string): string {
  const match =
    /<meta http-equiv="content-security-policy" content="([^"]*)"/i.exec(head(file)) ??
    /<meta http-equiv="content-security-policy" content="([^"]*)"/i.exec(readFileSync(file, 'utf8'));
  if (!match) throw new Error(`${file}: no Content-Security-Policy <meta> (is security.csp enabled in astro.config.mjs?)`);
  return match[1].replace(/&#39;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, '&');
}

/** Astro's folder of built scripts (build.assets, left at its default in astro.config.mjs). */
const ASTRO_ASSETS = '_astro';

/**
 * dist/_headers (Netlify/Cloudflare format; scripts/serve.ts honours it): nosniff on everything;
 * the document headers and a Content-Security-Policy per top-level entry of the build — the
 * policies of the pages and SVG files inside it united (so each section admits only the hashes
 * its own pages use), plus frame-ancestors — with framing refused everywhere but under /embed/,
 * where anyone may frame. Rules never give one path the same header twice: the CSP rules are one
 * per top-level entry, so /embed/* is the only rule that matches an embed page. The search bundle
 * and Astro's scripts get no document headers: none of their files is a document (the search
 * runs Pagefind without a worker, the one script a policy would govern), and a search fetches
 * dozens of them, each small beside the 2–3 kB the policy headers would add. Then the charset of
 * each source text.
 */
function writeHeaders(outDir: string, documents: readonly Document[], base: string): void {
  const done = step('_headers');
  const entryOf = (file: string) => relative(outDir, file).split(sep)[0];
  const pages = filesEndingIn(outDir, '.html').map((file) => ({ page: file.slice(outDir.length), policy: metaPolicy(file), entry: entryOf(file) }));
  const svgs = filesEndingIn(outDir, '.svg').map((file) => ({ file, entry: entryOf(file) }));
  // Every page's policy has one shape (unitePolicies checks): without hashes, it is the policy of
  // a section that has no page of its own.
  const shape = new Map([...unitePolicies(pages)].map(([name, sources]) => [name, sources.filter((source) => !isHash(source))]));
  const byEntry = <T extends { entry: string }>(items: readonly T[]) => Map.groupBy(items, (item) => item.entry);
  const pagesOf = byEntry(pages);
  const svgsOf = byEntry(svgs);
  const sectionPolicy = (entry: string, framing: string): string => {
    const own = pagesOf.get(entry) ?? [];
    const united = own.length > 0 ? unitePolicies(own) : new Map([...shape].map(([name, sources]) => [name, [...sources]]));
    for (const { file } of svgsOf.get(entry) ?? []) {
      for (const [name, sources] of parsePolicy(svgPolicy(file))) {
        const list = united.get(name);
        if (!list) throw new Error(`${file}: needs ${name}, which the pages' policy lacks`);
        for (const source of sources) if (!list.includes(source)) list.push(source);
      }
    }
    return `${formatPolicy(united)}; ${framing}`;
  };
  const rule = (pattern: string, headers: Record<string, string>) => [
    pattern,
    ...Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`),
  ];
  const embedSegment = paths.embedSection().split('/')[1];
  const notDocuments = new Set([paths.pagefindBundle().split('/')[1], ASTRO_ASSETS]);
  const unframed = (policy: string) => ({ ...DOCUMENT_HEADERS, 'Content-Security-Policy': policy, 'X-Frame-Options': 'DENY' });
  const lines = [
    '# Written by scripts/build-site.ts from src/lib/security-headers.ts and the policies Astro wrote into each page.',
    ...rule(href('/*', base), EVERY_FILE_HEADERS),
    ...rule(href('/', base), unframed(sectionPolicy('index.html', FRAME_ANCESTORS_NONE))),
  ];
  let longest = 0;
  for (const entry of readdirSync(outDir).sort()) {
    if (entry === '_headers' || entry.endsWith('.tmp') || notDocuments.has(entry)) continue;
    const path = join(outDir, entry);
    const pattern = href(statSync(path).isDirectory() ? `/${entry}/*` : `/${entry}`, base);
    const framed = entry === embedSegment;
    const policy = sectionPolicy(entry, framed ? FRAME_ANCESTORS_ANY : FRAME_ANCESTORS_NONE);
    longest = Math.max(longest, policy.length);
    lines.push(...rule(pattern, framed ? { ...DOCUMENT_HEADERS, 'Content-Security-Policy': policy } : unframed(policy)));
  }
  lines.push('# Source texts are served with the charset they were written in.');
  for (const doc of [...documents].sort((a, b) => a.id.localeCompare(b.id))) {
    lines.push(href(paths.sourceFile(doc.id), base), `  Content-Type: text/plain; charset=${sourceCharset(doc.encoding)}`);
  }
  const target = join(outDir, '_headers');
  writeFileSync(`${target}.tmp`, `${lines.join('\n')}\n`);
  renameSync(`${target}.tmp`, target);
  console.error(`build: _headers: a Content-Security-Policy per section for ${pages.length} pages, the longest ${longest} characters`);
  done();
}

async function main(): Promise<void> {
  const settings = siteSettings(process.env);
  const outDir = resolve(ROOT, settings.outDir);
  console.error(`build: site ${settings.site}${settings.base} from ${settings.generatedDir} into ${outDir}`);
  astroBuild();
  await searchIndex(outDir, settings);
  writeHeaders(outDir, readGenerated(resolve(ROOT, settings.generatedDir)).documents, settings.base);
}

main().catch((error: unknown) => {
  console.error(`build failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
