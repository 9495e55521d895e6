/**
 * One search, from what the reader typed to an ordered, counted list of rows, on top of Pagefind's
 * JavaScript API. No DOM: the page (page.ts) renders what this returns, and tests drive it with a
 * fake Pagefind.
 *
 *   1. The query becomes a key (normalise.ts: variants and number separators folded); wrapping
 *      ASCII quotes are dropped, since every search is a phrase search already.
 *   2. The key becomes one or more spellings (chinese.ts): Simplified input → Traditional.
 *   3. Each spelling is one Pagefind search: an exact phrase of bigrams (tokens.ts), sorted by
 *      year (records.ts sort keys). Pagefind reports where each row's first match lies, which
 *      tells a match in the heading (strategy, method, sub-item) from one only in the body.
 *   4. Relevance also needs how often each row holds the phrase. A word search (one or two
 *      characters) reports every position; a phrase search only the first, so for a phrase one
 *      more search of the same bigrams, not as a phrase, returns every position of each, and runs
 *      of consecutive positions are counted.
 *   5. Results are merged by record, the query's own spelling first, then ordered: relevance =
 *      heading match first, then more occurrences, then newer year (document order); newest and
 *      oldest = year order alone.
 *   6. Filter counts: for a filter with nothing selected, the counts under all selections; for a
 *      filter with selections, the counts under the other filters' selections only, so that
 *      ticking one more value of it shows how many rows it would add.
 */
import { searchKey, searchKeyWithSpans, isPagefindWordChar } from './normalise.ts';
import { pagefindQuery } from './tokens.ts';
import { queryVariants, type ScriptLookup } from './chinese.ts';
import { FILTER_KEYS, isHeadingPosition, type FilterKey, type SortKey } from './records.ts';
import { pagefindFilters, type SearchState, type SortOrder } from './params.ts';

export interface PagefindFragment {
  url: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}

export interface PagefindResult {
  id: string;
  /** Word positions of the match in the record's content. */
  words: number[];
  data(): Promise<PagefindFragment>;
}

export interface PagefindResponse {
  results: PagefindResult[];
  filters: Record<string, Record<string, number>>;
}

export interface PagefindSearchOptions {
  filters?: Record<string, unknown>;
  sort?: Record<string, 'asc' | 'desc'>;
}

/** The part of Pagefind's JavaScript API we use. */
export interface PagefindApi {
  search(term: string, options: PagefindSearchOptions): Promise<PagefindResponse | null>;
}

export interface EngineConfig {
  lookup: ScriptLookup;
  /** Non-letter characters the index keeps (Pagefind's include characters). */
  includeCharacters: ReadonlySet<string>;
}

export interface Hit {
  id: string;
  /** Index of the best spelling that found the row (0 = the query's own spelling). */
  variant: number;
  /** Whether the match is in the row's heading (strategy, method, sub-item). */
  heading: boolean;
  /** How often the row holds the phrase (counted only for relevance order; 1 otherwise). */
  occurrences: number;
  load(): Promise<PagefindFragment>;
}

export type FilterCounts = Record<FilterKey, Record<string, number>>;

export interface SearchOutcome {
  /** The key searched for ("" when the query has no searchable character). */
  key: string;
  /** The spellings searched, best first. */
  variants: string[];
  hits: Hit[];
  counts: FilterCounts;
}

/** Drops one pair of ASCII double quotes around the whole query. */
export function unquote(query: string): string {
  const match = /^\s*"(.+)"\s*$/s.exec(query);
  return match ? match[1] : query;
}

export function queryKey(query: string): string {
  return searchKey(unquote(query));
}

/** Whether Pagefind can search for every character of a key (others are not in the index). */
export function isSearchable(key: string, config: EngineConfig): boolean {
  return [...key].every((char) => isPagefindWordChar(char) || config.includeCharacters.has(char));
}

function emptyCounts(): FilterCounts {
  return Object.fromEntries(FILTER_KEYS.map((key) => [key, {}])) as unknown as FilterCounts;
}

