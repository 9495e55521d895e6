/** The compare page's state ↔ query string, as the island reads and writes it (pure parts). */
import { describe, expect, it } from 'vitest';
import { queryFromState, selected, stateFromQuery } from '../../src/components/charts/compare-island.ts';

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

  it('treats no branch or year chosen as all of them', () => {
    const none = { branches: [], years: [], indicator: '', practice: '', valued: false };
    expect(selected(none, 'keelung', '102')).toBe(true);
    expect(selected({ ...none, branches: ['hualien'] }, 'keelung', '102')).toBe(false);
    expect(selected({ ...none, years: ['102'] }, 'keelung', '102')).toBe(true);
  });
});
