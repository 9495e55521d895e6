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
 * What asking Pagefind for a word costs, in word positions: Pagefind returns every position of the
 * word in every record, and its time grows with them (服務 has 58,000 at the full series, a rare
 * bigram a few dozen). `positions` lists the commonest words (the build counts them,
 * `commonWords` in config.ts); any other word has fewer than `unlisted`.
 */
export interface WordCosts {
  positions: ReadonlyMap<string, number>;
  unlisted: number;
}

/**
 * A word search's own cost besides its positions (a chunk to fetch, Pagefind's set-up), in
 * positions: about what 1,500 positions take to process, as measured in Chromium.
 */
export const SEARCH_COST = 1500;

/**
 * The Pagefind words a key is found by, with their offsets (see the module comment): the
 * character itself for one character, else bigrams covering every character; empty for an
 * empty key.
 *
 * The bigrams at the first and the last offset are needed; between them any bigrams do whose
 * offsets are at most two apart. Without `costs`, every other one. With `costs`, the cheapest such
 * set: 提升服務便 is found by 提升 升服 務便 rather than 提升 服務 務便, one more word but 58,000 fewer
 * positions. Equal costs keep every other one.
 */
export function queryWords(key: string, costs?: WordCosts): QueryWord[] {
  const chars = [...key];
  if (chars.length <= 1) return chars.map((word) => ({ word, offset: 0 }));
  const last = chars.length - 2;
  const bigram = (offset: number) => chars[offset] + chars[offset + 1];
  const cost = (offset: number) => SEARCH_COST + (costs ? (costs.positions.get(bigram(offset)) ?? costs.unlisted) : 0);
  // best[i]: the least cost of words from offset i to the last, with the next offset chosen.
  const best = new Array<number>(last + 1);
  const next = new Array<number>(last + 1);
  best[last] = cost(last);
  for (let i = last - 1; i >= 0; i--) {
    const two = i + 2 <= last ? best[i + 2] : Infinity;
    next[i] = two <= best[i + 1] ? i + 2 : i + 1;
    best[i] = cost(i) + best[next[i]];
  }
  const words: QueryWord[] = [];
  for (let offset = 0; ; offset = next[offset]) {
    words.push({ word: bigram(offset), offset });
    if (offset === last) break;
  }
  return words;
}

// FIELD_BREAK and FIELD_END must stay outside the key alphabet, or they would become searchable.
if (keyChar(FIELD_BREAK) === FIELD_BREAK) throw new Error('FIELD_BREAK must not be a key character');
