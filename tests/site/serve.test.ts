import { get as httpGet } from 'node:http';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../scripts/serve.ts';
import { MINI } from './support/builds.ts';

describe('scripts/serve.ts on a sub-path build', () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startServer({ dir: MINI.outDir, port: 0, base: MINI.base, quiet: true });
  });
  afterAll(() => server.close());
  const get = (path: string) => fetch(`${server.origin}${path}`, { redirect: 'manual' });

  it('serves pages under the base path with a UTF-8 charset', async () => {
    const response = await get('/reports/years/');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await response.text()).toContain('民國111年（2022）');
  });

  it('serves source texts as text/plain with the charset from _headers', async () => {
    const response = await get('/reports/sources/hualien-111-report.txt');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    expect(await response.text()).toContain('經濟部標準檢驗局花蓮分局111年度提升服務效能執行績效與成果');
  });

  it('serves the CSV as UTF-8 CSV', async () => {
    const response = await get('/reports/data/strategies.csv');
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
  });

  it('redirects directory paths without a trailing slash, keeping the query', async () => {
    const response = await get('/reports/search?q=%E9%9B%BB%E8%A9%B1');
    expect(response.status).toBe(301);
    expect(response.headers.get('location')).toBe('/reports/search/?q=%E9%9B%BB%E8%A9%B1');
  });

  it('answers unknown paths and paths outside the base with the site’s 404 page', async () => {
    for (const path of ['/reports/no/such/page/', '/years/', '/reports/../package.json', '/reports/_headers']) {
      const response = await get(path);
      expect(response.status, path).toBe(404);
      expect(await response.text(), path).toContain('找不到這個頁面');
    }
  });

  it('sends text gzipped to clients that accept gzip, and as is to others', async () => {
    const raw = (path: string, acceptEncoding: string | null) =>
      new Promise<{ headers: Record<string, string | string[] | undefined>; body: Buffer }>((done, fail) => {
        httpGet(`${server.origin}${path}`, { headers: acceptEncoding ? { 'Accept-Encoding': acceptEncoding } : {} }, (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('end', () => done({ headers: res.headers, body: Buffer.concat(chunks) }));
        }).on('error', fail);
      });
    const plain = await raw('/reports/years/', null);
    expect(plain.headers['content-encoding']).toBeUndefined();
    const zipped = await raw('/reports/years/', 'gzip, deflate, br');
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(zipped.headers.vary).toBe('Accept-Encoding');
    expect(Number(zipped.headers['content-length'])).toBe(zipped.body.length);
    expect(zipped.body.length).toBeLessThan(plain.body.length);
    expect(gunzipSync(zipped.body).equals(plain.body)).toBe(true);
  });
});
