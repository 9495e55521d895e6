/**
 * Cutting a row's text into quotable sentences and matching patterns on them without losing the
 * way back to the exact characters of the source.
 *
 * A quote is always `text.slice(start, end)` of the field it came from: nothing is re-joined,
 * re-spaced or re-punctuated. Matching happens on a "compact" view of a sentence (whitespace
 * removed) because PDF extraction breaks words and numbers across lines ("計受理 272 件陳\n情案")
 * and spreads letters ("提 供 各 類"); an index map turns a compact match back into the exact
 * substring of the sentence.
 */

/** A span of a field's text: `text.slice(start, end)`. */
export interface Span {
  start: number;
  end: number;
  text: string;
}

/** A sentence inside the list item (or paragraph) that holds it. */
export interface Sentence extends Span {
  /** The list item ("(1) …", "2. …") or, when the paragraph has no numbering, the paragraph. */
  item: Span;
}

/**
 * List markers that start a new item: (1) (一) 1. at the start of a paragraph or after whitespace
 * or a full stop. "109.07" and "2.5" are not markers: the dot must not be followed by a digit and
 * the number must not be glued to a preceding digit.
 */
const ITEM_MARKER = /(?<=^|[\s。；;])(?:[(（]\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*[)）]|\d{1,2}\s*\.(?!\d))/gu;

/** Characters that end a sentence; they stay with the sentence they end. */
const SENTENCE_END = /[。；;！？!?]/u;

function trimmedSpan(text: string, start: number, end: number): Span | null {
  while (start < end && /\s/u.test(text[start])) start++;
  while (end > start && /\s/u.test(text[end - 1])) end--;
  return start < end ? { start, end, text: text.slice(start, end) } : null;
}

/** Paragraphs of a field: the "\n"-separated parts, blank ones dropped. */
export function paragraphSpans(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || text[i] === '\n') {
      const span = trimmedSpan(text, start, i);
      if (span) spans.push(span);
      start = i + 1;
    }
  }
  return spans;
}

/** List items of one paragraph: cut before every item marker. */
export function itemSpans(text: string, paragraph: Span): Span[] {
  const cuts = [paragraph.start];
  for (const match of paragraph.text.matchAll(ITEM_MARKER)) {
    const at = paragraph.start + (match.index ?? 0);
    if (at > paragraph.start) cuts.push(at);
  }
  cuts.push(paragraph.end);
  const spans: Span[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const span = trimmedSpan(text, cuts[i], cuts[i + 1]);
    if (span) spans.push(span);
  }
  return spans;
}

/**
 * Sentences of a field, each with the item it belongs to. A sentence ends after 。；;！？ (kept)
 * or at the end of its item; closing brackets and quotes right after the stop stay with it.
 */
export function sentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  for (const paragraph of paragraphSpans(text)) {
    for (const item of itemSpans(text, paragraph)) {
      let start = item.start;
      for (let i = item.start; i < item.end; i++) {
        if (!SENTENCE_END.test(text[i])) continue;
        let end = i + 1;
        while (end < item.end && /[)）」』"']/u.test(text[end])) end++;
        const span = trimmedSpan(text, start, end);
        if (span) out.push({ ...span, item });
        start = end;
        i = end - 1;
      }
      const rest = trimmedSpan(text, start, item.end);
      if (rest) out.push({ ...rest, item });
    }
  }
  return out;
}

/** A text without whitespace, with the position in the original of every remaining character. */
export interface Compact {
  text: string;
  /** positions[i] = index in the original of compact character i. */
  positions: number[];
}

export function compact(original: string): Compact {
  let text = '';
  const positions: number[] = [];
  for (let i = 0; i < original.length; i++) {
    const ch = original[i];
    if (/\s/u.test(ch)) continue;
    text += ch;
    positions.push(i);
  }
  return { text, positions };
}

/** The original span [start, end) covered by compact characters [from, to). */
export function originalRange(view: Compact, from: number, to: number): [number, number] {
  return [view.positions[from], view.positions[to - 1] + 1];
}

/**
 * A number as the reports write it: digits with optional thousands separators ("31,076",
 * "58,336") and an optional decimal part ("67.84"); full-width digits are accepted and folded.
 * Only the ASCII comma separates thousands: the full-width "，" is the reports' clause comma.
 */
export const NUMBER_SOURCE = '(?:[0-9０-９]{1,3}(?:,[0-9０-９]{3})+|[0-9０-９]+)(?:\\.[0-9０-９]+)?';

/** NUMBER_SOURCE that is a whole number: not the tail of a longer number nor the head of one. */
export const WHOLE_NUMBER_SOURCE = `(?<![0-9０-９.,])${NUMBER_SOURCE}(?![0-9０-９]|[.,][0-9０-９])`;

/** The numeric value of a number written as NUMBER_SOURCE matches it; NaN otherwise. */
export function parseNumber(written: string): number {
  const folded = written.normalize('NFKC').replace(/\s+/g, '');
  if (!new RegExp(`^${NUMBER_SOURCE}$`, 'u').test(folded)) return NaN;
  return Number(folded.replace(/,/g, ''));
}

/** Every number written in a text, in order; numbers separated by spaces stay separate. */
export function numbersIn(text: string): number[] {
  return [...text.matchAll(new RegExp(WHOLE_NUMBER_SOURCE, 'gu'))].map((m) => parseNumber(m[0]));
}
