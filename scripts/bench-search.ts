/**
 * npm run bench:search [-- --samples 300 --later 80 --seed 20240611 --reuse]
 *
 * Measures the site's search against what find-in-page would give, side by side with a plain
 * Pagefind index of the same row pages built in the same run:
 *
 *   1. builds the site (ingest → build) into .tmp/bench-search/ (--reuse keeps an earlier build),
 *      then indexes the same row pages with Pagefind's defaults into /pagefind-plain/;
 *   2. makes the query set from the data: every practice label, every unit name, a seeded sample
 *      of 2–6-character substrings of row text, and the Simplified form of each of those;
 *   3. works out the expected rows of each query by plain substring search over every row field
 *      (after NFC, ignoring whitespace, folding width and case; for Simplified queries, over the
 *      text with each character simplified too);
 *   4. runs every query through the real /search/ page in headless Chromium (results from
 *      #search-results after pressing #search-more until it goes away), and through Pagefind's
 *      own search() on a page of the same language for the plain index;
 *   5. prints recall, precision, bytes sent by the server (gzip, as static hosts do) for the
 *      first query on a cold browser and for each later one, and median latency.
 *
 * Exits 1 when our search misses a target: recall 100 %, precision ≥ 99.5 % (queries of two or
 * more characters), first query ≤ 150 KB, later queries ≤ 40 KB (95th percentile).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { Socket } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import * as OpenCC from 'opencc-js';
import type { Page } from 'playwright-core';
import { launchChromium } from './chromium.ts';
import { CONTENT_TYPES } from './serve.ts';
import type { Document } from '../src/model/schema.ts';
import { paths } from '../src/lib/urls.ts';
import { loadDocuments } from './build-search-index.ts';

const ROOT = resolve(fileURLToPath(import.meta.url), '../..');
const WORK = resolve(ROOT, '.tmp/bench-search');
const GENERATED = join(WORK, 'generated');
const DIST = join(WORK, 'dist');
const PLAIN_BUNDLE = 'pagefind-plain';
const PLAIN_PAGE = 'bench-plain';
/** Rows shown before "show more", on our page and for the plain index alike. */
const FIRST_PAGE = 10;

const TARGETS = { recall: 1, precision: 0.995, firstBytes: 150 * 1024, laterBytes: 40 * 1024 };

// ---------------------------------------------------------------- build

