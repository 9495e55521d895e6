import { describe, expect, it } from 'vitest';
import { DATA_FILES, PAGE_KINDS } from '../../../src/lib/page-kinds.ts';
import { pageRoutes } from '../../../scripts/bench-site.ts';
import { buildSiteIndex } from '../../../src/lib/site.ts';
import { miniInput } from '../support/mini.ts';

describe('the one list of page kinds', () => {
  it('names every route of src/pages exactly once, and nothing else', () => {
    const routes = pageRoutes().map((r) => r.pattern).sort();
    expect(PAGE_KINDS.map((k) => k.route).sort()).toEqual(routes);
    expect(new Set(PAGE_KINDS.map((k) => k.name)).size).toBe(PAGE_KINDS.length);
  });

  it('gives each page a permalink of its own, and the site index lists every single page and download', () => {
    const index = buildSiteIndex(miniInput());
    const listed = new Map(index.permalinks.map((l) => [l.path, l.target]));
    for (const kind of PAGE_KINDS.filter((k) => k.single)) expect(listed.get(kind.single!.path), kind.name).toBe(kind.single!.target);
    for (const file of DATA_FILES) expect([...listed.values()]).toContain(`data ${file}`);
    expect(new Set(PAGE_KINDS.flatMap((k) => (k.single ? [k.single.path] : []))).size).toBe(PAGE_KINDS.filter((k) => k.single).length);
  });

  it('finds an example of every kind in the mini fixture (given indicators, charts and a long source)', () => {
    const index = buildSiteIndex(miniInput());
    const sourceLineCounts = Object.fromEntries(index.documents.map((d) => [d.document.id, 600]));
    const context = { index, indicatorIds: ['phone-courtesy-tests'], chartIds: ['coverage'], sourceLineCounts };
    const missing = PAGE_KINDS.filter((k) => k.example(context) === null).map((k) => k.name);
    // Two documents fill no second page of a history or an item: those kinds come with the years.
    expect(missing).toEqual(['dimension item page', 'practice history page']);
  });
});
