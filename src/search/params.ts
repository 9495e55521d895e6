/**
 * The search page's state lives in its URL, so any search can be shared and reloaded:
 *   /search/?q=電話禮貌&branch=hualien&branch=keelung&year=111&kind=report&dimension=…&practice=…
 * Values of one filter are alternatives (any of them); different filters must all hold.
 */
import { FILTER_KEYS, type FilterKey } from './records.ts';

export interface SearchState {
  q: string;
  filters: Record<FilterKey, string[]>;
}

export function emptyFilters(): Record<FilterKey, string[]> {
  return Object.fromEntries(FILTER_KEYS.map((key) => [key, []])) as unknown as Record<FilterKey, string[]>;
}

export function parseSearchParams(params: URLSearchParams): SearchState {
  const filters = emptyFilters();
  for (const key of FILTER_KEYS) {
    filters[key] = [...new Set(params.getAll(key).map((v) => v.trim()).filter((v) => v !== ''))];
  }
  return { q: params.get('q') ?? '', filters };
}

/** Query string for a state ("" when empty), q first, filters in FILTER_KEYS order. */
export function searchQueryString(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q.trim() !== '') params.set('q', state.q);
  for (const key of FILTER_KEYS) for (const value of state.filters[key]) params.append(key, value);
  const text = params.toString();
  return text === '' ? '' : `?${text}`;
}

export function hasFilters(state: SearchState): boolean {
  return FILTER_KEYS.some((key) => state.filters[key].length > 0);
}

/** Pagefind's filter object: each selected filter as "any of its values". */
export function pagefindFilters(filters: Record<FilterKey, string[]>, without?: FilterKey): Record<string, { any: string[] }> {
  const out: Record<string, { any: string[] }> = {};
  for (const key of FILTER_KEYS) {
    if (key !== without && filters[key].length > 0) out[key] = { any: [...filters[key]] };
  }
  return out;
}
