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
 *   three or more      its bigrams; the phrase starts at p when bigram i is at p + i for each i
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

/**
 * The Pagefind words a key is found by, in key order (see the module comment): the character
 * itself for one character, else its bigrams; empty for an empty key.
 */
export function queryWords(key: string): string[] {
  const chars = [...key];
  if (chars.length <= 1) return chars;
  return chars.slice(0, -1).map((char, i) => char + chars[i + 1]);
}

/**
 * Whether the positions where any of a key's words occur already tell where the key occurs:
 * true when no character repeats, because then a run of consecutive positions holding those
 * words can only be the key's bigrams in order (each bigram's second character starts exactly one
 * of them). With repeats (服務服務), each word must be searched on its own.
 */
export function runsAreExact(key: string): boolean {
  const chars = [...key];
  return new Set(chars).size === chars.length;
}

// FIELD_BREAK and FIELD_END must stay outside the key alphabet, or they would become searchable.
if (keyChar(FIELD_BREAK) === FIELD_BREAK) throw new Error('FIELD_BREAK must not be a key character');
