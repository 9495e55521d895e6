/**
 * One row-id rule for every layout family (src/ingest/row-ids.ts): the first row of a numbering keeps
 * the plain id, repeats get b, c, … in document order, so adding a repeat never renames a row.
 * Each family's fixture tests/fixtures/<family>/repeated-item-number.txt is cut from the real source
 * of that family with one sub-item renumbered to repeat the one before it.
 */
import { describe, expect, it } from 'vitest';
import { keysInDocumentOrder, rowId } from '../../src/ingest/row-ids.ts';
import { tabbedParagraphTableLayout } from '../../src/ingest/layouts/tabbed-paragraph-table.ts';
import { tabbedMarkdownLayout } from '../../src/ingest/layouts/tabbed-markdown.ts';
import { foldedHierarchyTableLayout } from '../../src/ingest/layouts/folded-hierarchy-table.ts';
import { pdfTextLayout } from '../../src/ingest/layouts/pdf-text.ts';
import { sectionedPlanLayout } from '../../src/ingest/layouts/sectioned-plan.ts';
import type { LayoutParser } from '../../src/ingest/layout.ts';
import { fixturesOf, ingestErrorOf, rowIdsOf } from './support.ts';

const repeated = (family: string) => fixturesOf(family)('repeated-item-number');

describe('keysInDocumentOrder', () => {
  const row = (item: number, line: number) => ({
    key: { dimension: 1, strategy: 2, method: 3, item },
    source: { lines: [line, line] as [number, number] },
  });

  it('keeps the first row of a numbering plain and names the repeats b, c, … in document order', () => {
    const ids = keysInDocumentOrder('f.txt', [row(1, 1), row(2, 2), row(1, 3), row(1, 4)]).map(rowId);
    expect(ids).toEqual(['d1-s2-m3-i1', 'd1-s2-m3-i2', 'd1-s2-m3-i1b', 'd1-s2-m3-i1c']);
  });

  it('adding a repeat after existing rows renames none of them', () => {
    const before = keysInDocumentOrder('f.txt', [row(1, 1), row(2, 2)]).map(rowId);
    const after = keysInDocumentOrder('f.txt', [row(1, 1), row(2, 2), row(2, 3)]).map(rowId);
    expect(after.slice(0, before.length)).toEqual(before);
    expect(after[2]).toBe('d1-s2-m3-i2b');
  });

  it('refuses a numbering repeated beyond z, naming the line', () => {
    const rows = Array.from({ length: 27 }, (_, i) => row(1, i + 1));
    expect(ingestErrorOf(() => keysInDocumentOrder('f.txt', rows)).message).toBe(
      'f.txt:27: error: numbering d1-s2-m3-i1 repeats more than 25 times',
    );
  });
});

describe.each<[string, LayoutParser, string[]]>([
  ['tabbed-paragraph-table', tabbedParagraphTableLayout, ['d2-s2-m1-i1', 'd2-s2-m1-i1b', 'd2-s2-m2-i1']],
  ['tabbed-markdown', tabbedMarkdownLayout, ['d1-s2-m1-i1', 'd1-s2-m3-i1', 'd1-s2-m3-i1b']],
  [
    'folded-hierarchy-table',
    foldedHierarchyTableLayout,
    ['d4-s1-m1-i1', 'd4-s1-m1-i1b', 'd4-s1-m2-i0', 'd4-s2-m0-i1', 'd4-s2-m0-i2', 'd4-s2-m0-i3'],
  ],
])('%s: a repeated item number', (family, layout, expected) => {
  it('the first row keeps the plain id, the repeat gets b', () => {
    expect(rowIdsOf(layout.parse(repeated(family)))).toEqual(expected);
  });
});

describe('families that read numbering in sequence refuse a repeat instead of naming it', () => {
  it('pdf-text: a sub-item (2) after (2) opens no row, so the row cannot be split (FILE:LINE error)', () => {
    const error = ingestErrorOf(() => pdfTextLayout.parse(repeated('pdf-text')));
    expect(error.message).toMatch(/^tests\/fixtures\/pdf-text\/repeated-item-number\.txt:48: error: cannot tell where 具體作法 ends/);
  });

  it('sectioned-plan: sub-items pair with actions by position, so a repeated (一) is an error', () => {
    const error = ingestErrorOf(() => sectionedPlanLayout.parse(repeated('sectioned-plan')));
    expect(error.message).toMatch(/repeated-item-number\.txt:6: error: 執行策略: sub-item \(一\) where \(二\) was expected/);
  });
});
