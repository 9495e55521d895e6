/**
 * Finding a query in a row's real text, for the check that every listed row really contains the
 * query, for highlighting, excerpts, and the text fragment that highlights the match on the row's
 * own page. Works on the text as written; positions are UTF-16 offsets into its NFC form.
 */
import { searchKeyWithSpans } from './normalise.ts';

/** [start, end) offsets of a match in the text. */
export type Range = [number, number];

/** Every non-overlapping occurrence of any of the keys in the text, in text order. */
export function findMatches(text: string, keys: readonly string[]): Range[] {
  const { key: textKey, spans } = searchKeyWithSpans(text);
  const codeUnitToIndex = codePointIndex(textKey);
  const found: Range[] = [];
  for (const key of keys) {
    if (key.length === 0) continue;
    let from = 0;
    for (;;) {
      const at = textKey.indexOf(key, from);
      if (at < 0) break;
      const first = codeUnitToIndex[at];
      const last = codeUnitToIndex[at + key.length - 1];
      found.push([spans[first][0], spans[last][1]]);
      from = at + 1;
    }
  }
  found.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const merged: Range[] = [];
  for (const range of found) {
    const previous = merged[merged.length - 1];
    if (previous && range[0] < previous[1]) previous[1] = Math.max(previous[1], range[1]);
    else merged.push([range[0], range[1]]);
  }
  return merged;
}

/** For each UTF-16 offset of a string, the index of the code point it belongs to. */
function codePointIndex(text: string): number[] {
  const index: number[] = [];
  let n = 0;
  for (const char of text) {
    for (let i = 0; i < char.length; i++) index.push(n);
    n++;
  }
  return index;
}

export interface Segment {
  text: string;
  /** Whether this segment is a match to highlight. */
  match: boolean;
}

export interface Excerpt {
  segments: Segment[];
  /** Text was cut before / after the excerpt. */
  cutBefore: boolean;
  cutAfter: boolean;
}

/** Text split into plain and matched segments (the whole text). */
export function highlight(text: string, ranges: readonly Range[]): Segment[] {
  const normalised = text.normalize('NFC');
  const segments: Segment[] = [];
  let at = 0;
  for (const [start, end] of ranges) {
    if (start > at) segments.push({ text: normalised.slice(at, start), match: false });
    segments.push({ text: normalised.slice(start, end), match: true });
    at = end;
  }
  if (at < normalised.length) segments.push({ text: normalised.slice(at), match: false });
  return segments;
}

/**
 * A window of about `length` characters of the text around its first match (or its start when
 * there is none), with every match inside it highlighted. Never cuts inside a match.
 */
export function excerpt(text: string, ranges: readonly Range[], length = 90): Excerpt {
  const normalised = text.normalize('NFC');
  const chars = [...normalised];
  if (chars.length <= length) return { segments: highlight(normalised, ranges), cutBefore: false, cutAfter: false };
  // Work in UTF-16 offsets, but move window edges off surrogate halves.
  const first = ranges[0];
  let start = first ? Math.max(0, first[0] - Math.floor(length / 3)) : 0;
  let end = Math.min(normalised.length, start + length);
  if (end === normalised.length) start = Math.max(0, end - length);
  if (first && first[1] > end) end = first[1];
  start = offSurrogate(normalised, start);
  end = offSurrogate(normalised, end);
  const inside = ranges
    .filter(([s, e]) => s < end && e > start)
    .map(([s, e]): Range => [Math.max(s, start) - start, Math.min(e, end) - start]);
  return {
    segments: highlight(normalised.slice(start, end), inside),
    cutBefore: start > 0,
    cutAfter: end < normalised.length,
  };
}

function offSurrogate(text: string, offset: number): number {
  const code = text.charCodeAt(offset);
  return offset > 0 && offset < text.length && code >= 0xdc00 && code <= 0xdfff ? offset - 1 : offset;
}

/**
 * A URL text fragment (#:~:text=…) that makes the browser highlight the match on the row's page.
 * Browsers only accept a text directive that starts and ends on word boundaries, and in Chinese
 * those come from the browser's word segmenter, so the match is widened to whole words with the
 * same Intl.Segmenter. A match running over a line break keeps to its first line. Null when
 * nothing usable remains.
 */
export function textFragment(text: string, range: Range, segmenter?: Intl.Segmenter): string | null {
  const normalised = text.normalize('NFC');
  let [start, end] = range;
  const lineEnd = normalised.indexOf('\n', start);
  if (lineEnd >= 0 && lineEnd < end) end = lineEnd;
  if (segmenter) {
    for (const { index, segment } of segmenter.segment(normalised)) {
      const segmentEnd = index + segment.length;
      if (index <= start && start < segmentEnd) start = index;
      if (index < end && end < segmentEnd) end = segmentEnd;
      if (index >= end) break;
    }
  }
  const quote = normalised.slice(start, end).replace(/\s+/g, ' ').trim();
  if (quote === '') return null;
  return `#:~:text=${encodeTextDirective(quote)}`;
}

/** Percent-encoding for a text directive: also "-", "," and "&", which the syntax reserves. */
export function encodeTextDirective(text: string): string {
  return encodeURIComponent(text).replace(/-/g, '%2D');
}