function run(label: string, args: string[], env: NodeJS.ProcessEnv): void {
  const started = performance.now();
  const result = spawnSync(process.execPath, args, { cwd: ROOT, env, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`${label} failed (exit ${result.status}):\n${result.stderr.slice(-4000)}`);
  console.error(`bench: ${label} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

function buildSite(): void {
  const tsx = join(ROOT, 'node_modules/tsx/dist/cli.mjs');
  const env: NodeJS.ProcessEnv = { ...process.env, INGEST_OUT_DIR: GENERATED, GENERATED_DIR: GENERATED, OUT_DIR: DIST, BASE_PATH: '/', ASTRO_TELEMETRY_DISABLED: '1' };
  delete env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE;
  run('ingest', [tsx, 'scripts/ingest.ts'], env);
  run('site build', [tsx, 'scripts/build-site.ts'], env);
}

/** The plain baseline: Pagefind's defaults over the built row pages (a separate process, so no setting of ours leaks in). */
async function buildPlainIndex(dist: string, glob: string, expected: number): Promise<void> {
  const pagefind = await import('pagefind');
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`plain index: ${errors.join('; ')}`);
  const added = await index.addDirectory({ path: dist, glob });
  if (added.errors.length > 0) throw new Error(`plain index: ${added.errors.join('; ')}`);
  if (added.page_count !== expected) throw new Error(`plain index: ${added.page_count} pages indexed, ${expected} row pages expected`);
  const written = await index.writeFiles({ outputPath: join(dist, PLAIN_BUNDLE) });
  if (written.errors.length > 0) throw new Error(`plain index: ${written.errors.join('; ')}`);
  await pagefind.close();
}

/** A bare page that searches the plain index with Pagefind's own API, in the site's language. */
function writePlainPage(dist: string): void {
  mkdirSync(join(dist, PLAIN_PAGE), { recursive: true });
  writeFileSync(
    join(dist, PLAIN_PAGE, 'index.html'),
    `<!doctype html><html lang="zh-Hant-TW"><head><meta charset="utf-8"><title>plain</title></head><body>
<script type="module">
const pagefind = await import('/${PLAIN_BUNDLE}/pagefind.js');
let last = null;
window.plainSearch = async (q, n) => {
  const started = performance.now();
  last = await pagefind.search(q);
  await Promise.all(last.results.slice(0, n).map((r) => r.data()));
  return { count: last.results.length, ms: performance.now() - started };
};
window.plainAll = async () => (await Promise.all(last.results.map((r) => r.data()))).map((d) => d.url);
window.plainReady = true;
</script></body></html>\n`,
  );
}

// ---------------------------------------------------------------- queries and expected rows

interface Query {
  text: string;
  kind: 'practice' | 'unit' | 'substring' | 'simplified';
  /** For a Simplified query: the Traditional text it was made from. */
  from?: string;
}

interface RowText {
  path: string;
  fields: string[];
}

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function rowTexts(documents: Document[]): RowText[] {
  return documents.flatMap((doc) =>
    doc.rows.map((row) => ({
      path: paths.row(doc, row.id),
      fields: [row.strategy, row.method, row.item, row.unitsText, row.actions, row.results].filter((f) => f !== ''),
    })),
  );
}

function querySet(documents: Document[], rows: RowText[], practices: { label: string }[], samples: number, seed: number): Query[] {
  const toSimplified = OpenCC.Converter({ from: 'tw', to: 'cn' });
  const queries = new Map<string, Query>();
  const add = (query: Query) => {
    if (!queries.has(query.text)) queries.set(query.text, query);
  };
  for (const practice of practices) add({ text: practice.label, kind: 'practice' });
  for (const unit of new Set(documents.flatMap((d) => d.rows.flatMap((r) => r.units)))) add({ text: unit, kind: 'unit' });
  const random = mulberry32(seed);
  const lines = rows.flatMap((row) => row.fields.flatMap((field) => field.split('\n').map((line) => [...line.trim()]).filter((l) => l.length >= 2)));
  let picked = 0;
  for (let attempt = 0; picked < samples && attempt < samples * 20; attempt++) {
    const line = lines[Math.floor(random() * lines.length)];
    const length = 2 + Math.floor(random() * 5);
    const start = Math.floor(random() * Math.max(1, line.length - length + 1));
    const text = line.slice(start, start + length).join('').trim();
    if ([...text].length < 2 || queries.has(text)) continue;
    add({ text, kind: 'substring' });
    picked++;
  }
  for (const query of [...queries.values()]) {
    const simplified = toSimplified(query.text);
    if (simplified !== query.text) add({ text: simplified, kind: 'simplified', from: query.text });
  }
  return [...queries.values()];
}

/** Find-in-page over one field: NFC, no whitespace, full-width Latin and digits folded, lower case. */
function fold(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[\p{White_Space}\p{Cf}]/gu, '')
    .replace(/[\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .toLowerCase();
}

function expectedRows(query: Query, rows: RowText[], simplifyChar: (c: string) => string): Set<string> {
  const literal = (needle: string) =>
    rows.filter((row) => row.fields.some((field) => fold(field).includes(needle))).map((row) => row.path);
  const needle = fold(query.text.replace(/^\s*"(.+)"\s*$/s, '$1'));
  if (needle === '') return new Set();
  if (query.kind !== 'simplified') return new Set(literal(needle));
  // A Simplified query may stand for any Traditional spelling that simplifies to it.
  const simplify = (text: string) => [...text].map(simplifyChar).join('');
  const simplifiedNeedle = simplify(needle);
  const found = rows.filter((row) => row.fields.some((field) => simplify(fold(field)).includes(simplifiedNeedle))).map((row) => row.path);
  return new Set([...found, ...literal(fold(query.from!))]);
}

// ---------------------------------------------------------------- serving

interface BenchServer {
  origin: string;
  /** Bytes written to the network so far (headers and gzip bodies). */
  bytes(): number;
  /** Resolves once no response has been in flight for `quietMs`. */
  idle(quietMs?: number): Promise<void>;
  close(): Promise<void>;
}

/** A static server that compresses text like common static hosts do, and counts what it sends. */
function serve(dir: string): Promise<BenchServer> {
  const root = resolve(dir);
  const sockets = new Set<Socket>();
  let closedBytes = 0;
  let inFlight = 0;
  let lastActivity = performance.now();
  const gzipped = new Map<string, Buffer>();
  const server: Server = createServer((req, res) => {
    inFlight++;
    lastActivity = performance.now();
    res.on('finish', () => {
      inFlight--;
      lastActivity = performance.now();
    });
    let pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    if (pathname.endsWith('/')) pathname += 'index.html';
    const file = normalize(join(root, pathname));
    if (!file.startsWith(root + sep) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
      return;
    }
    const type = CONTENT_TYPES[extname(file)];
    const headers: Record<string, string> = {
      'Content-Type': type ?? 'application/octet-stream',
      'Cache-Control': extname(file) === '.html' ? 'no-cache' : 'public, max-age=3600',
    };
    let body: Buffer = readFileSync(file);
    if (type && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
      if (!gzipped.has(file)) gzipped.set(file, gzipSync(body, { level: 9 }));
      body = gzipped.get(file)!;
      headers['Content-Encoding'] = 'gzip';
    }
    headers['Content-Length'] = String(body.length);
    res.writeHead(200, headers).end(body);
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => {
      closedBytes += socket.bytesWritten;
      sockets.delete(socket);
    });
  });
  return new Promise((done) => {
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      done({
        origin: `http://127.0.0.1:${port}`,
        bytes: () => closedBytes + [...sockets].reduce((n, s) => n + s.bytesWritten, 0),
        idle: async (quietMs = 150) => {
          while (inFlight > 0 || performance.now() - lastActivity < quietMs) await new Promise((r) => setTimeout(r, 25));
        },
        close: () =>
          new Promise((closed) => {
            for (const socket of sockets) socket.destroy();
            server.close(() => closed());
          }),
      });
    });
  });
}

