/**
 * Row ids, one rule for every layout family. A row is named by its numbering in the document,
 * d<構面>-s<策略>-m<方法>-i<細項> (0 where a level is absent). When a document repeats a numbering, the
 * first row keeps the plain id and the repeats get b, c, … in document order: a corrected re-issue
 * that adds a repeat therefore never renames a row that already has a permalink.
 */
import type { RowKey } from '../model/schema.ts';
import { IngestError } from '../model/errors.ts';

/** A row's numbering as its layout reads it; the suffix is assigned here, never by a layout. */
export type RowNumbering = Omit<RowKey, 'suffix'>;

export function rowId(key: RowKey): string {
  return `d${key.dimension}-s${key.strategy}-m${key.method}-i${key.item}${key.suffix}`;
}

/** The first letter a repeat gets: the first row of a numbering has none, so repeats start at "b". */
const FIRST_REPEAT = 'b'.charCodeAt(0);
const LAST_REPEAT = 'z'.charCodeAt(0);

/** Keys with suffixes for rows in document order; `lineOf` names the row in an error. */
export function keysInDocumentOrder(
  file: string,
  rows: readonly { key: RowNumbering; source: { lines: [number, number] } }[],
): RowKey[] {
  const seen = new Map<string, number>();
  return rows.map(({ key, source }) => {
    const plain = rowId({ ...key, suffix: '' });
    const repeats = seen.get(plain) ?? 0;
    seen.set(plain, repeats + 1);
    if (repeats === 0) return { ...key, suffix: '' };
    const code = FIRST_REPEAT + repeats - 1;
    if (code > LAST_REPEAT) {
      throw new IngestError(file, source.lines[0], `numbering ${plain} repeats more than ${LAST_REPEAT - FIRST_REPEAT + 1} times`);
    }
    return { ...key, suffix: String.fromCharCode(code) };
  });
}
