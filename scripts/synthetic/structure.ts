/**
 * What a real series does to a document's structure from one year to the next: rows dropped,
 * a row added (an existing one copied with the next item number, reworded), items reworded, page
 * breaks moved. Each edit works on whole source lines, located through what the ingest itself read
 * (row and layout-line ranges), and is kept only if the ingest then reads the intended change and
 * nothing else (src/ingest/ at full coverage); otherwise the next candidate is tried, and after a
 * few the edit is left out. So every layout gets the edits its parser can take, and no document
 * the generator writes fails the ingest.
 */
import type { Reference } from '../../src/model/reference.ts';
import { read, type Reading, type ReadRow } from './check.ts';
import type { Random } from './random.ts';
import { rewordLine } from './wording.ts';

/** A document as text plus what the ingest read from it. */
export interface Draft {
  file: string;
  text: string;
  reading: Reading;
}

/** Candidates tried per edit before it is left out (each try is one ingest of the document). */
const TRIES = 6;

const keyOf = (row: ReadRow) => `${row.key.dimension}-${row.key.strategy}-${row.key.method}-${row.key.item}${row.key.suffix}`;
const squash = (s: string) => s.replace(/\s+/gu, '');
const rowText = (row: ReadRow) => [row.strategy, row.method, row.item, row.unitsText, row.actions, row.results].map(squash).join('|');
const rowMeaning = (row: ReadRow) => row.meaning;

function attempt(draft: Draft, text: string, ref: Reference, accept: (reading: Reading) => boolean): Draft | null {
  const result = read(draft.file, text, ref);
  return result.ok && accept(result.reading) ? { file: draft.file, text, reading: result.reading } : null;
}

function spliceLines(text: string, from: number, count: number, insert: readonly string[] = []): string {
  const lines = text.split('\n');
  lines.splice(from - 1, count, ...insert);
  return lines.join('\n');
}

/** Rows whose source lines no other row shares: they can be removed or copied as whole lines. */
function ownLines(document: Reading): ReadRow[] {
  return document.rows.filter((row) => {
    const [a, b] = row.source.lines;
    return document.rows.every((other) => other === row || other.source.lines[1] < a || other.source.lines[0] > b);
  });
}

/** One row removed; every other row read exactly as before. */
export function dropRow(draft: Draft, ref: Reference, rng: Random): Draft | null {
  const before = draft.reading.rows;
  const perDimension = (d: number) => before.filter((r) => r.key.dimension === d).length;
  const candidates = rng.shuffle(ownLines(draft.reading).filter((r) => perDimension(r.key.dimension) > 2));
  for (const row of candidates.slice(0, TRIES)) {
    const [a, b] = row.source.lines;
    const expected = before.filter((r) => r !== row).map((r) => `${keyOf(r)}=${rowText(r)}`);
    const result = attempt(draft, spliceLines(draft.text, a, b - a + 1), ref, (doc) =>
      doc.rows.length === before.length - 1 && doc.rows.map((r) => `${keyOf(r)}=${rowText(r)}`).join('\n') === expected.join('\n'),
    );
    if (result) return result;
  }
  return null;
}

/** The item marker "(n)" / "（n）" of a row's own numbering, as its lines write it. */
function itemMarker(n: number): RegExp {
  return new RegExp(`([(（]\\s*)${n}(\\s*[)）])`, 'u');
}

/** A tab-table line with one word of its last cell (the results or actions) reworded; other lines as they are. */
function rewordLastCell(line: string, synonyms: readonly (readonly [string, string])[], rng: Random): string {
  if (!line.includes('\t')) return line;
  const cells = line.split('\t');
  cells[cells.length - 1] = rewordLine(cells[cells.length - 1], synonyms, rng.int(0, 99)) ?? cells[cells.length - 1];
  return cells.join('\t');
}

/**
 * A new item after the last one of a method: that row's lines copied, its number raised by one
 * (in a tab table, one word of its last cell reworded). Every earlier row reads as before and the
 * new one reads with the new number.
 */
export function addRow(draft: Draft, ref: Reference, rng: Random, synonyms: readonly (readonly [string, string])[]): Draft | null {
  const before = draft.reading.rows;
  const last = ownLines(draft.reading).filter((row) => {
    if (row.key.item === 0) return false;
    const siblings = before.filter((r) => r.key.dimension === row.key.dimension && r.key.strategy === row.key.strategy && r.key.method === row.key.method);
    return siblings.every((r) => r.key.item <= row.key.item) && siblings.length > 1;
  });
  for (const row of rng.shuffle(last).slice(0, TRIES)) {
    const [a, b] = row.source.lines;
    const lines = draft.text.split('\n').slice(a - 1, b);
    const at = lines.findIndex((line) => itemMarker(row.key.item).test(line));
    if (at === -1) continue;
    lines[at] = lines[at].replace(itemMarker(row.key.item), `$1${row.key.item + 1}$2`);
    const reworded = lines.map((line) => rewordLastCell(line, synonyms, rng));
    const added = `${row.key.dimension}-${row.key.strategy}-${row.key.method}-${row.key.item + 1}`;
    const expected = before.map((r) => `${keyOf(r)}=${rowText(r)}`);
    const result = attempt(draft, spliceLines(draft.text, b + 1, 0, reworded), ref, (doc) => {
      if (doc.rows.length !== before.length + 1) return false;
      const others = doc.rows.filter((r) => keyOf(r) !== added);
      return others.length === before.length && others.map((r) => `${keyOf(r)}=${rowText(r)}`).join('\n') === expected.join('\n');
    });
    if (result) return result;
  }
  return null;
}

