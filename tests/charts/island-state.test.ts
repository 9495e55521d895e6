/** The compare page's state ↔ query string, as the island reads and writes it (pure parts). */
import { describe, expect, it } from 'vitest';
import { queryFromState, stateFromQuery, viewOf, viewPath } from '../../src/components/charts/compare-island.ts';
import { paths } from '../../src/lib/urls.ts';

const offered = { branches: ['keelung', 'hualien'], years: ['102', '111'], indicators: ['phone-courtesy-tests'], practices: ['phone-courtesy'] };

describe('compare state in the URL', () => {
  it('reads the query, ignoring values the form does not offer', () => {
    const state = stateFromQuery(new URLSearchParams('indicator=phone-courtesy-tests&branch=hualien&branch=nowhere&year=111&year=abc&valued=1&practice=x'), offered);
    expect(state).toEqual({ branches: ['hualien'], years: ['111'], indicator: 'phone-courtesy-tests', practice: '', valued: true });
  });

  it('writes a state back to the same query, so a shared URL restores it', () => {
    const state = { branches: ['keelung', 'hualien'], years: ['102'], indicator: '', practice: 'phone-courtesy', valued: false };
    const query = queryFromState(state);
    expect(query).toBe('?practice=phone-courtesy&branch=keelung&branch=hualien&year=102');
    expect(stateFromQuery(new URLSearchParams(query), offered)).toEqual(state);
    expect(queryFromState({ branches: [], years: [], indicator: '', practice: '', valued: false })).toBe('');
  });

  it('loads a chosen practice or indicator from its own page; nothing chosen keeps the default view', () => {
    const none = { branches: [], years: [], indicator: '', practice: '', valued: false };
    expect(viewOf(none)).toBe('');
    expect(viewOf({ ...none, indicator: 'phone-courtesy-tests' })).toBe('indicator:phone-courtesy-tests');
    // A practice shows its own view (its indicators are on that page).
    expect(viewOf({ ...none, indicator: 'phone-courtesy-tests', practice: 'phone-courtesy' })).toBe('practice:phone-courtesy');
    expect(viewPath('indicator:phone-courtesy-tests')).toBe(paths.compareIndicator('phone-courtesy-tests'));
    expect(viewPath('practice:phone-courtesy')).toBe(paths.comparePractice('phone-courtesy'));
  });
});