// ---------------------------------------------------------------- running the queries

interface Measured {
  query: Query;
  found: string[];
  bytes: number;
  ms: number;
}

function pathOf(href: string, origin: string): string {
  const url = new URL(href, origin);
  return url.pathname;
}

/** How one search engine is driven in the browser. */
interface Driver {
  /** Loads the page cold and runs a first query. */
  open(page: Page, origin: string, query: string): Promise<void>;
  /** Runs a query on the open page, returning once its first results are shown. */
  query(page: Page, query: string): Promise<void>;
  /** Every result of the last query, as URLs. */
  all(page: Page): Promise<string[]>;
}

async function waitForOurs(page: Page, query: string): Promise<void> {
  await page
      .waitForFunction(
        (q) => {
          const count = document.getElementById('search-count');
          return count?.dataset.count !== undefined && count.dataset.q === q;
        },
        query,
        { polling: 10, timeout: 30_000 },
      )
      .catch(async (error: unknown) => {
        const status = await page.locator('#search-count').textContent().catch(() => null);
        throw new Error(`query ${JSON.stringify(query)} did not finish (status: ${JSON.stringify(status)}): ${String(error)}`);
      });
}

const ours: Driver = {
  async open(page, origin, query) {
    await page.goto(`${origin}/search/?q=${encodeURIComponent(query)}`);
    await waitForOurs(page, query);
  },
  async query(page, query) {
    await page.fill('#search-q', query);
    await page.press('#search-q', 'Enter');
    await waitForOurs(page, query);
  },
  all: (page) =>
    page.evaluate(async () => {
      const more = document.getElementById('search-more') as HTMLButtonElement | null;
      const list = document.getElementById('search-results')!;
      while (more && !more.hidden && !more.disabled) {
        const shown = list.querySelectorAll('a').length;
        more.click();
        const started = performance.now();
        while (list.querySelectorAll('a').length === shown && !more.hidden && performance.now() - started < 20_000) {
          await new Promise((r) => setTimeout(r, 10));
        }
        if (list.querySelectorAll('a').length === shown && !more.hidden) throw new Error('show more did nothing');
      }
      return [...list.querySelectorAll('li > h2 a')].map((a) => (a as HTMLAnchorElement).href);
    }),
};

