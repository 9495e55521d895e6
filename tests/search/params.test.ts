import { describe, expect, it } from 'vitest';
import { emptyFilters, pagefindFilters, parseSearchParams, searchQueryString } from '../../src/search/params.ts';

describe('search state in the URL', () => {
  it('reads q and repeated filter parameters, ignoring blanks and duplicates', () => {
    const state = parseSearchParams(new URLSearchParams('q=電話禮貌&branch=hualien&branch=keelung&branch=hualien&year=&kind=report&x=1'));
    expect(state.q).toBe('電話禮貌');
    expect(state.filters).toEqual({ ...emptyFilters(), branch: ['hualien', 'keelung'], kind: ['report'] });
  });

  it('writes the same state back, q first, and nothing for an empty state', () => {
    const state = parseSearchParams(new URLSearchParams('kind=plan&q=CNS 11359&practice=phone-courtesy'));
    expect(searchQueryString(state)).toBe('?q=CNS+11359&kind=plan&practice=phone-courtesy');
    expect(parseSearchParams(new URLSearchParams(searchQueryString(state).slice(1)))).toEqual(state);
    expect(searchQueryString({ q: ' ', sort: 'relevance', filters: emptyFilters() })).toBe('');
  });

  it('keeps the order in the URL unless it is the default (relevance); an unknown order reads as the default', () => {
    expect(parseSearchParams(new URLSearchParams('q=a')).sort).toBe('relevance');
    expect(parseSearchParams(new URLSearchParams('q=a&sort=oldest')).sort).toBe('oldest');
    expect(parseSearchParams(new URLSearchParams('q=a&sort=best')).sort).toBe('relevance');
    expect(searchQueryString({ q: '電話', sort: 'newest', filters: { ...emptyFilters(), year: ['111'] } })).toBe('?q=%E9%9B%BB%E8%A9%B1&sort=newest&year=111');
    expect(searchQueryString({ q: '電話', sort: 'relevance', filters: emptyFilters() })).toBe('?q=%E9%9B%BB%E8%A9%B1');
  });

  it('gives Pagefind "any of" per filter, optionally leaving one filter out', () => {
    const filters = { ...emptyFilters(), branch: ['hualien', 'keelung'], year: ['111'] };
    expect(pagefindFilters(filters)).toEqual({ branch: { any: ['hualien', 'keelung'] }, year: { any: ['111'] } });
    expect(pagefindFilters(filters, 'branch')).toEqual({ year: { any: ['111'] } });
  });
});
