/**
 * Running queries in headless Chromium against a built site served by scripts/serve.ts, counting
 * what the server sends and timing each answer inside the page, with the same clock for both
 * engines:
 *
 *   ours   the real /search/ page: the query is put in #search-q and the form submitted, as a
 *          reader pressing Enter would; answered when #search-count carries the count for it
 *          (the first results are on screen by then). All results: "show more" until it goes away.
 *   plain  a bare page calling Pagefind's search() on the plain index and loading the first
 *          results' data, as a results list would. All results: every result's id, read as the
 *          URL its fragment file holds (the same as its data().url, without loading thousands of
 *          fragments in the browser).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { launchChromium } from './chromium.ts';
import { startServer } from './serve.ts';
import { PLAIN_PAGE } from './bench-search-corpus.ts';
import type { Query } from './bench-search-queries.ts';

/** Rows shown before "show more", on our page and for the plain index alike. */
export const FIRST_PAGE = 10;

export interface CountingServer {
  origin: string;
  /** Bytes written to the network so far (headers and bodies as sent). */
  bytes(): number;
  /** Resolves once no response has been in flight for `quietMs`. */
  idle(quietMs?: number): Promise<void>;
  close(): Promise<void>;
}

/** scripts/serve.ts's server (gzip for text, as static hosts do), with its traffic counted. */
export async function countingServer(dir: string): Promise<CountingServer> {
  const running = await startServer({ dir, port: 0, base: '/', quiet: true });
  const sockets = new Set<import('node:net').Socket>();
  let closedBytes = 0;
  let inFlight = 0;
  let lastActivity = performance.now();
  running.server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => {
      closedBytes += socket.bytesWritten;
      sockets.delete(socket);
    });
  });
  running.server.on('request', (_req, res) => {
    inFlight++;
    lastActivity = performance.now();
    res.on('close', () => {
      inFlight--;
      lastActivity = performance.now();
    });
  });
  return {
    origin: running.origin,
    bytes: () => closedBytes + [...sockets].reduce((n, s) => n + s.bytesWritten, 0),
    idle: async (quietMs = 150) => {
      while (inFlight > 0 || performance.now() - lastActivity < quietMs) await new Promise((r) => setTimeout(r, 25));
    },
    close: () => {
      for (const socket of sockets) socket.destroy();
      return running.close();
    },
  };
}

/** How one search engine is driven in the browser. */
export interface Driver {
  label: string;
  /** Loads the page cold with a first query; milliseconds until it is answered. */
  open(page: Page, origin: string, query: string): Promise<number>;
  /** Runs a query on the open page; milliseconds until its first results are ready. */
  query(page: Page, query: string): Promise<number>;
  /** Every result of the last query, as URL paths. */
  all(page: Page): Promise<string[]>;
}

function answered(page: Page, query: string): Promise<unknown> {
  return page
    .waitForFunction(
      (q) => {
        const count = document.getElementById('search-count');
        return count?.dataset.count !== undefined && count.dataset.q === q;
      },
      query,
      { polling: 10, timeout: 60_000 },
    )
    .catch(async (error: unknown) => {
      const status = await page.locator('#search-count').textContent().catch(() => null);
      throw new Error(`query ${JSON.stringify(query)} did not finish (status: ${JSON.stringify(status)}): ${String(error)}`);
    });
}

/**
 * In-page: types the query into the form, submits it, and resolves with the milliseconds until
 * the count for it is set. A string, because tsx would wrap inner functions of a compiled
 * callback in a helper the page does not have.
 */
const SUBMIT_AND_WAIT = `(q) => new Promise((resolve, reject) => {
  const input = document.getElementById('search-q');
  const form = document.getElementById('search-form');
  const count = document.getElementById('search-count');
  const started = performance.now();
  const observer = new MutationObserver(() => {
    if (count.dataset.count === undefined || count.dataset.q !== q) return;
    observer.disconnect();
    clearTimeout(timer);
    resolve(performance.now() - started);
  });
  const timer = setTimeout(() => {
    observer.disconnect();
    reject(new Error('query ' + JSON.stringify(q) + ' did not finish: ' + count.textContent));
  }, 60000);
  observer.observe(count, { attributes: true });
  input.value = q;
  form.requestSubmit();
})`;

export const ours: Driver = {
  label: 'our search',
  async open(page, origin, query) {
    const started = performance.now();
    await page.goto(`${origin}/search/?q=${encodeURIComponent(query)}`);
    await answered(page, query);
    return performance.now() - started;
  },
  query: (page, query) => page.evaluate<number>(`(${SUBMIT_AND_WAIT})(${JSON.stringify(query)})`),
  all: (page) =>
    page.evaluate(async () => {
      const more = document.getElementById('search-more') as HTMLButtonElement | null;
      const list = document.getElementById('search-results')!;
      while (more && !more.hidden && !more.disabled) {
        const shown = list.querySelectorAll('a').length;
        more.click();
        const started = performance.now();
        while (list.querySelectorAll('a').length === shown && !more.hidden && performance.now() - started < 20_000) {
          await new Promise((r) => setTimeout(r, 5));
        }
        if (list.querySelectorAll('a').length === shown && !more.hidden) throw new Error('show more did nothing');
      }
      return [...list.querySelectorAll('li > h2 a')].map((a) => new URL((a as HTMLAnchorElement).href).pathname);
    }),
};