const plain: Driver = {
  async open(page, origin, query) {
    await page.goto(`${origin}/${PLAIN_PAGE}/`);
    await page.waitForFunction(() => (window as unknown as { plainReady?: boolean }).plainReady === true);
    await plain.query(page, query);
  },
  async query(page, query) {
    await page.evaluate(
      ([q, n]) => (window as unknown as { plainSearch: (q: string, n: number) => Promise<unknown> }).plainSearch(q as string, n as number),
      [query, FIRST_PAGE] as const,
    );
  },
  all: (page) => page.evaluate(() => (window as unknown as { plainAll: () => Promise<string[]> }).plainAll()),
};

/** Every query in one long session: the first on a cold browser, the rest typed one after another. */
async function runSession(driver: Driver, page: Page, server: BenchServer, queries: Query[], label: string): Promise<Measured[]> {
  const measured: Measured[] = [];
  for (const [i, query] of queries.entries()) {
    await server.idle();
    const before = server.bytes();
    const started = performance.now();
    if (i === 0) await driver.open(page, server.origin, query.text);
    else await driver.query(page, query.text);
    const ms = performance.now() - started;
    await server.idle();
    const bytes = server.bytes() - before;
    const found = await driver.all(page);
    measured.push({ query, found: found.map((href) => pathOf(href, server.origin)), bytes, ms });
    if ((i + 1) % 200 === 0) console.error(`bench: ${label} ${i + 1}/${queries.length}`);
  }
  return measured;
}

/**
 * "Later query" as a reader meets it: the second query of a fresh visit (empty HTTP cache, one
 * query already run), so that nothing but that first query's files can be reused.
 */
async function runSecondQueries(driver: Driver, page: Page, server: BenchServer, warmUp: string, queries: Query[]): Promise<{ bytes: number; ms: number }[]> {
  const cdp = await page.context().newCDPSession(page);
  const out: { bytes: number; ms: number }[] = [];
  for (const query of queries) {
    await cdp.send('Network.clearBrowserCache');
    await driver.open(page, server.origin, warmUp);
    await server.idle();
    const before = server.bytes();
    const started = performance.now();
    await driver.query(page, query.text);
    const ms = performance.now() - started;
    await server.idle();
    out.push({ bytes: server.bytes() - before, ms });
  }
  await cdp.detach();
  return out;
}

// ---------------------------------------------------------------- scoring

interface Score {
  recall: number;
  precision: number;
  relevant: number;
  results: number;
  missedQueries: Measured[];
  wrongQueries: Measured[];
}

interface Costs {
  firstBytes: number;
  firstMs: number;
  /** Second query of a fresh visit. */
  later: { bytes: number; ms: number }[];
  /** Later queries of one long session (caches warm). */
  sessionBytes: number[];
  sessionMs: number[];
}

function quantile(values: number[], q: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * (sorted.length - 1) + 0.5))];
}

function score(measured: Measured[], expected: Map<string, Set<string>>, only?: (m: Measured) => boolean): Score {
  let hits = 0;
  let relevant = 0;
  let precisionHits = 0;
  let results = 0;
  const missedQueries: Measured[] = [];
  const wrongQueries: Measured[] = [];
  const subset = only ? measured.filter(only) : measured;
  for (const m of subset) {
    const want = expected.get(m.query.text)!;
    const got = new Set(m.found);
    const correct = [...got].filter((p) => want.has(p)).length;
    hits += correct;
    relevant += want.size;
    if (correct < want.size) missedQueries.push(m);
    if ([...m.query.text.replace(/\s/g, '')].length >= 2) {
      precisionHits += correct;
      results += got.size;
      if (correct < got.size) wrongQueries.push(m);
    }
  }
  return {
    recall: relevant === 0 ? 1 : hits / relevant,
    precision: results === 0 ? 1 : precisionHits / results,
    relevant,
    results,
    missedQueries,
    wrongQueries,
  };
}

