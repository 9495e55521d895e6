/**
 * The downloads and pages checked by the validators their reusers run, on both test builds (the
 * real site at the root path and the mini fixture under /reports/):
 *  - every JSON download against its published JSON Schema with Ajv (draft 2020-12, strict mode,
 *    ajv-formats), and every schema field documented;
 *  - every CSV with csv-parse (strict RFC 4180, byte-order mark checked explicitly), the /data/
 *    ones field for field against their JSON twins;
 *  - every XML file, and every sitemap or feed a page links to, by its protocol
 *    (support/xml-protocols.ts);
 *  - the W3C Nu Html Checker on one page of every kind and one chart SVG of every kind, in one
 *    Java process.
 * Each validator is first shown to reject a broken input, so a pass means something. A compact
 * summary is printed at the end.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import Ajv2020, { type ErrorObject } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { afterAll, describe, expect, it } from 'vitest';
import { STRATEGY_CSV_COLUMNS } from '../../src/lib/exports.ts';
import { INDICATORS_CSV_COLUMNS } from '../../src/indicators/export.ts';
import type { CsvValue } from '../../src/charts/csv.ts';
import { builtPages } from '../../scripts/bench-site.ts';
import { pageKinds } from '../browser/support.ts';
import { MINI, REAL, ROOT, TEST_ROOT, type TestBuild } from './support/builds.ts';
import { parseCsv, parsePublishedCsv } from './support/csv.ts';
import { fileFor, listFiles, pages } from './support/dist.ts';
import { isError, isWarning, runNuChecker } from './support/nu-checker.ts';
import {
  checkAtomFeed,
  checkRssFeed,
  checkSitemap,
  checkSitemapIndex,
  FEED_TYPES,
  linkElements,
  parseXml,
  type ParsedXml,
} from './support/xml-protocols.ts';

const BUILDS = [REAL, MINI];
const JSON_SCHEMA_2020_12 = 'https://json-schema.org/draft/2020-12/schema';

/** Each /data/ CSV and the JSON download holding the same records, with the column mapping between them. */
const CSV_TWINS: Record<string, { json: string; columns: readonly [string, (entry: never) => CsvValue][] }> = {
  'strategies.csv': { json: 'strategies.json', columns: STRATEGY_CSV_COLUMNS },
  'indicators.csv': { json: 'indicators.json', columns: INDICATORS_CSV_COLUMNS },
};

const version = (pkg: string): string => JSON.parse(readFileSync(join(ROOT, 'node_modules', pkg, 'package.json'), 'utf8')).version;
const readJson = (file: string): unknown => JSON.parse(readFileSync(file, 'utf8'));
const rel = (build: TestBuild, file: string) => `${build.name}:/${relative(build.outDir, file).split(sep).join('/')}`;

function strictAjv(): Ajv2020 {
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  addFormats(ajv);
  return ajv;
}

