/**
 * One search, from what the reader typed to an ordered, counted list of rows, on top of Pagefind's
 * JavaScript API and the search table (records.ts). No DOM: the page (page.ts) renders what this
 * returns, and tests drive it with a fake Pagefind over real records.
 *
 *   1. The query becomes a key (normalise.ts: variants and number separators folded); wrapping
 *      ASCII quotes are dropped, since every search is a phrase search already.
 *   2. The key becomes one or more spellings (chinese.ts): Simplified input → Traditional.
 *   3. Each spelling becomes Pagefind word searches (tokens.ts: bigrams covering the key, each
 *      with its offset). Pagefind returns, per document record, every position of a word; the
 *      engine keeps the positions p where each word is at p + its offset.
 *   4. The table maps each start to its row and tells heading (strategy, method, sub-item) from
 *      body; a row's count of starts, without overlaps, is how often it holds the phrase.
 *   5. Rows are merged over spellings (the query's own first) and ordered: relevance = heading
 *      match first, then more occurrences, then newer year (document order); newest and oldest =
 *      year order alone.
 *   6. Filters apply to the rows, and filter counts are row counts: for a filter with nothing
 *      selected, under all selections; for a filter with selections, under the other filters'
 *      selections only, so that ticking one more value of it shows how many rows it would add.
 *
 * Word searches are cached for the page's lifetime: changing a filter or the order, or a query
 * sharing words with an earlier one, asks Pagefind nothing new.
 */
import { searchKey, searchKeyWithSpans, isPagefindWordChar } from './normalise.ts';
import { FIELD_END, queryWords, type QueryWord, type WordCosts } from './tokens.ts';
import { queryVariants, type ScriptLookup } from './chinese.ts';
import { documentGeometry, FILTER_KEYS, rowAt, type DocumentGeometry, type FilterKey, type SearchTable } from './records.ts';
import type { SearchState, SortOrder } from './params.ts';

export interface PagefindResult {
  /** The record's page id. */
  id: string;
  /** Word positions of the match in the record's content. */
  words: number[];
}

export interface PagefindResponse {
  results: PagefindResult[];
}

/** The part of Pagefind's JavaScript API we use. */
export interface PagefindApi {
  search(term: string): Promise<PagefindResponse | null>;
}

export interface EngineConfig {
  lookup: ScriptLookup;
  /** Non-letter characters the index keeps (Pagefind's include characters). */
  includeCharacters: ReadonlySet<string>;
  /** What each word search costs, to pick the cheapest words for a key (tokens.ts); absent: every other bigram. */
  costs?: WordCosts;
}

/** The search table, indexed for lookups by row (rows numbered over all documents, newest first). */
export class SearchIndex {
  readonly table: SearchTable;
  readonly geometry: DocumentGeometry[];
  /** Global number of each document's first row. */
  readonly firstRow: number[];
  readonly rowCount: number;
  /** Per global row: its document, and its place when the oldest year comes first. */
  readonly rowDocument: Int32Array;
  readonly oldestRank: Int32Array;
  readonly documentOfPage: Map<string, number>;

  constructor(table: SearchTable) {
    this.table = table;
    this.geometry = table.documents.map((doc) => documentGeometry(doc, table.block));
    this.firstRow = [];
    let n = 0;
    for (const doc of table.documents) {
      this.firstRow.push(n);
      n += doc.rows.length / 3;
    }
    this.rowCount = n;
    this.rowDocument = new Int32Array(n);
    table.documents.forEach((doc, d) => this.rowDocument.fill(d, this.firstRow[d], this.firstRow[d] + doc.rows.length / 3));
    // Oldest first: the years ascending, each year's documents and rows as listed.
    const byYear = table.documents.map((_, d) => d).sort((a, b) => table.documents[a].year - table.documents[b].year || a - b);
    this.oldestRank = new Int32Array(n);
    let rank = 0;
    for (const d of byYear) for (let r = 0; r < table.documents[d].rows.length / 3; r++) this.oldestRank[this.firstRow[d] + r] = rank++;
    this.documentOfPage = new Map(table.documents.map((doc, d) => [doc.page, d]));
    this.facetValues = { branch: [], year: [], kind: [], dimension: [], practice: [] };
    const codeOf = (key: FilterKey, value: string) => {
      const list = this.facetValues[key];
      let code = list.indexOf(value);
      if (code < 0) code = list.push(value) - 1;
      return code;
    };
    const documentCodes = table.documents.map((doc) => [codeOf('branch', doc.branch), codeOf('year', String(doc.year)), codeOf('kind', doc.kind)]);
    const kindCodes = table.kinds.map((kind) => ({ dimension: codeOf('dimension', kind.dimension), practices: kind.practices.map((p) => codeOf('practice', p)) }));
    this.rowKind = new Int32Array(n);
    table.documents.forEach((doc, d) => {
      for (let r = 0; r < doc.rows.length / 3; r++) this.rowKind[this.firstRow[d] + r] = doc.rows[r * 3];
    });
    this.documentCodes = documentCodes;
    this.kindCodes = kindCodes;
  }

