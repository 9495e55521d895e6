/**
 * Serves a built site on 127.0.0.1: static files under the base path, directory indexes, the
 * site's 404 page, and explicit charsets (a .txt without one shows mojibake in browsers). Headers
 * come from <dir>/_headers (Netlify/Cloudflare format), which the build writes — the security
 * headers of every page and the charset of each source text — so this server and a real static
 * host send the same headers.
 *
 *   npm run serve [-- --port 4321 --host 127.0.0.1 --dir dist]     (base path from BASE_PATH)
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { siteSettings } from '../src/lib/settings.ts';

/** Content types by extension, with a charset for every text type. */
export const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml; charset=utf-8',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.wasm': 'application/wasm',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
};

/**
 * Parses a _headers file: a path line, then indented "Name: value" lines. A path is exact, or
 * ends in "*" to match everything that starts with what precedes it (a splat, as on Netlify and
 * Cloudflare).
 */
export function parseHeaders(text: string): Map<string, Record<string, string>> {
  const rules = new Map<string, Record<string, string>>();
  let current: Record<string, string> | null = null;
  for (const line of text.split(/\r?\n/)) {
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    if (/^\s/.test(line)) {
      const match = /^\s+([^:]+):\s*(.*)$/.exec(line);
      if (match && current) current[match[1].trim()] = match[2].trim();
    } else {
      current = {};
      rules.set(line.trim(), current);
    }
  }
  return rules;
}

/**
 * The headers of every rule whose path matches, in file order. A header that two rules give is
 * sent with both values joined by ", ", as Netlify and Cloudflare do; the build never writes such
 * a pair (a test checks), since two Content-Security-Policies would both be enforced.
 */
export function headersFor(rules: ReadonlyMap<string, Record<string, string>>, path: string): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [pattern, values] of rules) {
    const matches = pattern.endsWith('*') ? path.startsWith(pattern.slice(0, -1)) : path === pattern;
    if (!matches) continue;
    for (const [name, value] of Object.entries(values)) headers[name] = name in headers ? `${headers[name]}, ${value}` : value;
  }
  return headers;
}

export interface ServeOptions {
  dir: string;
  host?: string;
  /** 0 picks a free port. */
  port?: number;
  base?: string;
  quiet?: boolean;
}

export interface RunningServer {
  server: Server;
  /** Origin plus base path, e.g. "http://127.0.0.1:4321/". */
  url: string;
  origin: string;
  close(): Promise<void>;
}

export function startServer(options: ServeOptions): Promise<RunningServer> {
  const root = resolve(options.dir);
  const base = options.base ?? '/';
  const host = options.host ?? '127.0.0.1';
  if (!existsSync(join(root, 'index.html'))) throw new Error(`${root} has no index.html: build the site first (npm run build)`);
  const headersFile = join(root, '_headers');
  const rules = existsSync(headersFile) ? parseHeaders(readFileSync(headersFile, 'utf8')) : new Map();
  const notFound = join(root, '404.html');

  // Text is sent gzipped to clients that accept it, as static hosts do: pages are measured (and
  // read on slow connections) at the size they really travel.
  const gzipped = new Map<string, { mtimeMs: number; body: Buffer }>();
  const gzipOf = (file: string, mtimeMs: number): Buffer => {
    const cached = gzipped.get(file);
    if (cached?.mtimeMs === mtimeMs) return cached.body;
    const body = gzipSync(readFileSync(file));
    gzipped.set(file, { mtimeMs, body });
    return body;
  };

  const server = createServer((req, res) => {
    const send = (status: number, file: string, urlPath: string) => {
      const type = CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
      const stat = statSync(file);
      const compress = type.includes('charset=') && stat.size > 1024 && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
      const body = compress ? gzipOf(file, stat.mtimeMs) : null;
      const headers: Record<string, string> = {
        'Content-Type': type,
        'Content-Length': String(body ? body.length : stat.size),
        ...(type.includes('charset=') ? { Vary: 'Accept-Encoding' } : {}),
        ...(body ? { 'Content-Encoding': 'gzip' } : {}),
        'X-Content-Type-Options': 'nosniff',
        ...headersFor(rules, urlPath),
      };
      res.writeHead(status, headers);
      if (req.method === 'HEAD') res.end();
      else if (body) res.end(body);
      else createReadStream(file).pipe(res);
    };
    const missing = () => {
      // The 404 page carries its own headers (those of /404.html), whatever path was asked for.
      if (existsSync(notFound)) send(404, notFound, `${base.replace(/\/$/, '')}/404.html`);
      else res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('404 Not Found\n');
    };
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD' }).end();
      return;
    }
    let pathname: string;
    try {
      pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    } catch {
      res.writeHead(400).end();
      return;
    }
    const prefix = base.replace(/\/$/, '');
    if (prefix && pathname === prefix) {
      res.writeHead(301, { Location: `${prefix}/` }).end();
      return;
    }
    if (!pathname.startsWith(`${prefix}/`)) return missing();
    const relative = pathname.slice(prefix.length);
    const file = normalize(join(root, relative));
    if (file !== root && !file.startsWith(root + sep)) return missing();
    if (existsSync(file) && statSync(file).isDirectory()) {
      if (!pathname.endsWith('/')) {
        const query = new URL(req.url ?? '/', 'http://localhost').search;
        res.writeHead(301, { Location: `${encodeURI(pathname)}/${query}` }).end();
        return;
      }
      const index = join(file, 'index.html');
      return existsSync(index) ? send(200, index, pathname) : missing();
    }
    if (existsSync(file) && !relative.split('/').some((part) => part.startsWith('_headers'))) return send(200, file, pathname);
    return missing();
  });

  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : options.port;
      const origin = `http://${host}:${port}`;
      const url = `${origin}${base}`;
      if (!options.quiet) console.error(`serving ${root} at ${url}`);
      resolvePromise({
        server,
        url,
        origin,
        close: () => new Promise((done) => server.close(() => done())),
      });
    });
  });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const settings = siteSettings(process.env);
  const { values } = parseArgs({
    options: {
      port: { type: 'string', default: process.env.PORT ?? '4321' },
      host: { type: 'string', default: '127.0.0.1' },
      dir: { type: 'string', default: settings.outDir },
    },
  });
  const running = await startServer({ dir: values.dir!, host: values.host, port: Number(values.port), base: settings.base });
  console.log(`Site: ${running.url.replace('127.0.0.1', 'localhost')} (Ctrl+C to stop)`);
}
