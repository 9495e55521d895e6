/**
 * The search page's state lives in its URL, so any search can be shared and reloaded:
 *   /search/?q=電話禮貌&sort=newest&branch=hualien&branch=keelung&year=111&kind=report&dimension=…&practice=…
 * Values of one filter are alternatives (any of them); different filters must all hold. The sort
 * is left out of the URL when it is the default (relevance).
 */
import { FILTER_KEYS, type FilterKey } from './records.ts';

/** Result orders: relevance (相關度, the default), newest year first (最新), oldest first (最舊). */
export const SORT_ORDERS = ['relevance', 'newest', 'oldest'] as const;
export type SortOrder = (typeof SORT_ORDERS)[number];
export const DEFAULT_SORT: SortOrder = 'relevance';

export interface SearchState {
  q: string;
  sort: SortOrder;
  filters: Record<FilterKey, string[]>;
}

function parseSort(value: string | null): SortOrder {
  return (SORT_ORDERS as readonly string[]).includes(value ?? '') ? (value as SortOrder) : DEFAULT_SORT;
}

export function emptyFilters(): Record<FilterKey, string[]> {
  return Object.fromEntries(FILTER_KEYS.map((key) => [key, []])) as unknown as Record<FilterKey, string[]>;
}

export function parseSearchParams(params: URLSearchParams): SearchState {
  const filters = emptyFilters();
  for (const key of FILTER_KEYS) {
    filters[key] = [...new Set(params.getAll(key).map((v) => v.trim()).filter((v) => v !== ''))];
  }
  return { q: params.get('q') ?? '', sort: parseSort(params.get('sort')), filters };
}

/** Query string for a state ("" when empty): q, then sort unless it is the default, then filters in FILTER_KEYS order. */
export function searchQueryString(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q.trim() !== '') params.set('q', state.q);
  if (state.sort !== DEFAULT_SORT) params.set('sort', state.sort);
  for (const key of FILTER_KEYS) for (const value of state.filters[key]) params.append(key, value);
  const text = params.toString();
  return text === '' ? '' : `?${text}`;
}

/** Pagefind's filter object: each selected filter as "any of its values". */
export function pagefindFilters(filters: Record<FilterKey, string[]>, without?: FilterKey): Record<string, { any: string[] }> {
  const out: Record<string, { any: string[] }> = {};
  for (const key of FILTER_KEYS) {
    if (key !== without && filters[key].length > 0) out[key] = { any: [...filters[key]] };
  }
  return out;
}