  /** Per filter, its values in the order first met; a value's code is its index. */
  private readonly facetValues: Record<FilterKey, string[]>;
  /** Per global row, its index into table.kinds. */
  private readonly rowKind: Int32Array;
  /** Per document: the codes of its branch, year and kind. */
  private readonly documentCodes: number[][];
  /** Per row kind: the codes of its dimension and practices. */
  private readonly kindCodes: { dimension: number; practices: number[] }[];

  /** The codes a row is filed under for one filter (module comment, step 6). */
  private codes(row: number, key: FilterKey): readonly number[] | number {
    switch (key) {
      case 'branch':
        return this.documentCodes[this.rowDocument[row]][0];
      case 'year':
        return this.documentCodes[this.rowDocument[row]][1];
      case 'kind':
        return this.documentCodes[this.rowDocument[row]][2];
      case 'dimension':
        return this.kindCodes[this.rowKind[row]].dimension;
      case 'practice':
        return this.kindCodes[this.rowKind[row]].practices;
    }
  }

  /**
   * Splits rows into those passing the filters and counts, per filter value, the rows passing
   * every other filter (module comment, step 6): a row failing no filter counts under every
   * filter, a row failing exactly one counts under that one, a row failing two counts nowhere.
   */
  filterAndCount<T extends { row: number }>(rows: Iterable<T>, filters: SearchState['filters']): { passing: T[]; counts: FilterCounts } {
    const selected = FILTER_KEYS.map((key) => (filters[key].length === 0 ? null : new Set(filters[key].map((value) => this.facetValues[key].indexOf(value)))));
    const tallies = FILTER_KEYS.map((key) => new Int32Array(this.facetValues[key].length));
    const passing: T[] = [];
    const tally = (k: number, row: number) => {
      const codes = this.codes(row, FILTER_KEYS[k]);
      if (typeof codes === 'number') tallies[k][codes]++;
      else for (const code of codes) tallies[k][code]++;
    };
    for (const item of rows) {
      let failed = -1;
      let failures = 0;
      for (let k = 0; k < FILTER_KEYS.length && failures < 2; k++) {
        const wanted = selected[k];
        if (!wanted) continue;
        const codes = this.codes(item.row, FILTER_KEYS[k]);
        if (typeof codes === 'number' ? wanted.has(codes) : codes.some((code) => wanted.has(code))) continue;
        failures++;
        failed = k;
      }
      if (failures === 0) {
        passing.push(item);
        for (let k = 0; k < FILTER_KEYS.length; k++) tally(k, item.row);
      } else if (failures === 1) tally(failed, item.row);
    }
    const counts = emptyCounts();
    FILTER_KEYS.forEach((key, k) => tallies[k].forEach((n, code) => n > 0 && (counts[key][this.facetValues[key][code]] = n)));
    return { passing, counts };
  }

  /** Document index and row index within it of a global row. */
  place(row: number): { doc: number; index: number } {
    const doc = this.rowDocument[row];
    return { doc, index: row - this.firstRow[doc] };
  }