function costs(session: Measured[], later: { bytes: number; ms: number }[]): Costs {
  return {
    firstBytes: session[0]?.bytes ?? 0,
    firstMs: session[0]?.ms ?? 0,
    later,
    sessionBytes: session.slice(1).map((m) => m.bytes),
    sessionMs: session.slice(1).map((m) => m.ms),
  };
}

const pct = (x: number) => `${(x * 100).toFixed(2)} %`;
const kb = (x: number) => `${(x / 1024).toFixed(1)} KB`;

function describeMisses(label: string, list: Measured[], expected: Map<string, Set<string>>, kind: 'missed' | 'wrong'): void {
  if (list.length === 0) return;
  console.log(`\n${label}: ${list.length} queries with ${kind} rows, e.g.`);
  for (const m of list.slice(0, 8)) {
    const want = expected.get(m.query.text)!;
    const got = new Set(m.found);
    const diff = kind === 'missed' ? [...want].filter((p) => !got.has(p)) : [...got].filter((p) => !want.has(p));
    console.log(`  ${JSON.stringify(m.query.text)} (${m.query.kind}): ${diff.length} ${kind}, e.g. ${diff.slice(0, 2).join(' ')}`);
  }
}

// ---------------------------------------------------------------- main

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      samples: { type: 'string', default: '300' },
      later: { type: 'string', default: '80' },
      seed: { type: 'string', default: '20240611' },
      reuse: { type: 'boolean', default: false },
      'plain-index': { type: 'string' },
      glob: { type: 'string' },
      expected: { type: 'string' },
    },
  });
  if (values['plain-index']) {
    await buildPlainIndex(values['plain-index'], values.glob!, Number(values.expected));
    return;
  }
  if (!(values.reuse && existsSync(join(DIST, 'search', 'index.html')))) {
    rmSync(WORK, { recursive: true, force: true });
    buildSite();
  }
  const { documents } = loadDocuments(GENERATED);
  const rows = rowTexts(documents);
  const rowGlob = '*/*/*/d*-s*-m*-i*/index.html';
  const plainEnv = { ...process.env };
  delete plainEnv.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE;
  run('plain Pagefind index', [join(ROOT, 'node_modules/tsx/dist/cli.mjs'), 'scripts/bench-search.ts', '--plain-index', DIST, '--glob', rowGlob, '--expected', String(rows.length)], plainEnv);
  writePlainPage(DIST);

  const practices = JSON.parse(readFileSync(join(GENERATED, 'practices.json'), 'utf8')) as { label: string }[];
  const queries = querySet(documents, rows, practices, Number(values.samples), Number(values.seed));
  const toSimplified = OpenCC.Converter({ from: 'tw', to: 'cn' });
  const simplifiedChar = new Map<string, string>();
  const simplifyChar = (c: string) => {
    if (!simplifiedChar.has(c)) {
      const s = toSimplified(c);
      simplifiedChar.set(c, [...s].length === 1 ? s : c);
    }
    return simplifiedChar.get(c)!;
  };
  const expected = new Map(queries.map((q) => [q.text, expectedRows(q, rows, simplifyChar)]));
  const byKind = (kind: Query['kind']) => queries.filter((q) => q.kind === kind).length;
  console.error(
    `bench: ${queries.length} queries (${byKind('practice')} practice labels, ${byKind('unit')} unit names, ` +
      `${byKind('substring')} substrings, ${byKind('simplified')} Simplified forms) over ${rows.length} rows`,
  );

  // Later-query costs are measured on a fixed sample: every k-th query.
  const laterSample = queries.filter((_, i) => i > 0 && i % Math.max(1, Math.floor(queries.length / Number(values.later))) === 0);
  const warmUp = queries[0].text;
  const server = await serve(DIST);
  const measure = async (driver: Driver, label: string) => {
    // A fresh profile for each engine, so that each first query is as cold as the other.
    const browser = await launchChromium();
    try {
      const session = await runSession(driver, await browser.context.newPage(), server, queries, label);
      const later = await runSecondQueries(driver, await browser.context.newPage(), server, warmUp, laterSample);
      return { session, costs: costs(session, later) };
    } finally {
      await browser.close();
    }
  };
  let oursRun: Awaited<ReturnType<typeof measure>>;
  let plainRun: Awaited<ReturnType<typeof measure>>;
  try {
    oursRun = await measure(ours, 'our search');
    plainRun = await measure(plain, 'plain Pagefind');
  } finally {
    await server.close();
  }

  const a = score(oursRun.session, expected);
  const b = score(plainRun.session, expected);
  const simplifiedOnly = (m: Measured) => m.query.kind === 'simplified';
  const as = score(oursRun.session, expected, simplifiedOnly);
  const bs = score(plainRun.session, expected, simplifiedOnly);
  const ac = oursRun.costs;
  const bc = plainRun.costs;
  const laterBytes = (c: Costs, q: number) => quantile(c.later.map((l) => l.bytes), q);
  const laterMs = (c: Costs) => quantile(c.later.map((l) => l.ms), 0.5);
  const line = (label: string, x: string, y: string, target = '') => console.log(`${label.padEnd(40)}${x.padStart(14)}${y.padStart(18)}   ${target}`);
  console.log(`\nSearch benchmark: ${queries.length} queries over ${rows.length} rows (seed ${values.seed})`);
  line('', 'our search', 'plain Pagefind', 'target');
  line('recall', pct(a.recall), pct(b.recall), '100 %');
  line('precision (queries of ≥ 2 characters)', pct(a.precision), pct(b.precision), '≥ 99.5 %');
  line('  rows expected / rows listed', `${a.relevant}/${a.results}`, `${b.relevant}/${b.results}`);
  line('recall, Simplified queries only', pct(as.recall), pct(bs.recall));
  line('precision, Simplified queries only', pct(as.precision), pct(bs.precision));
  line('first query, cold: bytes', kb(ac.firstBytes), kb(bc.firstBytes), '≤ 150 KB');
  line(`later query (n=${laterSample.length}): median bytes`, kb(laterBytes(ac, 0.5)), kb(laterBytes(bc, 0.5)));
  line('later query: 95th percentile bytes', kb(laterBytes(ac, 0.95)), kb(laterBytes(bc, 0.95)), '≤ 40 KB');
  line('later query: max bytes', kb(laterBytes(ac, 1)), kb(laterBytes(bc, 1)));
  line('later query in a long session: median', kb(quantile(ac.sessionBytes, 0.5)), kb(quantile(bc.sessionBytes, 0.5)));
  line('first query, cold: latency', `${ac.firstMs.toFixed(0)} ms`, `${bc.firstMs.toFixed(0)} ms`);
  line('later query: median latency', `${laterMs(ac).toFixed(0)} ms`, `${laterMs(bc).toFixed(0)} ms`);
  line('long session: median latency', `${quantile(ac.sessionMs, 0.5).toFixed(0)} ms`, `${quantile(bc.sessionMs, 0.5).toFixed(0)} ms`);
  console.log(
    `\nBytes: what the server sent (headers included; gzip for text types as static hosts do; Pagefind's files as\n` +
      `written). First query: a cold browser opening /search/?q=… (our page, with its HTML, CSS and scripts) or a bare\n` +
      `page calling Pagefind's search() (plain). Later query: the second query of a fresh visit, after ${JSON.stringify(warmUp)}.\n` +
      `Both show ${FIRST_PAGE} results before "show more"; recall and precision count every result.`,
  );
  describeMisses('our search', a.missedQueries, expected, 'missed');
  describeMisses('our search', a.wrongQueries, expected, 'wrong');
  describeMisses('plain Pagefind', b.missedQueries, expected, 'missed');
  describeMisses('plain Pagefind', b.wrongQueries, expected, 'wrong');

  const failures = [
    a.recall < TARGETS.recall && `recall ${pct(a.recall)}`,
    a.precision < TARGETS.precision && `precision ${pct(a.precision)}`,
    ac.firstBytes > TARGETS.firstBytes && `first query ${kb(ac.firstBytes)}`,
    laterBytes(ac, 0.95) > TARGETS.laterBytes && `later queries ${kb(laterBytes(ac, 0.95))}`,
  ].filter(Boolean);
  console.log(failures.length === 0 ? '\nour search meets every target' : `\nour search misses: ${failures.join(', ')}`);
  if (failures.length > 0) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(`bench: error: ${error instanceof Error ? error.stack : String(error)}`);
  process.exit(1);
});