/** Pagefind result id (its fragment's hash) → the URL path the fragment records. */
export function fragmentUrls(bundle: string): Map<string, string> {
  const urls = new Map<string, string>();
  const dir = join(bundle, 'fragment');
  for (const name of readdirSync(dir)) {
    const text = gunzipSync(readFileSync(join(dir, name))).toString('utf8');
    const json = JSON.parse(text.slice(text.indexOf('{'))) as { url: string };
    urls.set(name.replace(/\.pf_fragment$/, ''), new URL(json.url, 'http://x').pathname);
  }
  return urls;
}

export function plainDriver(urls: ReadonlyMap<string, string>): Driver {
  const driver: Driver = {
    label: 'plain Pagefind',
    async open(page, origin, query) {
      const started = performance.now();
      await page.goto(`${origin}/${PLAIN_PAGE}/`);
      await page.waitForFunction(() => (window as unknown as { plainReady?: boolean }).plainReady === true);
      await driver.query(page, query);
      return performance.now() - started;
    },
    query: (page, query) =>
      page.evaluate(
        ([q, n]) => (window as unknown as { plainSearch: (q: string, n: number) => Promise<number> }).plainSearch(q as string, n as number),
        [query, FIRST_PAGE] as const,
      ),
    all: async (page) =>
      (await page.evaluate(() => (window as unknown as { plainIds: () => string[] }).plainIds())).map((id) => {
        const url = urls.get(id);
        if (!url) throw new Error(`plain Pagefind result ${id} has no fragment`);
        return url;
      }),
  };
  return driver;
}

export interface Measured {
  query: Query;
  /** Every result, as URL paths (empty when results were not listed). */
  found: string[];
  bytes: number;
  ms: number;
}

export interface Cost {
  bytes: number;
  ms: number;
  /** Which pass over the later-query sample measured it (0-based). */
  pass: number;
}

export interface EngineRun {
  /** Every query of one long session: the first on a cold browser, the rest typed one after another. */
  session: Measured[];
  /** The second query of a fresh visit, for a sample of queries, once per pass. */
  later: Cost[];
}

/** Every query in one long session, with every result listed for scoring. */
async function runSession(driver: Driver, page: Page, server: CountingServer, queries: readonly Query[]): Promise<Measured[]> {
  const measured: Measured[] = [];
  for (const [i, query] of queries.entries()) {
    await server.idle();
    const before = server.bytes();
    const ms = i === 0 ? await driver.open(page, server.origin, query.text) : await driver.query(page, query.text);
    await server.idle();
    const bytes = server.bytes() - before;
    const found = await driver.all(page);
    measured.push({ query, found, bytes, ms });
    if ((i + 1) % 200 === 0) console.error(`bench: ${driver.label} ${i + 1}/${queries.length}`);
  }
  return measured;
}

/**
 * "Later query" as a reader meets it: the second query of a fresh visit (empty HTTP cache, one
 * query already run), so that nothing but that first query's files can be reused.
 */
async function secondQuery(driver: Driver, page: Page, server: CountingServer, warmUp: string, query: Query, pass: number): Promise<Cost> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.clearBrowserCache');
  await cdp.detach();
  await driver.open(page, server.origin, warmUp);
  await server.idle();
  const before = server.bytes();
  const ms = await driver.query(page, query.text);
  await server.idle();
  return { bytes: server.bytes() - before, ms, pass };
}

/**
 * Both engines over every query, each in a browser profile of its own so that each first query
 * is as cold as the other. The long sessions run one engine after the other. The later-query
 * sample is measured `passes` times, alternating between the engines query by query, and which
 * engine goes first alternates too: a change in the machine's load, or the work one browser
 * leaves running after its query, then weighs on both alike. One pass was not enough: on this
 * 2-core machine the median of 41 later queries moved by 10 ms from run to run.
 */
export async function runEngines(
  drivers: readonly Driver[],
  server: CountingServer,
  queries: readonly Query[],
  laterSample: readonly Query[],
  warmUp: string,
  passes: number,
): Promise<EngineRun[]> {
  const browsers = await Promise.all(drivers.map(() => launchChromium()));
  try {
    const sessions: Measured[][] = [];
    for (const [i, driver] of drivers.entries()) sessions.push(await runSession(driver, await browsers[i].context.newPage(), server, queries));
    const pages = await Promise.all(browsers.map((b) => b.context.newPage()));
    const later: Cost[][] = drivers.map(() => []);
    for (let pass = 0; pass < passes; pass++) {
      for (const [q, query] of laterSample.entries()) {
        const turn = (pass + q) % drivers.length;
        for (const i of drivers.map((_, k) => (k + turn) % drivers.length)) later[i].push(await secondQuery(drivers[i], pages[i], server, warmUp, query, pass));
      }
      console.error(`bench: later-query pass ${pass + 1}/${passes} done`);
    }
    return drivers.map((_, i) => ({ session: sessions[i], later: later[i] }));
  } finally {
    await Promise.all(browsers.map((b) => b.close()));
  }
}