  /** The values a row is filed under for one filter. */
  values(row: number, key: FilterKey): string[] {
    const doc = this.table.documents[this.rowDocument[row]];
    switch (key) {
      case 'branch':
        return [doc.branch];
      case 'year':
        return [String(doc.year)];
      case 'kind':
        return [doc.kind];
      case 'dimension':
        return [this.kindOf(row).dimension];
      case 'practice':
        return this.kindOf(row).practices;
    }
  }

  private kindOf(row: number) {
    const { doc, index } = this.place(row);
    return this.table.kinds[this.table.documents[doc].rows[index * 3]];
  }
}

/** Pagefind word searches, each asked once per page. */
export class Searcher {
  private readonly cache = new Map<string, Promise<Map<number, number[]>>>();
  /** Word searches asked of Pagefind so far. */
  searches = 0;

  constructor(
    readonly api: PagefindApi,
    readonly index: SearchIndex,
  ) {}

  /** Positions of a Pagefind term in each document record that has it (document index → sorted positions). */
  positions(term: string): Promise<Map<number, number[]>> {
    let found = this.cache.get(term);
    if (!found) {
      this.searches++;
      found = this.api.search(term).then((response) => {
        const byDocument = new Map<number, number[]>();
        for (const result of response?.results ?? []) {
          const doc = this.index.documentOfPage.get(result.id);
          if (doc === undefined) throw new Error(`search: Pagefind returned page ${result.id}, which the search table does not list`);
          byDocument.set(doc, ascendingUnique(result.words));
        }
        return byDocument;
      });
      this.cache.set(term, found);
    }
    return found;
  }

  /**
   * Where a key starts, per document (module comment, step 3), found by `words`: by default the
   * key's own (tokens.ts), else any bigrams of it that cover every character, each overlapping or
   * abutting the next.
   */
  async starts(key: string, words: readonly QueryWord[] = queryWords(key)): Promise<Map<number, number[]>> {
    if (words.length === 0) return new Map();
    const found = await Promise.all(words.map(({ word }) => this.positions(word)));
    if (words.length === 1) return found[0];
    const starts = new Map<number, number[]>();
    for (const [doc, first] of found[0]) {
      if (!found.every((positions) => positions.has(doc))) continue;
      // Every list is ascending and so is each word's target p + offset: one pass, cursors only advance.
      const others = found.slice(1).map((positions) => positions.get(doc)!);
      const cursors = new Int32Array(others.length);
      const here: number[] = [];
      candidates: for (const p of first) {
        for (let i = 0; i < others.length; i++) {
          const list = others[i];
          const target = p + words[i + 1].offset;
          let c = cursors[i];
          while (c < list.length && list[c] < target) c++;
          cursors[i] = c;
          if (c === list.length) break candidates;
          if (list[c] !== target) continue candidates;
        }
        here.push(p);
      }
      if (here.length > 0) starts.set(doc, here);
    }
    return starts;
  }

  /** The rows holding a key: global row → where it is and how often (steps 3–4); `words` as for `starts`. */
  async rows(key: string, words?: readonly QueryWord[]): Promise<Map<number, RowMatch>> {
    const length = [...key].length;
    const rows = new Map<number, RowMatch>();
    for (const [doc, starts] of await this.starts(key, words)) {
      const geometry = this.index.geometry[doc];
      let last = -Infinity;
      let lastRow = -1;
      for (const start of starts) {
        const index = rowAt(geometry, start);
        if (index < 0) continue;
        const row = this.index.firstRow[doc] + index;
        if (row !== lastRow) last = -Infinity;
        lastRow = row;
        let match = rows.get(row);
        if (!match) {
          match = { heading: start < geometry.bodyStart[index], occurrences: 0 };
          rows.set(row, match);
        }
        // Occurrences without overlap: the next one starts after this one's last character.
        if (start >= last + length) {
          match.occurrences++;
          last = start;
        }
      }
    }
    return rows;
  }
}

/** Word positions ascending without repeats (Pagefind's usually are already; sorting then is skipped). */
function ascendingUnique(words: readonly number[]): number[] {
  for (let i = 1; i < words.length; i++) if (words[i] <= words[i - 1]) return [...new Set(words)].sort((a, b) => a - b);
  return [...words];
}