const errorLines = (errors: ErrorObject[] | null | undefined): string[] =>
  (errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message} (${e.schemaPath})`);

/** Schema paths of properties (and the root) without a description. */
function undocumented(schema: Record<string, unknown>, path = '#'): string[] {
  const missing: string[] = [];
  const visit = (node: unknown, at: string) => {
    if (!node || typeof node !== 'object') return;
    const n = node as Record<string, unknown>;
    for (const [key, child] of Object.entries((n.properties ?? {}) as Record<string, Record<string, unknown>>)) {
      if (typeof child.description !== 'string' || child.description.trim() === '') missing.push(`${at}/properties/${key}`);
      visit(child, `${at}/properties/${key}`);
    }
    if (n.items && typeof n.items === 'object') visit(n.items, `${at}/items`);
    for (const keyword of ['anyOf', 'oneOf', 'allOf', 'prefixItems']) {
      ((n[keyword] ?? []) as unknown[]).forEach((child, i) => visit(child, `${at}/${keyword}/${i}`));
    }
  };
  if (typeof schema.description !== 'string' || schema.description.trim() === '') missing.push(path);
  visit(schema, path);
  return missing;
}

const summary = {
  json: { files: 0, records: 0, errors: 0 },
  csv: { twins: 0, records: 0, fields: 0, charts: 0, errors: 0 },
  xml: { sitemapIndexes: 0, sitemaps: 0, urls: 0, feeds: 0, feedEntries: 0, errors: 0 },
  html: { pages: 0, kinds: new Set<string>(), svgs: 0, svgKinds: new Set<string>(), errors: 0, warnings: 0, version: 'did not run (see its test)' },
};

afterAll(() => {
  const s = summary;
  console.log(
    [
      `validators over the ${BUILDS.map((b) => `${b.name} (${b.base})`).join(' and ')} builds:`,
      `  JSON   Ajv ${version('ajv')} (draft 2020-12, strict, ajv-formats ${version('ajv-formats')}): ${s.json.files} files, ${s.json.records} records, ${s.json.errors} errors`,
      `  CSV    csv-parse ${version('csv-parse')} (RFC 4180, nothing relaxed): ${s.csv.twins} downloads equal their JSON twins (${s.csv.records} records, ${s.csv.fields} fields); ${s.csv.charts} chart CSVs parsed; ${s.csv.errors} errors`,
      `  XML    sitemaps.org sitemap.xsd (xmllint-wasm ${version('xmllint-wasm')}) + protocol checks (fast-xml-parser ${version('fast-xml-parser')}): ${s.xml.sitemapIndexes} sitemap indexes, ${s.xml.sitemaps} sitemaps (${s.xml.urls} URLs), ${s.xml.feeds} feeds (${s.xml.feedEntries} entries), ${s.xml.errors} errors`,
      `  HTML   Nu Html Checker ${s.html.version}: ${s.html.pages} pages (${s.html.kinds.size} kinds) and ${s.html.svgs} chart SVGs (${s.html.svgKinds.size} kinds), ${s.html.errors} errors, ${s.html.warnings} warnings`,
    ].join('\n'),
  );
});

describe('the validators reject broken input', () => {
  it('Ajv (strict) rejects a record that breaks the schema, and a schema with an unknown format', () => {
    const schema = readJson(join(REAL.outDir, 'data/strategies.schema.json')) as Record<string, unknown>;
    const rows = readJson(join(REAL.outDir, 'data/strategies.json')) as Record<string, unknown>[];
    const validate = strictAjv().compile(schema);
    const broken = [{ ...rows[0], permalink: 'hualien/111/report/', url: 'not a url' }];
    expect(validate(broken)).toBe(false);
    expect(errorLines(validate.errors).join('\n')).toMatch(/\/0\/permalink must match pattern[\s\S]*\/0\/url must match format "uri"/);
    expect(() => strictAjv().compile({ $schema: JSON_SCHEMA_2020_12, type: 'string', format: 'starts_with' })).toThrow(/unknown format "starts_with"/);
  });

  it('the strict CSV reader rejects unequal records, stray quotes, bare line breaks and a missing byte-order mark', () => {
    expect(() => parseCsv('a,b\r\nc\r\n')).toThrow();
    expect(() => parseCsv('a,b\r\nc"d,e\r\n')).toThrow();
    expect(() => parseCsv('a,b\r\n"c"d,e\r\n')).toThrow();
    expect(() => parseCsv('a,b\nc,d\r\n')).toThrow(/bare line break/);
    expect(() => parseCsv('a,b\r\nc,d')).toThrow(/CRLF/);
    expect(() => parsePublishedCsv(new TextEncoder().encode('a,b\r\n'))).toThrow(/byte-order mark/);
    expect(parsePublishedCsv(new TextEncoder().encode('\uFEFFa,"b\r\n""c"""\r\n'))).toEqual([['a', 'b\r\n"c"']]);
  });

  it('the XML checks reject malformed XML, a <url> without <loc>, and feeds missing required elements', async () => {
    expect(parseXml('broken.xml', '<urlset><url></urlset>')).toMatch(/not well-formed/);
    const urlset = '<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><lastmod>2026-01-01</lastmod></url></urlset>';
    const sitemap = await checkSitemap('no-loc.xml', urlset, parseXml('no-loc.xml', urlset) as ParsedXml);
    expect(sitemap.problems.join('\n')).toMatch(/no-loc\.xml:1: .*lastmod/);
    const atom = '<feed xmlns="http://www.w3.org/2005/Atom"><title>t</title><updated>2026-01-01</updated><entry><title>e</title></entry></feed>';
    const atomProblems = checkAtomFeed('feed.xml', parseXml('feed.xml', atom) as ParsedXml).problems.join('\n');
    expect(atomProblems).toMatch(/<feed> needs exactly one <id>/);
    expect(atomProblems).toMatch(/not an RFC 3339 date-time/);
    expect(atomProblems).toMatch(/<entry> 1 has no <author>/);
    const rss = '<rss version="2.0"><channel><title>t</title><link>/relative/</link><item><pubDate>2026-01-01</pubDate></item></channel></rss>';
    const rssProblems = checkRssFeed('rss.xml', parseXml('rss.xml', rss) as ParsedXml).problems.join('\n');
    expect(rssProblems).toMatch(/needs exactly one <description>/);
    expect(rssProblems).toMatch(/not an absolute http\(s\) URL/);
    expect(rssProblems).toMatch(/needs a <title> or a <description>/);
    expect(rssProblems).toMatch(/not an RFC 822 date/);
  });
});

describe.each(BUILDS)('downloads of the $name build', (build) => {
  const dataDir = join(build.outDir, 'data');

  it('every JSON download validates against its published schema with Ajv (draft 2020-12, strict), every field described', () => {
    const downloads = readdirSync(dataDir).filter((n) => n.endsWith('.json') && !n.endsWith('.schema.json')).sort();
    expect(downloads).toEqual(expect.arrayContaining(['documents.json', 'indicators.json', 'strategies.json']));
    const problems: string[] = [];
    for (const name of downloads) {
      const schemaName = name.replace(/\.json$/, '.schema.json');
      let schema: Record<string, unknown>;
      try {
        schema = readJson(join(dataDir, schemaName)) as Record<string, unknown>;
      } catch (error) {
        problems.push(`${name}: no readable ${schemaName} (${(error as Error).message})`);
        continue;
      }
      if (schema.$schema !== JSON_SCHEMA_2020_12) problems.push(`${schemaName}: $schema is ${String(schema.$schema)}`);
      problems.push(...undocumented(schema).map((p) => `${schemaName}: no description at ${p}`));
      let validate: ReturnType<Ajv2020['compile']>;
      try {
        validate = strictAjv().compile(schema);
      } catch (error) {
        problems.push(`${schemaName}: Ajv (strict) rejects the schema: ${(error as Error).message}`);
        continue;
      }
      const data = readJson(join(dataDir, name));
      if (!validate(data)) problems.push(...errorLines(validate.errors).map((line) => `${name}: ${line}`));
      summary.json.files += 1;
      summary.json.records += Array.isArray(data) ? data.length : 1;
    }
    summary.json.errors += problems.length;
    expect(problems).toEqual([]);
  });

  it('every /data/ CSV parses strictly and equals its JSON twin field for field', () => {
    const downloads = readdirSync(dataDir).filter((n) => n.endsWith('.csv')).sort();
    expect(downloads).toEqual(Object.keys(CSV_TWINS).sort());
    const problems: string[] = [];
    for (const name of downloads) {
      const twin = CSV_TWINS[name];
      const where = rel(build, join(dataDir, name));
      let records: string[][];
      try {
        records = parsePublishedCsv(readFileSync(join(dataDir, name)));
      } catch (error) {
        problems.push(`${where}: ${(error as Error).message}`);
        continue;
      }
      const columns = twin.columns.map(([column]) => column);
      if (records[0].join() !== columns.join()) problems.push(`${where}: header ${records[0].join()} is not ${columns.join()}`);
      const entries = readJson(join(dataDir, twin.json)) as never[];
      if (records.length - 1 !== entries.length) problems.push(`${where}: ${records.length - 1} records, ${twin.json} has ${entries.length}`);
      entries.forEach((entry, i) => {
        const record = records[i + 1] ?? [];
        twin.columns.forEach(([column, read], j) => {
          const value = read(entry);
          const expected = value === null ? '' : String(value);
          if (record[j] !== expected) problems.push(`${where} record ${i + 1} ${column}: ${JSON.stringify(record[j])} ≠ ${twin.json}: ${JSON.stringify(expected)}`);
        });
      });
      summary.csv.twins += 1;
      summary.csv.records += entries.length;
      summary.csv.fields += entries.length * twin.columns.length;
    }
    summary.csv.errors += problems.length;
    expect(problems.slice(0, 50)).toEqual([]);
  });

  it('every other CSV (the charts\') parses strictly, with a header and equal records', () => {
    const files = listFiles(build.outDir).filter((f) => f.endsWith('.csv') && !f.startsWith(`${dataDir}${sep}`));
    expect(files.length).toBeGreaterThan(0);
    const problems: string[] = [];
    for (const file of files) {
      try {
        const records = parsePublishedCsv(readFileSync(file));
        if (records.length === 0 || records[0].some((column) => column === '')) problems.push(`${rel(build, file)}: no header`);
      } catch (error) {
        problems.push(`${rel(build, file)}: ${(error as Error).message}`);
      }
    }
    summary.csv.charts += files.length;
    summary.csv.errors += problems.length;
    expect(problems).toEqual([]);
  });

  it('the sitemap and every feed are valid by their protocols and point at built files', async () => {
    const problems: string[] = [];
    const origin = new URL(build.site).origin;
    /** The built file a URL or site path names, or null with a problem noted. */
    const builtFile = (reference: string, from: string): string | null => {
      const url = new URL(reference, `${origin}${build.base}`);
      const file = url.origin === origin ? fileFor(build, url.pathname) : null;
      if (!file) problems.push(`${from}: ${reference} is not a file of this build`);
      return file;
    };

    // What a consumer finds: every .xml file, the sitemaps and feeds pages link to, robots.txt's sitemaps.
    const expectedKind = new Map<string, 'sitemap' | 'feed' | 'any'>();
    for (const file of listFiles(build.outDir).filter((f) => f.endsWith('.xml'))) expectedKind.set(file, 'any');
    for (const page of pages(build)) {
      for (const link of linkElements(page.html)) {
        const isFeed = link.rel.split(/\s+/).includes('alternate') && (FEED_TYPES.has(link.type) || link.type === 'application/feed+json');
        if (link.rel !== 'sitemap' && !isFeed) continue;
        const file = builtFile(link.href, page.url);
        if (file) expectedKind.set(file, isFeed ? 'feed' : 'sitemap');
      }
    }
    try {
      for (const match of readFileSync(join(build.outDir, 'robots.txt'), 'utf8').matchAll(/^sitemap:\s*(\S+)/gim)) {
        const file = builtFile(match[1], 'robots.txt');
        if (file) expectedKind.set(file, 'sitemap');
      }
    } catch {
      // No robots.txt: the sitemap is found through the pages' <link rel="sitemap">.
    }

    const indexed = new Set<string>();
    for (const [file, expected] of [...expectedKind.entries()].sort()) {
      const where = rel(build, file);
      if (file.endsWith('.json')) {
        // A JSON Feed (jsonfeed.org, version 1.1): version, title, items each with an id.
        const feed = readJson(file) as { version?: string; title?: string; items?: { id?: unknown }[] };
        if (!/^https:\/\/jsonfeed\.org\/version\/1(\.1)?$/.test(feed.version ?? '')) problems.push(`${where}: not a JSON Feed version`);
        if (!feed.title) problems.push(`${where}: JSON Feed without title`);
        if (!Array.isArray(feed.items) || feed.items.some((item) => typeof item.id !== 'string')) problems.push(`${where}: JSON Feed items need string ids`);
        summary.xml.feeds += 1;
        summary.xml.feedEntries += feed.items?.length ?? 0;
        continue;
      }
      const xml = readFileSync(file, 'utf8');
      const parsed = parseXml(where, xml);
      if (typeof parsed === 'string') {
        problems.push(parsed);
        continue;
      }
      const isFeed = parsed.kind === 'atom feed' || parsed.kind === 'rss feed';
      const isSitemap = parsed.kind === 'sitemap' || parsed.kind === 'sitemap index';
      if (parsed.kind === null) problems.push(`${where}: <${parsed.rootName}> is no XML vocabulary this site publishes (sitemap, sitemap index, Atom, RSS): add its check`);
      if ((expected === 'feed' && !isFeed) || (expected === 'sitemap' && !isSitemap)) problems.push(`${where}: linked as a ${expected} but is ${parsed.kind ?? parsed.rootName}`);
      if (parsed.kind === 'sitemap index') {
        const checked = checkSitemapIndex(where, xml, parsed);
        problems.push(...checked.problems);
        for (const loc of checked.locs) {
          const target = builtFile(loc, where);
          if (target) indexed.add(target);
        }
        summary.xml.sitemapIndexes += 1;
      } else if (parsed.kind === 'sitemap') {
        const checked = await checkSitemap(where, xml, parsed);
        problems.push(...checked.problems);
        for (const loc of checked.locs) builtFile(loc, where);
        summary.xml.sitemaps += 1;
        summary.xml.urls += checked.locs.length;
      } else if (isFeed) {
        const checked = parsed.kind === 'atom feed' ? checkAtomFeed(where, parsed) : checkRssFeed(where, parsed);
        problems.push(...checked.problems);
        for (const link of checked.links) if (new URL(link).origin === origin) builtFile(link, where);
        summary.xml.feeds += 1;
        summary.xml.feedEntries += checked.entries;
      }
    }
    for (const [file] of expectedKind) {
      if (file.endsWith('.xml') && /\/sitemap-\d+\.xml$/.test(file) && !indexed.has(file)) problems.push(`${rel(build, file)}: not listed in the sitemap index`);
    }
    expect([...expectedKind.values()]).toContain('sitemap');
    expect(indexed.size).toBeGreaterThan(0);
    summary.xml.errors += problems.length;
    expect(problems).toEqual([]);
  });
});

/** One built page of every kind: the example pageKinds() names where it names one, else the first of that kind. */
function pagesOfEveryKind(build: TestBuild): { kind: string; file: string }[] {
  const built = builtPages(build.outDir);
  const kinds = [...new Set(built.map((p) => p.kind))].sort();
  const named = build === REAL ? new Map(pageKinds().map((k) => [k.kind, k.path])) : new Map<string, string>();
  if (build === REAL) expect([...named.keys()].filter((kind) => !kinds.includes(kind))).toEqual([]);
  return kinds.map((kind) => {
    const path = named.get(kind);
    const file = kind === '404' ? join(build.outDir, '404.html') : path ? fileFor(build, path) : null;
    return { kind, file: file ?? built.find((p) => p.kind === kind)!.file };
  });
}

/** One chart SVG download of every chart kind (the kind is the first part of the chart id: "indicator-…"). */
function chartSvgsOfEveryKind(build: TestBuild): { kind: string; file: string }[] {
  const byKind = new Map<string, string>();
  for (const file of listFiles(join(build.outDir, 'compare/charts')).filter((f) => f.endsWith('.svg'))) {
    const kind = `chart SVG: ${file.replace(/^.*[/\\]/, '').replace(/[-.].*$/, '')}`;
    if (!byKind.has(kind)) byKind.set(kind, file);
  }
  return [...byKind.entries()].map(([kind, file]) => ({ kind, file }));
}

describe('W3C Nu Html Checker', () => {
  it('finds no error on one page of every kind and one chart SVG of every kind of either build (and does find the error of a broken page)', () => {
    const targets = BUILDS.flatMap((build) => [...pagesOfEveryKind(build), ...chartSvgsOfEveryKind(build)].map((p) => ({ ...p, build })));
    const brokenDir = join(TEST_ROOT, 'validators');
    mkdirSync(brokenDir, { recursive: true });
    const broken = join(brokenDir, 'broken.html');
    writeFileSync(broken, '<!doctype html><html lang="zh-Hant-TW"><head><meta charset="utf-8"><title>壞</title></head><body><ul><p>不是清單項目</p></ul></body></html>\n');

    const run = runNuChecker([broken, ...targets.map((t) => t.file)]);
    const fileOf = (url: string) => decodeURIComponent(new URL(url).pathname);
    const brokenMessages = run.messages.filter((m) => fileOf(m.url) === broken);
    expect(brokenMessages.filter(isError).map((m) => m.message).join('\n')).toMatch(/Element “p” not allowed as child of element “ul”/);

    const ofPages = run.messages.filter((m) => fileOf(m.url) !== broken);
    const where = (m: { url: string; lastLine?: number }) => {
      const target = targets.find((t) => t.file === fileOf(m.url));
      return target ? `${rel(target.build, target.file)} (${target.kind})${m.lastLine ? `:${m.lastLine}` : ''}` : m.url;
    };
    const errors = ofPages.filter(isError).map((m) => `${where(m)}: ${m.message}${m.extract ? ` — ${m.extract.trim()}` : ''}`);
    const warnings = ofPages.filter(isWarning).map((m) => `${where(m)}: ${m.message}`);
    if (warnings.length > 0) console.log(`Nu Html Checker warnings:\n${warnings.join('\n')}`);
    summary.html.version = run.version;
    for (const t of targets) {
      if (t.kind.startsWith('chart SVG')) {
        summary.html.svgs += 1;
        summary.html.svgKinds.add(t.kind);
      } else {
        summary.html.pages += 1;
        summary.html.kinds.add(t.kind);
      }
    }
    summary.html.errors = errors.length;
    summary.html.warnings = warnings.length;
    expect(errors).toEqual([]);
  });
});
