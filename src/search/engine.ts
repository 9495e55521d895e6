/**
 * One search, from what the reader typed to an ordered, counted list of rows, on top of Pagefind's
 * JavaScript API. No DOM: the page (page.ts) renders what this returns, and tests drive it with a
 * fake Pagefind.
 *
 *   1. The query becomes a key (normalise.ts); wrapping ASCII quotes are dropped, since every
 *      search is a phrase search already.
 *   2. The key becomes one or more spellings (chinese.ts): Simplified input → Traditional.
 *   3. Each spelling is one Pagefind search: an exact phrase of bigrams (tokens.ts).
 *   4. Results are merged by record: the query's own spelling first, then rows matching in their
 *      heading, then the rest, each group in document order (newest year first).
 *   5. Filter counts: for a filter with nothing selected, the counts under all selections; for a
 *      filter with selections, the counts under the other filters' selections only, so that
 *      ticking one more value of it shows how many rows it would add.
 */
import { searchKey, isPagefindWordChar } from './normalise.ts';
import { pagefindQuery } from './tokens.ts';
import { queryVariants, type ScriptLookup } from './chinese.ts';
import { FILTER_KEYS, isHeadingPosition, type FilterKey } from './records.ts';
import { pagefindFilters, type SearchState } from './params.ts';

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

interface Merged {
  hits: Map<string, Hit & { rank: number }>;
  counts: FilterCounts;
}

const SORT = { order: 'asc' } as const;

/** Runs every spelling under one set of filters and merges them (see the module comment). */
async function searchSpellings(api: PagefindApi, variants: readonly string[], filters: Record<string, unknown>): Promise<Merged> {
  const hits = new Map<string, Hit & { rank: number }>();
  const counts = emptyCounts();
  const seenBy = new Map<string, number>();
  const responses = await Promise.all(
    variants.map((variant) => {
      const query = pagefindQuery(variant);
      return query ? api.search(query.term, { filters, sort: SORT }) : Promise.resolve(null);
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
      hits.set(result.id, { id: result.id, variant, heading: isHeadingPosition(first), rank, load: () => result.data() });
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

export async function runSearch(api: PagefindApi, config: EngineConfig, state: SearchState): Promise<SearchOutcome> {
  const key = queryKey(state.q);
  if (key === '') return { key, variants: [], hits: [], counts: emptyCounts() };
  const variants = queryVariants(key, config.lookup).filter((variant) => isSearchable(variant, config));
  const main = await searchSpellings(api, variants, pagefindFilters(state.filters));
  const counts = main.counts;
  const selected = FILTER_KEYS.filter((filter) => state.filters[filter].length > 0);
  await Promise.all(
    selected.map(async (filter) => {
      const others = await searchSpellings(api, variants, pagefindFilters(state.filters, filter));
      counts[filter] = others.counts[filter];
    }),
  );
  const hits = [...main.hits.values()]
    .sort((a, b) => a.variant - b.variant || Number(b.heading) - Number(a.heading) || a.rank - b.rank)
    .map(({ rank: _rank, ...hit }) => hit);
  return { key, variants, hits, counts };
}