/** Pagefind sort for an order: relevance starts from newest first, its last tie-breaker. */
const SORTS: Record<SortOrder, Record<SortKey, 'asc'> | Partial<Record<SortKey, 'asc'>>> = {
  relevance: { order: 'asc' },
  newest: { order: 'asc' },
  oldest: { oldest: 'asc' },
};

interface Ranked extends Hit {
  /** Position in its spelling's year-ordered results. */
  rank: number;
}

interface Merged {
  hits: Map<string, Ranked>;
  counts: FilterCounts;
}

/** Runs every spelling under one set of filters and merges them (see the module comment). */
async function searchSpellings(api: PagefindApi, variants: readonly string[], filters: Record<string, unknown>, sort: SortOrder): Promise<Merged> {
  const hits = new Map<string, Ranked>();
  const counts = emptyCounts();
  const seenBy = new Map<string, number>();
  const query = (variant: number) => pagefindQuery(variants[variant]);
  const responses = await Promise.all(
    variants.map((_, variant) => {
      const q = query(variant);
      return q ? api.search(q.term, { filters, sort: SORTS[sort] }) : Promise.resolve(null);
    }),
  );
  responses.forEach((response, variant) => {
    if (!response) return;
    for (const key of FILTER_KEYS) {
      for (const [value, n] of Object.entries(response.filters[key] ?? {})) counts[key][value] = (counts[key][value] ?? 0) + n;
    }
    response.results.forEach((result, rank) => {
      seenBy.set(result.id, (seenBy.get(result.id) ?? 0) + 1);
      if (hits.has(result.id)) return;
      const first = result.words.length > 0 ? Math.min(...result.words) : Number.MAX_SAFE_INTEGER;
      // A word search reports every position of the word; a phrase search only its first.
      const occurrences = query(variant)?.phrase ? 1 : new Set(result.words).size;
      hits.set(result.id, { id: result.id, variant, heading: isHeadingPosition(first), occurrences, rank, load: () => result.data() });
    });
  });
  // A row found by several spellings was counted once per spelling; take the extra counts back.
  const repeated = [...seenBy].filter(([, n]) => n > 1);
  await Promise.all(
    repeated.map(async ([id, n]) => {
      const fragment = await hits.get(id)!.load();
      for (const key of FILTER_KEYS) for (const value of fragment.filters[key] ?? []) counts[key][value] -= n - 1;
    }),
  );
  return { hits, counts };
}

/**
 * Occurrences of a phrase of `length` bigrams, from the positions of all its bigrams: every run
 * of `length` consecutive positions, counted without overlap.
 */
export function countRuns(positions: readonly number[], length: number): number {
  const sorted = [...new Set(positions)].sort((a, b) => a - b);
  let count = 0;
  let runStart = 0;
  for (let i = 0; i < sorted.length; i++) {
    if (i > 0 && sorted[i] !== sorted[i - 1] + 1) runStart = i;
    if (i - runStart + 1 === length) {
      count++;
      runStart = i + 1;
    }
  }
  return count;
}

/** How often each found row holds each spelling searched as a phrase (module comment, step 4). */
async function countOccurrences(api: PagefindApi, variants: readonly string[], filters: Record<string, unknown>, hits: Map<string, Ranked>): Promise<void> {
  await Promise.all(
    variants.map(async (variant) => {
      const query = pagefindQuery(variant);
      if (!query?.phrase) return;
      const words = query.term.slice(1, -1).split(' ');
      const response = await api.search([...new Set(words)].join(' '), { filters });
      const length = words.length;
      for (const result of response?.results ?? []) {
        const hit = hits.get(result.id);
        if (hit) hit.occurrences = Math.max(hit.occurrences, countRuns(result.words, length));
      }
    }),
  );
}

const BY_ORDER = (a: Ranked, b: Ranked) => a.variant - b.variant || a.rank - b.rank;
const BY_RELEVANCE = (a: Ranked, b: Ranked) =>
  a.variant - b.variant || Number(b.heading) - Number(a.heading) || b.occurrences - a.occurrences || a.rank - b.rank;

