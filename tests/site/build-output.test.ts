import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MINI, REAL } from './support/builds.ts';
import { outputChecks } from './support/output-checks.ts';
import { fileFor, pages, visibleText } from './support/dist.ts';

outputChecks(REAL);
outputChecks(MINI);

describe('mini fixture: source text is text, never markup', () => {
  const rowPage = () => readFileSync(fileFor(MINI, '/reports/kaohsiung/109/plan/d1-s1-m1-i0/')!, 'utf8');
  const documentPage = () => readFileSync(fileFor(MINI, '/reports/kaohsiung/109/plan/')!, 'utf8');

  it('escapes markup-like text in fields and notes', () => {
    expect(rowPage()).toContain('第一段 &lt;b&gt;不是標記&lt;/b&gt;');
    expect(rowPage()).not.toContain('<b>不是標記</b>');
    expect(documentPage()).toContain('&lt;script&gt;alert(&quot;not markup&quot;)&lt;/script&gt;');
    expect(documentPage()).not.toContain('<script>alert');
  });

  it('keeps paragraphs of a field as separate paragraphs', () => {
    expect(rowPage()).toMatch(/<p>第一段 &lt;b&gt;不是標記&lt;\/b&gt;<\/p>\s*<p>第二段 &amp; 符號<\/p>/);
  });

  it('shows the results period and the score table', () => {
    expect(visibleText(rowPage())).toContain('執行績效與成果 （1-6月）'.replace(' ', ''));
    const text = visibleText(documentPage());
    expect(text).toContain('總分 910 1000');
    expect(text).toContain('等第 優');
  });

  it('writes every site path under the base path', () => {
    for (const page of pages(MINI)) {
      for (const match of page.html.matchAll(/\s(?:href|src|action)="(\/[^"]*)"/g)) {
        expect(match[1].startsWith('/reports/'), `${page.url}: ${match[1]}`).toBe(true);
      }
    }
    expect(readFileSync(join(MINI.outDir, 'index.html'), 'utf8')).toContain(
      '<link rel="canonical" href="https://reports.example.org/reports/">',
    );
  });

  it('shows years as 民國年（西元）everywhere', () => {
    const text = visibleText(readFileSync(fileFor(MINI, '/reports/years/')!, 'utf8'));
    expect(text).toContain('民國111年（2022）');
    expect(text).toContain('民國109年（2020）');
  });
});

describe('real site', () => {
  it('has a page for every document, year and branch', () => {
    const urls = new Set(pages(REAL).map((p) => p.url));
    for (const url of ['/', '/branches/', '/branches/hq/', '/years/', '/dimensions/', '/practices/', '/about/', '/data/', '/search/', '/404.html']) {
      expect(urls.has(url), url).toBe(true);
    }
  });
});

describe('labels for the data', () => {
  it('names every note kind the ingest produces in Chinese', async () => {
    const { noteKindLabel } = await import('../../src/lib/labels.ts');
    const { loadIndex } = await import('./support/dist.ts');
    const kinds = new Set(loadIndex(REAL).documents.flatMap((d) => d.document.notes.map((n) => n.kind)));
    for (const kind of kinds) expect(noteKindLabel(kind), kind).not.toBe(kind);
  });
});
