import { describe, expect, it } from 'vitest';
import { buildSiteIndex } from '../../../src/lib/site.ts';
import { miniInput } from '../support/mini.ts';
import { compareNewestFirst, newestDate, updatedDate } from '../../../src/lib/updated.ts';
import { defaultContext, pageContexts } from '../../../src/lib/page-context.ts';
import { formatPolicy, parsePolicy, unitePolicies } from '../../../src/lib/security-headers.ts';
import { embedHeight, embedSnippet } from '../../../src/lib/embed.ts';
import { breadcrumbList, jsonLd } from '../../../src/lib/structured-data.ts';
import { feedItems } from '../../../src/lib/feeds.ts';
import { headersFor, parseHeaders } from '../../../scripts/serve.ts';
import { paths } from '../../../src/lib/urls.ts';
import type { Document } from '../../../src/model/schema.ts';

const input = miniInput();
const index = buildSiteIndex(input);
const docs = index.documents.map((d) => d.document);
const withDates = (doc: Document, issued: string | null, assessed: string | null): Document => ({
  ...doc,
  issuedOn: issued ? { text: '', date: issued, letter: null, source: doc.rows[0].source } : null,
  scores: assessed && doc.scores ? { ...doc.scores, assessedOn: assessed } : assessed ? ({ assessedOn: assessed } as Document['scores']) : null,
});

describe('更新日期: a document’s own date, as precise as it states it', () => {
  const doc = docs[0];
  it('takes the issuing date, else the month of the self-assessment, else the year', () => {
    expect(updatedDate(withDates(doc, '2026-01-28', '2026-07'))).toEqual({ iso: '2026-01-28', precision: 'day', text: '民國115年1月28日（2026-01-28）' });
    expect(updatedDate(withDates(doc, null, '2020-07'))).toEqual({ iso: '2020-07', precision: 'month', text: '民國109年7月（2020-07）' });
    expect(updatedDate(withDates(doc, null, null))).toMatchObject({ iso: String(doc.year.gregorian), precision: 'year' });
  });

  it('orders newest first: a stated date beats a bare year of the same year; reports after plans', () => {
    const y111 = { roc: 111, gregorian: 2022 };
    const plan = { ...withDates(doc, null, null), id: 'hualien-111-plan', kind: 'plan' as const, year: y111 };
    const report = { ...withDates(doc, null, null), id: 'hualien-111-report', kind: 'report' as const, year: y111 };
    const dated = { ...withDates(doc, '2022-01-20', null), id: 'hsinchu-111-plan', kind: 'plan' as const, year: y111 };
    const older = { ...withDates(doc, '2021-12-31', null), id: 'hsinchu-110-plan', year: { roc: 110, gregorian: 2021 } };
    expect([older, plan, report, dated].sort(compareNewestFirst).map((d) => d.id)).toEqual(['hsinchu-111-plan', 'hualien-111-report', 'hualien-111-plan', 'hsinchu-110-plan']);
    expect(newestDate([older, plan])!.iso).toBe('2022');
    expect(newestDate([])).toBeNull();
  });
});

describe('page contexts: the documents and share image of each page', () => {
  const contexts = pageContexts(index, [{ id: 'phone-courtesy-tests', documents: [docs[0]] }]);
  it('gives document, source and row pages their document and its image', () => {
    const view = index.documents[0];
    for (const path of [view.path, paths.documentSource(view.document), view.rows[0].path]) {
      expect(contexts.get(path)).toEqual({ documents: [view.document], ogImage: paths.ogDocument(view.document.id) });
    }
  });
  it('gives practice and indicator pages their own image, and a page without documents the whole collection', () => {
    const practice = index.practices.find((p) => p.rows.length > 0)!;
    expect(contexts.get(practice.path)!.ogImage).toBe(paths.ogPractice(practice.practice.id));
    expect(contexts.get(paths.compareIndicator('phone-courtesy-tests'))!.ogImage).toBe(paths.ogIndicator('phone-courtesy-tests'));
    const empty = index.branches.find((b) => b.documents.length === 0)!;
    expect(contexts.get(empty.path)!.documents).toEqual(docs);
    expect(defaultContext(index)).toEqual({ documents: docs, ogImage: paths.ogHome() });
  });
});

describe('one Content-Security-Policy for all pages', () => {
  it('unites the pages’ hashes per directive in a stable order', () => {
    const united = unitePolicies([
      { page: '/a/', policy: "default-src 'none'; script-src 'self' 'sha256-b'; style-src 'self' 'sha256-x'" },
      { page: '/b/', policy: "default-src 'none'; script-src 'self' 'sha256-a' 'sha256-b'; style-src 'self'" },
    ]);
    expect(formatPolicy(united)).toBe("default-src 'none'; script-src 'self' 'sha256-a' 'sha256-b'; style-src 'self' 'sha256-x'");
  });
  it('refuses pages whose policies differ in more than hashes', () => {
    expect(() =>
      unitePolicies([
        { page: '/a/', policy: "script-src 'self'" },
        { page: '/b/', policy: "script-src 'self' 'unsafe-inline'" },
      ]),
    ).toThrow(/\/b\//);
  });
  it('parses a policy Astro writes (no space after ";")', () => {
    expect([...parsePolicy("default-src 'none';img-src 'self' data:; script-src 'self'").keys()]).toEqual(['default-src', 'img-src', 'script-src']);
  });
});

describe('_headers rules as scripts/serve.ts applies them', () => {
  const rules = parseHeaders('/*\n  A: 1\n/embed/*\n  B: framed\n/about/*\n  B: unframed\n/sources/x.txt\n  C: text\n/sources/*\n  C: again\n');
  it('applies splats and exact paths, joining a header two rules give', () => {
    expect(headersFor(rules, '/embed/x/')).toEqual({ A: '1', B: 'framed' });
    expect(headersFor(rules, '/about/')).toEqual({ A: '1', B: 'unframed' });
    expect(headersFor(rules, '/sources/x.txt')).toEqual({ A: '1', C: 'text, again' });
  });
});

describe('embed snippet and JSON-LD escape what they quote', () => {
  it('writes the iframe with escaped attributes and a height from the chart’s proportions', () => {
    const snippet = embedSnippet({ url: 'https://x.example/embed/a/?b=1&c=2', title: '「A」 <b> & "q"', svg: '<svg viewBox="0 0 360 180">' });
    expect(snippet).toContain('src="https://x.example/embed/a/?b=1&amp;c=2"');
    expect(snippet).toContain('title="「A」 &lt;b&gt; &amp; &quot;q&quot;"');
    expect(embedHeight('<svg viewBox="0 0 360 180">')).toBe(320 + 260);
  });
  it('never lets a label close the script element', () => {
    const text = jsonLd(breadcrumbList([{ name: '</script><script>alert(1)</script>', url: null }]));
    expect(text).not.toContain('</script');
    expect(JSON.parse(text).itemListElement[0]).toEqual({ '@type': 'ListItem', position: 1, name: '</script><script>alert(1)</script>' });
  });
});

describe('feed items', () => {
  it('lists documents newest first with their permalink, and a pubDate only for a stated day', () => {
    const items = feedItems(docs, (d) => `https://x.example${paths.document(d)}`);
    expect(items.map((i) => i.link)).toEqual([...docs].sort(compareNewestFirst).map((d) => `https://x.example${paths.document(d)}`));
    for (const [i, doc] of [...docs].sort(compareNewestFirst).entries()) {
      expect(items[i].pubDate !== undefined).toBe(updatedDate(doc).precision === 'day');
    }
  });
});