export async function runSearch(api: PagefindApi, config: EngineConfig, state: SearchState): Promise<SearchOutcome> {
  const key = queryKey(state.q);
  if (key === '') return { key, variants: [], hits: [], counts: emptyCounts() };
  const variants = queryVariants(key, config.lookup).filter((variant) => isSearchable(variant, config));
  const filters = pagefindFilters(state.filters);
  const main = await searchSpellings(api, variants, filters, state.sort);
  const counts = main.counts;
  const selected = FILTER_KEYS.filter((filter) => state.filters[filter].length > 0);
  await Promise.all([
    ...selected.map(async (filter) => {
      const others = await searchSpellings(api, variants, pagefindFilters(state.filters, filter), state.sort);
      counts[filter] = others.counts[filter];
    }),
    state.sort === 'relevance' && main.hits.size > 1 ? countOccurrences(api, variants, filters, main.hits) : Promise.resolve(),
  ]);
  const hits = [...main.hits.values()]
    .sort(state.sort === 'relevance' ? BY_RELEVANCE : BY_ORDER)
    .map(({ rank: _rank, ...hit }) => hit);
  return { key, variants, hits, counts };
}

// ---------------------------------------------------------------- no dead ends

export interface Suggestion {
  /** The query to link to. */
  q: string;
  /** Rows it finds under the same filters. */
  count: number;
  /** part: the longest parts of the query that match; reading: the query read another way. */
  kind: 'part' | 'reading';
}

/** At most this many suggestions are shown, and this many Pagefind searches made to find them. */
export const MAX_SUGGESTIONS = 5;
const MAX_SUGGESTION_SEARCHES = 40;

/**
 * Nearest phrases that do match, for a query that matched nothing: other readings of the whole
 * query (Simplified characters read as Traditional even beside a Traditional-only one; without
 * its punctuation and symbols), else its longest parts that match, longest first. A part is only
 * tried when each of its bigrams is in the index. Parts are shown as the reader typed them.
 */
export async function suggestions(api: PagefindApi, config: EngineConfig, state: SearchState): Promise<Suggestion[]> {
  const typed = searchKeyWithSpans(unquote(state.q));
  const key = typed.key;
  const chars = [...key];
  if (chars.length === 0) return [];
  const filters = pagefindFilters(state.filters);
  let searches = 0;
  const count = async (candidate: string): Promise<number> => {
    const query = pagefindQuery(candidate);
    if (!query || !isSearchable(candidate, config) || searches >= MAX_SUGGESTION_SEARCHES) return 0;
    searches++;
    return (await api.search(query.term, { filters }))?.results.length ?? 0;
  };
  const found: Suggestion[] = [];
  const seen = new Set<string>([key]);

  const readings = [
    ...queryVariants(key, { ...config.lookup, traditional: new Set() }),
    [...key].filter((char) => isPagefindWordChar(char)).join(''),
  ];
  for (const reading of readings) {
    if (seen.has(reading) || [...reading].length === 0) continue;
    seen.add(reading);
    const n = await count(reading);
    if (n > 0) found.push({ q: reading, count: n, kind: 'reading' });
  }
  if (found.length > 0 || chars.length < 3) return found.slice(0, MAX_SUGGESTIONS);

  // Which bigrams of the key occur at all: a part can only match if all of its do.
  const known = new Map<string, boolean>();
  const bigramFound: boolean[] = [];
  for (let i = 0; i + 1 < chars.length; i++) {
    const bigram = chars[i] + chars[i + 1];
    if (!known.has(bigram)) known.set(bigram, (await count(bigram)) > 0);
    bigramFound.push(known.get(bigram)!);
  }
  const asTyped = (start: number, end: number) => typed.text.slice(typed.spans[start][0], typed.spans[end - 1][1]).trim();
  for (let length = chars.length - 1; length >= 2 && found.length === 0; length--) {
    for (let start = 0; start + length <= chars.length && found.length < MAX_SUGGESTIONS; start++) {
      const part = chars.slice(start, start + length).join('');
      if (seen.has(part) || !bigramFound.slice(start, start + length - 1).every(Boolean)) continue;
      seen.add(part);
      const n = await count(part);
      if (n > 0) found.push({ q: asTyped(start, start + length), count: n, kind: 'part' });
    }
  }
  return found.sort((a, b) => b.count - a.count).slice(0, MAX_SUGGESTIONS);
}