/**
 * A few content lines reworded (one synonym each). Kept only if every row keeps its numbering,
 * framework item and practices: the wording changes, the reading does not.
 */
export function reword(draft: Draft, ref: Reference, rng: Random, synonyms: readonly (readonly [string, string])[], lines: number): Draft | null {
  const before = draft.reading.rows;
  const layout = new Set(draft.reading.excluded.map((e) => e.line));
  const content = new Set<number>();
  for (const row of before) for (let l = row.source.lines[0]; l <= row.source.lines[1]; l++) if (!layout.has(l)) content.add(l);
  const expected = before.map((r) => `${keyOf(r)}=${rowMeaning(r)}`).join('\n');
  for (let round = 0; round < 3 && lines > 0; round++, lines = Math.ceil(lines / 2)) {
    const all = draft.text.split('\n');
    let changed = 0;
    for (const line of rng.shuffle([...content])) {
      if (changed === lines) break;
      const next = rewordLine(all[line - 1], synonyms, rng.int(0, 99));
      if (next === null) continue;
      all[line - 1] = next;
      changed++;
    }
    if (changed === 0) return null;
    const result = attempt(draft, all.join('\n'), ref, (doc) => doc.rows.map((r) => `${keyOf(r)}=${rowMeaning(r)}`).join('\n') === expected);
    if (result) return result;
  }
  return null;
}

/** Page footers of PDF text: 「第 3 頁（共 12 頁）」, renumbered after a move. */
const FOOTER = /^(\s*第\s*)\d+(\s*頁\s*[(（]\s*共\s*)\d+(\s*頁\s*[)）]\s*)$/u;

function renumberFooters(text: string): string {
  const lines = text.split('\n');
  const total = lines.filter((l) => FOOTER.test(l)).length;
  let page = 0;
  return lines.map((l) => (FOOTER.test(l) ? l.replace(FOOTER, (m, a, b, c) => `${a}${++page}${b}${total}${c}`) : l)).join('\n');
}

/**
 * One page break moved: a repeated table header or a page footer taken out (with the blank line
 * before it) and put back before the first line of another row. Every row reads exactly as before.
 */
export function movePageBreak(draft: Draft, ref: Reference, rng: Random): Draft | null {
  const breaks = draft.reading.excluded.filter((e) => e.reason === 'repeated-header' || e.reason === 'page-footer');
  const all = draft.text.split('\n');
  const starts = new Set(ownLines(draft.reading).map((r) => r.source.lines[0]));
  const isBlank = (l: number) => l >= 1 && l <= all.length && all[l - 1].trim() === '';
  // Each break as a block of lines: the consecutive lines of one header (PDF text spreads it over
  // several, blank lines between) and the blank line before it.
  const blocks = new Map<number, { first: number; last: number }>();
  for (const moved of breaks) {
    const isBreak = (l: number) => breaks.some((b) => b.line === l && b.reason === moved.reason);
    let first = moved.line;
    let last = moved.line;
    while (isBreak(first - 1) || (isBlank(first - 1) && isBreak(first - 2))) first--;
    while (isBreak(last + 1) || (isBlank(last + 1) && isBreak(last + 2))) last++;
    if (isBlank(first - 1)) first--;
    blocks.set(first, { first, last });
  }
  // A break can only leave a place where the next row starts afresh (not a row it cut in two).
  const movable = [...blocks.values()].filter(({ last }) => {
    let next = last + 1;
    while (isBlank(next)) next++;
    return starts.has(next);
  });
  if (movable.length === 0) return null;
  const expected = draft.reading.rows.map((r) => `${keyOf(r)}=${rowText(r)}`).join('\n');
  const targets = rng.shuffle([...starts]);
  const order = rng.shuffle(movable);
  for (let t = 0; t < Math.min(TRIES, targets.length); t++) {
    const { first, last } = order[t % order.length];
    const target = targets[t];
    if (target >= first && target <= last + 2) continue;
    const block = all.slice(first - 1, last);
    const without = [...all.slice(0, first - 1), ...all.slice(last)];
    const at = target > last ? target - block.length : target;
    const text = renumberFooters([...without.slice(0, at - 1), ...block, ...without.slice(at - 1)].join('\n'));
    const result = attempt(draft, text, ref, (doc) => doc.rows.map((r) => `${keyOf(r)}=${rowText(r)}`).join('\n') === expected);
    if (result) return result;
  }
  return null;
}
