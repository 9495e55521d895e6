import { describe, expect, it } from 'vitest';
import { runSearch, queryKey, unquote, type PagefindApi, type PagefindResponse } from '../../src/search/engine.ts';
import { scriptLookup } from '../../src/search/chinese.ts';
import { emptyFilters } from '../../src/search/params.ts';
import { BODY_START, FILTER_KEYS, rowContent } from '../../src/search/records.ts';

/**
 * A stand-in for Pagefind's search(): exact phrases of words at consecutive positions, prefix
 * search for one word, "any" filters, results in record order, filter counts over the filtered
 * results. Enough to check what the engine does with the answers.
 */
function fakePagefind(records: { id: string; fields: string[]; filters: Record<string, string[]> }[]) {
  const calls: string[] = [];
  const api: PagefindApi = {
    async search(term, options) {
      calls.push(term);
      const filters = (options.filters ?? {}) as Record<string, { any: string[] }>;
      const phrase = term.startsWith('"');
      const words = term.replace(/"/g, '').split(' ');
      const results: PagefindResponse['results'] = [];
      const counts: PagefindResponse['filters'] = {};
      for (const record of records) {
        if (!Object.entries(filters).every(([k, f]) => f.any.some((v) => record.filters[k]?.includes(v)))) continue;
        const content = rowContent(record.fields).split(' ');
        const at = content.findIndex((_, i) => (phrase ? words.every((w, j) => content[i + j] === w) : content[i].startsWith(words[0])));
        if (at < 0) continue;
        results.push({ id: record.id, words: [at], data: async () => ({ url: `/${record.id}/`, meta: {}, filters: record.filters }) });
        for (const [k, values] of Object.entries(record.filters)) for (const v of values) ((counts[k] ??= {})[v] = (counts[k][v] ?? 0) + 1);
      }
      return { results, filters: counts };
    },
  };
  return { api, calls };
}

const row = (id: string, item: string, results: string, branch: string, practice: string[] = ['p']) => ({
  id,
  fields: ['(一) 策略', '1. 方法', item, '第一課', '', results],
  filters: { branch: [branch], year: ['111'], kind: ['report'], dimension: ['d1'], practice },
});

const records = [
  row('a', '(1) 其他', '辦理電話禮貌測試', 'hualien'),
  row('b', '(2) 注重電話禮貌', '完成', 'keelung'),
  row('c', '(3) 其他', '台東與臺東各一', 'hualien', ['p', 'q']),
  row('d', '(4) 其他', '臺東辦事處', 'keelung'),
  row('e', '(5) 其他', '電話，禮貌', 'keelung'),
];
const config = {
  lookup: scriptLookup({ variants: '电電|话話|礼禮|东東|台台臺', traditional: '電話禮東臺' }),
  includeCharacters: new Set(['，']),
};
const state = (q: string, filters = {}) => ({ q, filters: { ...emptyFilters(), ...filters } });

describe('runSearch', () => {
  it('lists rows matching in their heading first, then the rest in record order', async () => {
    const { api } = fakePagefind(records);
    const outcome = await runSearch(api, config, state('電話禮貌'));
    expect(outcome.hits.map((h) => [h.id, h.heading])).toEqual([['b', true], ['a', false]]);
    expect(outcome.counts.branch).toEqual({ hualien: 1, keelung: 1 });
  });

  it('searches the Traditional spelling of a Simplified query', async () => {
    const { api, calls } = fakePagefind(records);
    const outcome = await runSearch(api, config, state('电话礼貌'));
    expect(calls).toEqual(['"電話 話禮 禮貌"']);
    expect(outcome.variants).toEqual(['電話禮貌']);
    expect(outcome.hits.map((h) => h.id)).toEqual(['b', 'a']);
  });

  it('merges several spellings, the typed one first, and counts a row found twice once', async () => {
    const { api } = fakePagefind(records);
    const outcome = await runSearch(api, config, state('台东'));
    expect(outcome.variants).toEqual(['台東', '臺東']);
    expect(outcome.hits.map((h) => [h.id, h.variant])).toEqual([['c', 0], ['d', 1]]);
    expect(outcome.counts.branch).toEqual({ hualien: 1, keelung: 1 });
    expect(outcome.counts.practice).toEqual({ p: 2, q: 1 });
  });

  it('keeps punctuation: 電話，禮貌 finds only the row written that way', async () => {
    const { api } = fakePagefind(records);
    expect((await runSearch(api, config, state('電話，禮貌'))).hits.map((h) => h.id)).toEqual(['e']);
  });

  it('does not ask Pagefind for characters the index does not have', async () => {
    const { api, calls } = fakePagefind(records);
    const outcome = await runSearch(api, config, state('電話？'));
    expect(outcome.hits).toEqual([]);
    expect(calls).toEqual([]);
  });

  it('counts a filter with selections under the other filters only, so more values can be added', async () => {
    const { api } = fakePagefind(records);
    const outcome = await runSearch(api, config, state('禮貌', { branch: ['keelung'], practice: ['p'] }));
    expect(outcome.hits.map((h) => h.id)).toEqual(['b', 'e']);
    expect(outcome.counts.branch).toEqual({ hualien: 1, keelung: 2 });
    expect(outcome.counts.practice).toEqual({ p: 2 });
    expect(outcome.counts.year).toEqual({ '111': 2 });
  });

  it('returns nothing for a query without searchable characters', async () => {
    const { api, calls } = fakePagefind(records);
    const outcome = await runSearch(api, config, state('   '));
    expect(outcome.hits).toEqual([]);
    expect(calls).toEqual([]);
    expect(Object.keys(outcome.counts)).toEqual([...FILTER_KEYS]);
  });
});

describe('query text', () => {
  it('drops one pair of wrapping ASCII quotes, since every search is a phrase search', () => {
    expect(unquote('"電話禮貌"')).toBe('電話禮貌');
    expect(unquote('a "b" c')).toBe('a "b" c');
    expect(queryKey(' "QR Code" ')).toBe('qrcode');
  });

  it('the heading ends where the body starts', () => {
    expect(BODY_START).toBeGreaterThan(100);
  });
});
