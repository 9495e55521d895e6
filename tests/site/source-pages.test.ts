/**
 * The source view in pages (src/lib/source-pages.ts): every line on exactly one page, where
 * paths.documentSource points, and an old …/source/#L<n> link to a later page's line landing on the
 * first page's link to that page. Document pages keep every row's anchor (paths.rowInDocument).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sourceLines } from '../../src/lib/generated.ts';
import { sourcePages } from '../../src/lib/source-pages.ts';
import { href, paths } from '../../src/lib/urls.ts';
import { REAL } from './support/builds.ts';
import { fileFor, loadIndex } from './support/dist.ts';

const index = loadIndex(REAL);
const html = (path: string) => {
  const file = fileFor(REAL, href(path.split('#')[0], REAL.base));
  if (file === null) throw new Error(`not built: ${path}`);
  return readFileSync(file, 'utf8');
};

describe('source pages', () => {
  it('has a source long enough to be paged', () => {
    expect(index.documents.some((view) => sourcePages(view.document, sourceLines(view.document, REAL.generatedDir).length).length > 1)).toBe(true);
  });

  for (const view of index.documents) {
    it(`${view.document.id}: shows every line once, on the page its link names`, () => {
      const lines = sourceLines(view.document, REAL.generatedDir);
      const pages = sourcePages(view.document, lines.length);
      const shownOn = new Map<number, string>();
      for (const page of pages) {
        for (const match of html(page.path).matchAll(/<li id="L(\d+)"/g)) {
          const line = Number(match[1]);
          expect(shownOn.has(line), `line ${line} on two pages`).toBe(false);
          shownOn.set(line, page.path);
        }
      }
      expect([...shownOn.keys()].sort((a, b) => a - b)).toEqual(lines.map((_, i) => i + 1));
      for (const [line, path] of shownOn) expect(paths.documentSource(view.document, line)).toBe(`${path}#L${line}`);
      // The first page answers every old #L<n> link: a line of its own, or an anchor in the link to the page holding it.
      const first = html(pages[0].path);
      const anchors = new Set([...first.matchAll(/ id="L(\d+)"/g)].map((m) => Number(m[1])));
      expect(anchors.size).toBe(lines.length);
      for (const page of pages.slice(1)) {
        const entry = first.match(new RegExp(`<li[^>]*>(?:(?!</li>).)*href="${href(page.path, REAL.base)}"(?:(?!</li>).)*</li>`, 's'))?.[0] ?? '';
        expect(entry).toContain(`id="L${page.from}"`);
        expect(entry).toContain(`id="L${page.to}"`);
      }
    });

    it(`${view.document.id}: keeps every row's anchor on the document page`, () => {
      const page = html(view.path);
      for (const row of view.rows) expect(page).toContain(`id="${paths.rowInDocument(view.document, row.row.id).split('#')[1]}"`);
    });
  }
});