export interface RowMatch {
  /** Whether the phrase is in the row's heading (strategy, method, sub-item). */
  heading: boolean;
  /** How often the row holds the phrase. */
  occurrences: number;
}

export interface Hit extends RowMatch {
  /** Global row number (SearchIndex). */
  row: number;
  /** Index of the best spelling that found the row (0 = the query's own spelling). */
  variant: number;
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
  return [...key].every((char) => char !== FIELD_END && (isPagefindWordChar(char) || config.includeCharacters.has(char)));
}

function emptyCounts(): FilterCounts {
  return Object.fromEntries(FILTER_KEYS.map((key) => [key, {}])) as unknown as FilterCounts;
}

/** Every row found by any spelling, with the best spelling that found it (step 5). */
async function mergedRows(searcher: Searcher, variants: readonly string[], costs: WordCosts | undefined): Promise<Map<number, Hit>> {
  const found = await Promise.all(variants.map((variant) => searcher.rows(variant, queryWords(variant, costs))));
  const hits = new Map<number, Hit>();
  found.forEach((rows, variant) => {
    for (const [row, match] of rows) if (!hits.has(row)) hits.set(row, { row, variant, ...match });
  });
  return hits;
}

function comparator(index: SearchIndex, sort: SortOrder): (a: Hit, b: Hit) => number {
  if (sort === 'oldest') return (a, b) => a.variant - b.variant || index.oldestRank[a.row] - index.oldestRank[b.row];
  if (sort === 'newest') return (a, b) => a.variant - b.variant || a.row - b.row;
  return (a, b) => a.variant - b.variant || Number(b.heading) - Number(a.heading) || b.occurrences - a.occurrences || a.row - b.row;
}

