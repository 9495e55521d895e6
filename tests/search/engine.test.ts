import { describe, expect, it } from 'vitest';
import { countRuns, runSearch, queryKey, suggestions, unquote, type PagefindApi, type PagefindResponse } from '../../src/search/engine.ts';
import { scriptLookup } from '../../src/search/chinese.ts';
import { emptyFilters, type SortOrder } from '../../src/search/params.ts';
import { BODY_START, FILTER_KEYS, rowContent } from '../../src/search/records.ts';

interface FakeRecord {
  id: string;
  fields: string[];
  filters: Record<string, string[]>;
}

/**
 * A stand-in for Pagefind's search(), doing what Pagefind 1.6 does with our records: an exact
 * phrase (quoted) matches words at consecutive positions and reports the positions of its first
 * occurrence only; unquoted words must all occur (one word alone is a prefix) and every position
 * of each is reported; "any" filters; results in the order of the sort key asked for (records are
 * listed newest first; `oldest` reverses the years); filter counts over the filtered results.
 */
function fakePagefind(records: FakeRecord[]) {
  const calls: string[] = [];
  const api: PagefindApi = {
    async search(term, options) {
      calls.push(term);
      const filters = (options.filters ?? {}) as Record<string, { any: string[] }>;
      const phrase = term.startsWith('"');
      const words = term.replace(/"/g, '').split(' ');
      const ordered = options.sort?.oldest
        ? [...records].sort((a, b) => Number(a.filters.year[0]) - Number(b.filters.year[0]) || records.indexOf(a) - records.indexOf(b))
        : records;
      const results: PagefindResponse['results'] = [];
      const counts: PagefindResponse['filters'] = {};
      for (const record of ordered) {
        if (!Object.entries(filters).every(([k, f]) => f.any.some((v) => record.filters[k]?.includes(v)))) continue;
        const content = rowContent(record.fields).split(' ');
        let positions: number[];
        if (phrase) {
          const at = content.findIndex((_, i) => words.every((w, j) => content[i + j] === w));
          positions = at < 0 ? [] : words.map((_, j) => at + j);
        } else {
          const of = (w: string) => content.flatMap((c, i) => ((words.length === 1 ? c.startsWith(w) : c === w) ? [i] : []));
          positions = words.every((w) => of(w).length > 0) ? words.flatMap(of) : [];
        }
        if (positions.length === 0) continue;
        results.push({ id: record.id, words: positions, data: async () => ({ url: `/${record.id}/`, meta: {}, filters: record.filters }) });
        for (const [k, values] of Object.entries(record.filters)) for (const v of values) ((counts[k] ??= {})[v] = (counts[k][v] ?? 0) + 1);
      }
      return { results, filters: counts };
    },
  };
  return { api, calls };
}

const row = (id: string, item: string, results: string, branch: string, practice: string[] = ['p'], year = '111') => ({
  id,
  fields: ['(一) 策略', '1. 方法', item, '第一課', '', results],
  filters: { branch: [branch], year: [year], kind: ['report'], dimension: ['d1'], practice },
});

const records = [
  row('a', '(1) 其他', '辦理電話禮貌測試', 'hualien'),
  row('b', '(2) 注重電話禮貌', '完成', 'keelung'),
  row('c', '(3) 其他', '台東與臺東各一', 'hualien', ['p', 'q']),
  row('d', '(4) 其他', '臺東辦事處', 'keelung'),
  row('e', '(5) 其他', '電話，禮貌', 'keelung'),
  row('f', '(6) 其他', '櫃檯與櫃台，市話 0800-221-127，共 42,234 件', 'keelung'),
];
const config = {
  lookup: scriptLookup({ variants: '电電|话話|礼禮|东東|制制製', traditional: '電話禮東製' }),
  includeCharacters: new Set(['，', ',', '-', '(', ')']),
};
const state = (q: string, filters = {}, sort: SortOrder = 'relevance') => ({ q, sort, filters: { ...emptyFilters(), ...filters } });

describe('runSearch', () => {
  it('lists rows matching in their heading first, then the rest', async () => {
    const { api } = fakePagefind(records);
    const outcome = await runSearch(api, config, state('電話禮貌'));
    expect(outcome.hits.map((h) => [h.id, h.heading])).toEqual([['b', true], ['a', false]]);
    expect(outcome.counts.branch).toEqual({ hualien: 1, keelung: 1 });
  });

  it('searches the Traditional spelling of a Simplified query', async () => {
    const { api, calls } = fakePagefind(records);
    const outcome = await runSearch(api, config, state('电话礼貌', {}, 'newest'));
    expect(calls).toEqual(['"電話 話禮 禮貌"']);
    expect(outcome.variants).toEqual(['電話禮貌']);
    expect(outcome.hits.map((h) => h.id)).toEqual(['a', 'b']);
  });

  it('reads 台 and 臺 (and 檯) alike, in the query and in the rows', async () => {
    const { api } = fakePagefind(records);
    for (const q of ['台東', '臺東', '台东']) {
      expect((await runSearch(api, config, state(q))).hits.map((h) => h.id).sort(), q).toEqual(['c', 'd']);
    }
    expect((await runSearch(api, config, state('櫃臺'))).hits.map((h) => h.id)).toEqual(['f']);
  });

  it('matches numbers with or without their separators', async () => {
    const { api } = fakePagefind(records);
    for (const q of ['0800221127', '0800-221-127', '42234', '42,234', '221127']) {
      expect((await runSearch(api, config, state(q))).hits.map((h) => h.id), q).toEqual(['f']);
    }
  });

  it('merges several spellings, the typed one first, and counts a row found twice once', async () => {
    const rows = [row('x', '(1) 其他', '制作', 'hualien', ['p', 'q']), row('y', '(2) 其他', '製作', 'keelung'), row('z', '(3) 其他', '制作與製作', 'keelung')];
    const { api } = fakePagefind(rows);
    const outcome = await runSearch(api, config, state('制作'));
    expect(outcome.variants).toEqual(['制作', '製作']);
    expect(outcome.hits.map((h) => [h.id, h.variant])).toEqual([['x', 0], ['z', 0], ['y', 1]]);
    expect(outcome.counts.branch).toEqual({ hualien: 1, keelung: 2 });
    expect(outcome.counts.practice).toEqual({ p: 3, q: 1 });
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
    expect(outcome.hits.map((h) => h.id).sort()).toEqual(['b', 'e']);
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

describe('result order', () => {
  // Newest first, as the index lists them: g (113), h (112), i (111), j (110), k (109).
  const ranked = [
    row('g', '(1) 其他', '辦理滿意度調查', 'hualien', ['p'], '113'),
    row('h', '(2) 其他', '滿意度調查兩次：滿意度調查一、滿意度調查二', 'hualien', ['p'], '112'),
    row('i', '(3) 辦理滿意度調查', '完成', 'keelung', ['p'], '111'),
    row('j', '(4) 其他', '滿意度調查與滿意度調查', 'keelung', ['p'], '110'),
    row('k', '(5) 滿意度調查', '滿意度調查結果', 'keelung', ['p'], '109'),
  ];

  it('relevance: phrase in the heading first, then more occurrences, then newer years', async () => {
    const { api } = fakePagefind(ranked);
    const outcome = await runSearch(api, config, state('滿意度調查'));
    expect(outcome.hits.map((h) => [h.id, h.heading, h.occurrences])).toEqual([
      ['k', true, 2],
      ['i', true, 1],
      ['h', false, 3],
      ['j', false, 2],
      ['g', false, 1],
    ]);
  });

  it('counts occurrences of a two-character phrase from its one word', async () => {
    const { api } = fakePagefind(ranked);
    const outcome = await runSearch(api, config, state('調查'));
    expect(outcome.hits.map((h) => h.id)).toEqual(['k', 'i', 'h', 'j', 'g']);
  });

  it('newest and oldest: year order only', async () => {
    const { api } = fakePagefind(ranked);
    expect((await runSearch(api, config, state('滿意度調查', {}, 'newest'))).hits.map((h) => h.id)).toEqual(['g', 'h', 'i', 'j', 'k']);
    expect((await runSearch(api, config, state('滿意度調查', {}, 'oldest'))).hits.map((h) => h.id)).toEqual(['k', 'j', 'i', 'h', 'g']);
  });

  it('counts runs of consecutive positions without overlap', () => {
    expect(countRuns([13, 14, 15, 30, 31, 32, 524, 543, 544, 545], 3)).toBe(3);
    expect(countRuns([1, 2, 3, 4, 5, 6], 3)).toBe(2);
    expect(countRuns([1, 3, 5], 1)).toBe(3);
    expect(countRuns([1, 2, 4, 5], 3)).toBe(0);
  });
});

describe('suggestions for a phrase that matches nothing', () => {
  it('offers the longest parts of the query that match, as typed', async () => {
    const { api } = fakePagefind(records);
    const found = await suggestions(api, config, state('注重電話禮貌之外'));
    expect(found.map((s) => [s.q, s.count])).toEqual([['注重電話禮貌', 1]]);
    const shorter = await suggestions(api, config, state('臺東辦公室'));
    expect(shorter.map((s) => s.q)).toEqual(['臺東辦']);
  });

  it('offers the query without its punctuation', async () => {
    const { api } = fakePagefind(records);
    expect((await suggestions(api, config, state('電話、禮貌'))).map((s) => [s.q, s.kind])).toEqual([['電話禮貌', 'reading']]);
  });

  it('reads Simplified characters as Traditional even beside a Traditional-only one', async () => {
    const { api } = fakePagefind(records);
    // 電 makes the query Traditional, so 话 is searched as typed and nothing matches.
    const none = await runSearch(api, config, state('電话'));
    expect(none.hits).toEqual([]);
    expect((await suggestions(api, config, state('電话'))).map((s) => s.q)).toEqual(['電話']);
  });

  it('keeps to the filters, and offers nothing when no part matches', async () => {
    const { api } = fakePagefind(records);
    expect(await suggestions(api, config, state('注重電話禮貌之外', { branch: ['hualien'] }))).toEqual([
      { q: '電話禮貌', count: 1, kind: 'part' },
    ]);
    expect(await suggestions(api, config, state('甲乙丙丁'))).toEqual([]);
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
