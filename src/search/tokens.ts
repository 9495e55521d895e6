/**
 * How keys become Pagefind words. Chinese has no spaces, and Pagefind's own segmentation of
 * index and query disagree (src/search/README.md), so we segment ourselves into overlapping character
 * bigrams and hand Pagefind a record under a language it does not segment:
 *
 *   key 電話禮貌 → words 電話 話禮 禮貌 貌   (one word per key position; the last character alone)
 *
 * A query of three or more characters becomes its bigrams searched as an exact phrase
 * ("電話 話禮 禮貌"): Pagefind then only returns records where those words sit at consecutive
 * positions, which is exactly "the field's key contains the query's key". A two-character query
 * is its one bigram, searched as a word: no longer word starts with it, and Pagefind then reports
 * every position of it (a phrase search reports only the first). A one-character query is a
 * prefix search for that character, which every position of it starts. Fields are kept
 * apart by a word that indexes as nothing, so no phrase is found across two fields.
 */
import { keyChar } from './normalise.ts';

/** A word Pagefind counts as a position but indexes nothing for: `keyChar` never produces it. */
export const FIELD_BREAK = '"';

/** The Pagefind words of one key, position by position. */
export function keyWords(key: string): string[] {
  const chars = [...key];
  return chars.map((char, i) => (i + 1 < chars.length ? char + chars[i + 1] : char));
}

/** The words of several fields' keys in a row, a FIELD_BREAK between fields (empty ones skipped). */
export function fieldsWords(fieldKeys: readonly string[]): string[] {
  const words: string[] = [];
  for (const key of fieldKeys) {
    if (key.length === 0) continue;
    if (words.length > 0) words.push(FIELD_BREAK);
    words.push(...keyWords(key));
  }
  return words;
}

export interface PagefindQuery {
  /** The term to pass to Pagefind's search(). */
  term: string;
  /** Whether it is an exact-phrase search (three or more characters) rather than a word or prefix search. */
  phrase: boolean;
}

/** The Pagefind query for a key; null for an empty key. */
export function pagefindQuery(key: string): PagefindQuery | null {
  const chars = [...key];
  if (chars.length === 0) return null;
  if (chars.length === 1) return { term: chars[0], phrase: false };
  if (chars.length === 2) return { term: key, phrase: false };
  const bigrams = chars.slice(0, -1).map((char, i) => char + chars[i + 1]);
  return { term: `"${bigrams.join(' ')}"`, phrase: true };
}

// FIELD_BREAK must stay outside the key alphabet, or it would become searchable.
if (keyChar(FIELD_BREAK) === FIELD_BREAK) throw new Error('FIELD_BREAK must not be a key character');
