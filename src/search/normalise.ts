/**
 * The one definition of "the same text" for search: both the index and every query go through
 * `searchKey`, so a phrase is found exactly when its key is a substring of a field's key.
 *
 * A key is the text after NFC with whitespace, combining marks and format characters removed,
 * full-width ASCII letters and digits folded to ASCII, letters lower-cased, characters Taiwan
 * writes interchangeably folded to one form (variants.ts: 臺東 and 台東 have one key), and a
 * separator between two digits dropped (NUMBER_SEPARATORS: 42,234 and 42234, 0800-221-127 and
 * 0800221127 have one key). Everything else (other Chinese characters, punctuation, symbols) is
 * kept as written: 「電話，禮貌」 does not match 「電話禮貌」, just as the browser's find-in-page
 * would not.
 *
 * Pure functions, shared by the index build (Node) and the search page (browser).
 */

import { foldVariant } from './variants.ts';

/** Characters that never take part in matching. */
const IGNORED = /[\p{White_Space}\p{M}\p{Cf}]/u;

/**
 * Pagefind reads a query wrapped in ASCII double quotes as an exact phrase, and would keep a
 * quote that is part of the indexed characters as part of the first and last word. So the ASCII
 * quote is folded to its full-width form on both sides and never reaches Pagefind as itself.
 */
const ASCII_QUOTE = '"';
const QUOTE_STAND_IN = '\uFF02';

/** Full-width digits and Latin letters (U+FF10–FF19, U+FF21–FF3A, U+FF41–FF5A) → ASCII. */
function foldWidth(codePoint: number): number {
  if ((codePoint >= 0xff10 && codePoint <= 0xff19) || (codePoint >= 0xff21 && codePoint <= 0xff3a) || (codePoint >= 0xff41 && codePoint <= 0xff5a)) {
    return codePoint - 0xfee0;
  }
  return codePoint;
}

/** The key form of one character, or "" when it is ignored. */
export function keyChar(char: string): string {
  let key = keyOfChar.get(char);
  if (key === undefined) {
    key = computeKeyChar(char);
    keyOfChar.set(char, key);
  }
  return key;
}

/**
 * Key forms met so far: a text has a few thousand distinct characters at most, and every row shown
 * is walked character by character (findMatches), which the regular expression and case folding
 * below would otherwise repeat for each one.
 */
const keyOfChar = new Map<string, string>();

function computeKeyChar(char: string): string {
  if (IGNORED.test(char)) return '';
  if (char === ASCII_QUOTE) return QUOTE_STAND_IN;
  const folded = String.fromCodePoint(foldWidth(char.codePointAt(0)!));
  const lower = folded.toLowerCase();
  // A few letters lower-case to two code points (İ → i̇); keep those as written so that one
  // character of text stays one character of key.
  return foldVariant([...lower].length === 1 ? lower : folded);
}

/**
 * Thousands separators and the hyphens of telephone numbers, as key characters: between two
 * digits they are dropped, so a number matches however it is grouped. Elsewhere they are kept
 * (e-mail, 「－」 as a dash). The full-width comma is not one: 「1，2」 lists two numbers.
 */
export const NUMBER_SEPARATORS: ReadonlySet<string> = new Set([',', '-', '\u2010', '\u2011', '\u2012', '\u2013', '\u2212', '\uFF0D']);

const isDigit = (key: string) => key >= '0' && key <= '9' && key.length === 1;

/**
 * Walks the key characters of a text, calling `emit` for each one kept, with its UTF-16 span in
 * the text: keyChar for each character, then a NUMBER_SEPARATORS character held back until the
 * next kept character shows whether it stands between two digits.
 */
function walkKey(text: string, emit: (key: string, start: number, end: number) => void): void {
  let offset = 0;
  let previous = '';
  let held: { key: string; start: number; end: number } | null = null;
  for (const char of text) {
    const start = offset;
    offset += char.length;
    const k = keyChar(char);
    if (k === '') continue;
    if (held) {
      // `previous` is the digit before the held separator; a digit after it drops it.
      if (!isDigit(k)) {
        emit(held.key, held.start, held.end);
        previous = held.key;
      }
      held = null;
    }
    if (NUMBER_SEPARATORS.has(k) && isDigit(previous)) {
      held = { key: k, start, end: offset };
      continue;
    }
    emit(k, start, offset);
    previous = k;
  }
  if (held) emit(held.key, held.start, held.end);
}

export interface SearchKey {
  /** The key: one code point per kept character of the text. */
  key: string;
  /** For each code point of `key`, the [start, end) UTF-16 offsets in the NFC text it came from. */
  spans: [number, number][];
  /** The NFC form of the input the spans refer to. */
  text: string;
}

/** Key of a text, with each key character's position in the (NFC) text for highlighting. */
export function searchKeyWithSpans(input: string): SearchKey {
  const text = input.normalize('NFC');
  let key = '';
  const spans: [number, number][] = [];
  walkKey(text, (k, start, end) => {
    key += k;
    spans.push([start, end]);
  });
  return { key, spans, text };
}

/** Key of a text or query (see the module comment). */
export function searchKey(input: string): string {
  let key = '';
  walkKey(input.normalize('NFC'), (k) => {
    key += k;
  });
  return key;
}

/**
 * Whether a character is one Pagefind indexes by itself (Rust's char::is_alphanumeric:
 * Alphabetic, or a number of category Nd, Nl or No). Every other key character must be passed
 * to Pagefind as an "include character", or Pagefind would drop it from words and queries.
 */
export function isPagefindWordChar(char: string): boolean {
  return /^[\p{Alphabetic}\p{Nd}\p{Nl}\p{No}]$/u.test(char);
}
