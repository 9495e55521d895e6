/**
 * How keys become Pagefind words. Chinese has no spaces, and Pagefind's own segmentation of
 * index and query disagree (src/search/README.md), so we segment ourselves into overlapping character
 * bigrams and hand Pagefind a record under a language it does not segment:
 *
 *   key 電話禮貌 → words 電話 話禮 禮貌 貌␃   (one word per key position; the last character
 *                                            with FIELD_END, so it is never a whole word)
 *
 * Every query is a set of word searches whose positions the engine combines (engine.ts):
 *
 *   one character      a prefix search for it: every word starting with it is a position of it
 *   two characters     its one bigram; no other word starts with it
 *   three or more      every other bigram, and the last: 電話禮貌測 → 電話 @0, 禮貌 @2, 貌測 @3;
 *                      the key starts at p when each of them is at p + its offset (a bigram at
 *                      p + i also says that positions p + i and p + i + 1 are one field)
 *
 * Half the bigrams cover every character of the key, and each bigram is searched alone (its
 * positions then are its own), so a query downloads the index chunks of half its bigrams.
 *
 * Pagefind falls back to the longest indexed word that is a prefix of a term it cannot find
 * (pagefind_web search.rs, find_word_extensions), so a missing bigram 話禮 would match the word
 * 話 at the end of a field; FIELD_END keeps such one-character words from ever existing. Fields
 * are kept apart by a word that indexes as nothing, so no phrase is found across two fields.
 */
import { keyChar } from './normalise.ts';

/** A word Pagefind counts as a position but indexes nothing for: `keyChar` never produces it. */
export const FIELD_BREAK = '"';

/**
 * Appended to the last character of a field: a private-use character the build checks is in no
 * key (records.ts) and passes to Pagefind as an include character, so it stays in the word.
 */
export const FIELD_END = '\uE000';

/** The Pagefind words of one key, position by position. */
export function keyWords(key: string): string[] {
  const chars = [...key];
  return chars.map((char, i) => (i + 1 < chars.length ? char + chars[i + 1] : char + FIELD_END));
}

/** The words of several fields' keys, a FIELD_BREAK between fields (empty ones skipped). */
export function fieldsWords(fieldKeys: readonly string[]): string[] {
  const words: string[] = [];
  for (const key of fieldKeys) {
    if (key.length === 0) continue;
    if (words.length > 0) words.push(FIELD_BREAK);
    words.push(...keyWords(key));
  }
  return words;
}

export interface QueryWord {
  word: string;
  /** Key position of the word's first character. */
  offset: number;
}

/**
 * The Pagefind words a key is found by, with their offsets (see the module comment): the
 * character itself for one character, else bigrams covering every character; empty for an
 * empty key.
 */
export function queryWords(key: string): QueryWord[] {
  const chars = [...key];
  if (chars.length <= 1) return chars.map((word) => ({ word, offset: 0 }));
  const words: QueryWord[] = [];
  for (let offset = 0; offset + 1 < chars.length; offset += 2) words.push({ word: chars[offset] + chars[offset + 1], offset });
  if (chars.length % 2 === 1) words.push({ word: chars[chars.length - 2] + chars[chars.length - 1], offset: chars.length - 2 });
  return words;
}

// FIELD_BREAK and FIELD_END must stay outside the key alphabet, or they would become searchable.
if (keyChar(FIELD_BREAK) === FIELD_BREAK) throw new Error('FIELD_BREAK must not be a key character');