export async function runSearch(searcher: Searcher, config: EngineConfig, state: SearchState): Promise<SearchOutcome> {
  const key = queryKey(state.q);
  if (key === '') return { key, variants: [], hits: [], counts: emptyCounts() };
  const variants = queryVariants(key, config.lookup).filter((variant) => isSearchable(variant, config));
  const found = await mergedRows(searcher, variants, config.costs);
  const { index } = searcher;
  const { passing: hits, counts } = index.filterAndCount(found.values(), state.filters);
  hits.sort(comparator(index, state.sort));
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

/** At most this many suggestions are shown, and this many phrases tried to find them. */
export const MAX_SUGGESTIONS = 5;
const MAX_SUGGESTION_TRIES = 40;

/**
 * Nearest phrases that do match, for a query that matched nothing: other readings of the whole
 * query (Simplified characters read as Traditional even beside a Traditional-only one; without
 * its punctuation and symbols), else its longest parts that match, longest first. Parts are shown
 * as the reader typed them.
 *
 * Every word Pagefind has not been asked yet is an index chunk to download, so the parts are
 * found from the words the query itself was searched by (tokens.ts `queryWords`: bigrams at most
 * two offsets apart, first and last included), already cached, plus as few others as can be:
 *   1. the longest parts from the start of one of those words to the end of one that match: found
 *      by cached words alone;
 *   2. any longer part that matches is one of those grown by a character on one side or both, since
 *      a part holds such a part at most two characters shorter, which matches too: so only those
 *      are tried (two characters longer, then one), each asking for the bigram at each end it
 *      grows (`partWords`);
 *   3. when none of the query's words is in the index, only the bigrams between them can match.
 * The longest length is therefore always found. When nothing grows, the parts listed are those of
 * step 1: parts as long starting elsewhere are not looked for, as each would cost two more chunks.
 */
export async function suggestions(searcher: Searcher, config: EngineConfig, state: SearchState): Promise<Suggestion[]> {
  const typed = searchKeyWithSpans(unquote(state.q));
  const key = typed.key;
  const chars = [...key];
  if (chars.length === 0) return [];
  const cover = new Set(queryWords(key, config.costs).map((w) => w.offset));
  // Tries that may ask Pagefind for new words are limited; step 1 asks for none.
  let tries = 0;
  const count = async (start: number, end: number, cached: boolean): Promise<number> => {
    const candidate = chars.slice(start, end).join('');
    if (!isSearchable(candidate, config) || (!cached && tries++ >= MAX_SUGGESTION_TRIES)) return 0;
    return countRows(searcher, candidate, partWords(chars, start, end, cover), state);
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
    const n = isSearchable(reading, config) && tries++ < MAX_SUGGESTION_TRIES ? await countRows(searcher, reading, queryWords(reading, config.costs), state) : 0;
    if (n > 0) found.push({ q: reading, count: n, kind: 'reading' });
  }
  if (found.length > 0 || chars.length < 3) return found.slice(0, MAX_SUGGESTIONS);

  type Part = { start: number; end: number; count: number };
  const tryParts = async (candidates: readonly [number, number][], cached = false): Promise<Part[]> => {
    const matches: Part[] = [];
    const tried = new Set<string>();
    for (const [start, end] of candidates) {
      const part = chars.slice(start, end).join('');
      if (start < 0 || end > chars.length || end - start < 2 || seen.has(part) || tried.has(part)) continue;
      tried.add(part);
      const n = await count(start, end, cached);
      if (n > 0) matches.push({ start, end, count: n });
    }
    return matches;
  };
  // Step 1 (cached words only), longest first, then from the left.
  const offsets = [...cover].sort((a, b) => a - b);
  const spans: [number, number][] = offsets.flatMap((from, i) => offsets.slice(i).map((to): [number, number] => [from, to + 2]));
  spans.sort((a, b) => b[1] - b[0] - (a[1] - a[0]) || a[0] - b[0]);
  let parts: Part[] = [];
  for (let i = 0; i < spans.length && parts.length === 0; ) {
    const length = spans[i][1] - spans[i][0];
    const same: [number, number][] = [];
    for (; i < spans.length && spans[i][1] - spans[i][0] === length; i++) same.push(spans[i]);
    parts = await tryParts(same, true);
  }
  if (parts.length > 0) {
    // Step 2: grown on both sides, then on one.
    const both = await tryParts(parts.map(({ start, end }) => [start - 1, end + 1]));
    const one = both.length > 0 ? [] : await tryParts(parts.flatMap(({ start, end }): [number, number][] => [[start - 1, end], [start, end + 1]]));
    parts = both.length > 0 ? both : one.length > 0 ? one : parts;
  } else {
    // Step 3: the bigrams between the query's words.
    parts = await tryParts(offsets.slice(0, -1).flatMap((at, i): [number, number][] => (offsets[i + 1] - at === 2 ? [[at + 1, at + 3]] : [])));
  }
  const asTyped = (start: number, end: number) => typed.text.slice(typed.spans[start][0], typed.spans[end - 1][1]).trim();
  for (const { start, end, count: n } of parts.slice(0, MAX_SUGGESTIONS)) found.push({ q: asTyped(start, end), count: n, kind: 'part' });
  return found.sort((a, b) => b.count - a.count).slice(0, MAX_SUGGESTIONS);
}

/** The rows holding a key under the state's filters, found by `words`. */
async function countRows(searcher: Searcher, key: string, words: readonly QueryWord[], state: SearchState): Promise<number> {
  const rows = [...(await searcher.rows(key, words)).keys()].map((row) => ({ row }));
  return searcher.index.filterAndCount(rows, state.filters).passing.length;
}

/**
 * The words that find the key's characters `start` to `end` (end exclusive, at least two), as
 * offsets into the part: the bigram at its start, then the bigrams at the offsets of `cover` (the
 * query's own words, so already asked of Pagefind) inside it, then the bigram ending at its end
 * when those stop short of it. As `cover` has its offsets at most two apart, each word overlaps or
 * abuts the next.
 */
export function partWords(chars: readonly string[], start: number, end: number, cover: ReadonlySet<number>): QueryWord[] {
  const offsets = [start];
  for (let at = start + 1; at + 2 <= end; at++) if (cover.has(at)) offsets.push(at);
  if (offsets.at(-1)! + 2 < end) offsets.push(end - 2);
  return offsets.map((at) => ({ word: chars[at] + chars[at + 1], offset: at - start }));
}
