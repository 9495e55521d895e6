/**
 * The synthetic corpus's structural edits (scripts/synthetic/structure.ts) on the real sources:
 * each does the one change it claims and the ingest reads everything else exactly as before.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadReference } from '../../src/model/reference.ts';
import { readOrThrow, type ReadRow } from '../../scripts/synthetic/check.ts';
import { random } from '../../scripts/synthetic/random.ts';
import { addRow, dropRow, movePageBreak, reword, type Draft } from '../../scripts/synthetic/structure.ts';
import { SYNONYMS } from '../../scripts/synthetic/wording.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const ref = loadReference(ROOT);

function draftOf(name: string): Draft {
  const text = readFileSync(resolve(ROOT, 'content/sources', name), 'utf8');
  return { file: name, text, reading: readOrThrow(name, text, ref) };
}

const key = (r: ReadRow) => `${r.key.dimension}-${r.key.strategy}-${r.key.method}-${r.key.item}${r.key.suffix}`;
const squash = (s: string) => s.replace(/\s+/g, '');
const texts = (rows: ReadRow[]) => rows.map((r) => `${key(r)} ${squash(r.item || r.method)} ${squash(r.results)}`);

describe('a row dropped', () => {
  it('removes one row of the Keelung 102 table and leaves every other row as it was', () => {
    const before = draftOf('keelung-102-report.txt');
    const after = dropRow(before, ref, random(1, 'drop'))!;
    expect(after).not.toBeNull();
    expect(after.reading.rows).toHaveLength(before.reading.rows.length - 1);
    const gone = before.reading.rows.filter((r) => !after.reading.rows.some((a) => key(a) === key(r)));
    expect(gone).toHaveLength(1);
    expect(texts(after.reading.rows)).toEqual(texts(before.reading.rows.filter((r) => r !== gone[0])));
    expect(after.text.split('\n').length).toBeLessThan(before.text.split('\n').length);
  });
});

describe('a row added', () => {
  it('adds the next item after the last one of a method of the Hualien 111 table, with its own number', () => {
    const before = draftOf('hualien-111-report.txt');
    const after = addRow(before, ref, random(1, 'add'), SYNONYMS)!;
    expect(after).not.toBeNull();
    expect(after.reading.rows).toHaveLength(before.reading.rows.length + 1);
    const added = after.reading.rows.filter((r) => !before.reading.rows.some((b) => key(b) === key(r)));
    expect(added).toHaveLength(1);
    const [row] = added;
    const siblings = before.reading.rows.filter((r) => r.key.dimension === row.key.dimension && r.key.strategy === row.key.strategy && r.key.method === row.key.method);
    expect(row.key.item).toBe(Math.max(...siblings.map((r) => r.key.item)) + 1);
    expect(texts(after.reading.rows.filter((r) => r !== row))).toEqual(texts(before.reading.rows));
  });
});

describe('items reworded', () => {
  it('changes the wording of a few lines of the Hsinchu 107 report, not what rows match', () => {
    const before = draftOf('hsinchu-107-report.txt');
    const after = reword(before, ref, random(1, 'reword'), SYNONYMS, 4)!;
    expect(after).not.toBeNull();
    const changed = after.text.split('\n').filter((line, i) => line !== before.text.split('\n')[i]);
    expect(changed.length).toBeGreaterThan(0);
    expect(changed.length).toBeLessThanOrEqual(4);
    expect(after.reading.rows.map((r) => `${key(r)} ${r.meaning}`)).toEqual(before.reading.rows.map((r) => `${key(r)} ${r.meaning}`));
  });
});

describe('a page break moved', () => {
  for (const name of ['keelung-102-report.txt', 'kaohsiung-109-plan.txt']) {
    it(`moves a repeated header or page footer of ${name}; the rows read the same`, () => {
      const before = draftOf(name);
      const after = movePageBreak(before, ref, random(1, 'move'))!;
      expect(after).not.toBeNull();
      const breaks = (d: Draft) => d.reading.excluded.filter((e) => e.reason !== 'table-header').map((e) => e.line);
      expect(breaks(after)).not.toEqual(breaks(before));
      expect(breaks(after)).toHaveLength(breaks(before).length);
      expect(texts(after.reading.rows)).toEqual(texts(before.reading.rows));
    });
  }
});
