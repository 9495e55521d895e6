/**
 * Bad input: each case gives a clear error naming the file (and line where there is one), exit 1,
 * and nothing written. In-process for the messages; through the CLI for exit code and output.
 */
import { describe, expect, it, beforeAll } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, mkdirSync, readdirSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadReference, type Reference } from '../../src/model/reference.ts';
import { loadSourceBytes } from '../../src/ingest/source.ts';
import { buildAll } from '../../src/ingest/run.ts';

const ROOT = process.cwd();
const hualien = readFileSync('content/sources/hualien-111-report.txt', 'utf8');
const hualienLines = hualien.split('\n');
let ref: Reference;
beforeAll(() => {
  ref = loadReference(ROOT);
});

function build(files: Record<string, string | Uint8Array>) {
  const sources = Object.entries(files).map(([name, content]) =>
    loadSourceBytes(name, typeof content === 'string' ? new Uint8Array(Buffer.from(content)) : content, ref.branches),
  );
  return buildAll(sources, ref);
}

describe('bad input is rejected with file and line', () => {
  it('empty file', () => {
    expect(() => build({ 'empty.txt': '' })).toThrow('empty.txt: error: empty file');
  });
  it('binary file', () => {
    expect(() => build({ 'image.png': new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]) })).toThrow(
      /^image\.png:3: error: binary file/,
    );
  });
  it('undecodable bytes', () => {
    const bytes = new Uint8Array([...Buffer.from(hualienLines.slice(0, 6).join('\n') + '\n'), 0xff, 0xfe, 0xff, 0x0a]);
    expect(() => build({ 'broken.txt': bytes })).toThrow(/^broken\.txt:7: error: undecodable bytes/);
  });
  it('file truncated mid-table', () => {
    const truncated = hualienLines.slice(0, 50).join('\n') + '\n';
    expect(() => build({ 'truncated.txt': truncated })).toThrow(/^truncated\.txt:\d+: error: .*truncated/);
  });
  it('no recognisable title', () => {
    const untitled = hualien.replace('經濟部標準檢驗局花蓮分局111年度提升服務效能執行績效與成果', '提升服務效能執行績效與成果');
    expect(() => build({ 'untitled.txt': untitled })).toThrow(/^untitled\.txt: error: no recognisable title/);
  });
  it('unknown branch', () => {
    const taipei = hualien.replace('花蓮分局111年度', '臺北分局111年度');
    expect(() => build({ 'taipei.txt': taipei })).toThrow('taipei.txt:3: error: unknown branch "臺北分局"');
  });
  it('missing year', () => {
    const yearless = hualien.replace('花蓮分局111年度', '花蓮分局年度');
    expect(() => build({ 'yearless.txt': yearless })).toThrow(/^yearless\.txt:3: error: title has no year/);
  });
  it('two documents with the same branch, year and kind', () => {
    expect(() => build({ 'a.txt': hualien, 'b.txt': hualien.replace(/\n/g, '\r\n') })).toThrow(
      'b.txt:3: error: same branch, year and kind (hualien-111-report) as a.txt:3',
    );
  });
});

describe('markup inside cells', () => {
  it('keeps <script> and other tags as literal text; only <p> wrappers are layout', () => {
    const line = hualienLines.findIndex((l) => l.startsWith('(4) 檢視各項無障礙措施'));
    const lines = [...hualienLines];
    lines[line] = lines[line].replace('服務櫃臺場所', '<script>alert("x")</script><b>服務櫃臺場所</b>');
    const [doc] = build({ 'markup.txt': lines.join('\n') });
    const row = doc.rows.find((r) => r.source.lines[0] <= line + 1 && line + 1 <= r.source.lines[1] && r.results.includes('<script>'));
    expect(row?.results).toContain('<script>alert("x")</script><b>服務櫃臺場所</b>');
  });
});

describe('command line', () => {
  const tsx = [join(ROOT, 'node_modules/tsx/dist/cli.mjs'), 'scripts/ingest.ts'];
  const run = (args: string[], env: Record<string, string> = {}) =>
    spawnSync(process.execPath, [...tsx, ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, ...env, INIT_CWD: ROOT } });

  it('--check reports FILE:LINE: error and exits 1', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ingest-check-'));
    writeFileSync(join(dir, 'taipei.txt'), hualien.replace('花蓮分局111年度', '臺北分局111年度'));
    const result = run(['--check', join(dir, 'taipei.txt'), 'content/sources/hualien-111-report.txt']);
    expect(result.status).toBe(1);
    expect(result.stdout).toContain(`${join(dir, 'taipei.txt')}:3: error: unknown branch`);
    expect(result.stdout).toMatch(/content\/sources\/hualien-111-report\.txt: ok hualien-111-report/);
  });

  it('a failing full ingest leaves the previous output untouched', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ingest-atomic-'));
    const sources = join(dir, 'sources');
    const out = join(dir, 'generated');
    mkdirSync(sources);
    writeFileSync(join(sources, 'hualien.txt'), hualien);
    const first = run([], { INGEST_SOURCES_DIR: sources, GENERATED_DIR: out });
    expect(first.status, first.stderr).toBe(0);
    const before = readFileSync(join(out, 'documents', 'hualien-111-report.json'), 'utf8');
    writeFileSync(join(sources, 'zz-empty.txt'), '');
    const second = run([], { INGEST_SOURCES_DIR: sources, GENERATED_DIR: out });
    expect(second.status).toBe(1);
    expect(second.stderr).toContain('zz-empty.txt: error: empty file');
    expect(readFileSync(join(out, 'documents', 'hualien-111-report.json'), 'utf8')).toBe(before);
    expect(readdirSync(dir).sort()).toEqual(['generated', 'sources']);
    expect(existsSync(join(out, 'documents', 'zz-empty.json'))).toBe(false);
  });

  it('--print writes the document JSON to stdout and logs to stderr', () => {
    const result = run(['--print', 'content/sources/hq-115-plan.txt']);
    expect(result.status, result.stderr).toBe(0);
    const doc = JSON.parse(result.stdout);
    expect(doc).toMatchObject({ id: 'hq-115-plan', branch: { id: 'hq' }, year: { roc: 115, gregorian: 2026 }, kind: 'plan' });
    expect(result.stderr).toContain('hq-115-plan');
  });
});

