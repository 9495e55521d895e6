import { describe, expect, it } from 'vitest';
import { runSearch, queryKey, suggestions, unquote, type SearchOutcome } from '../../src/search/engine.ts';
import { scriptLookup } from '../../src/search/chinese.ts';
import { emptyFilters, type SortOrder } from '../../src/search/params.ts';
import { FILTER_KEYS } from '../../src/search/records.ts';
import { testDocument, testRow, testSearcher } from './fake-pagefind.ts';

interface Spec {
  id: string;
  item: string;
  results: string;
  branch: string;
  practices?: string[];
  year?: number;
}

/** Rows grouped into one document per branch and year, in the order given. */
function searcherOf(specs: Spec[]) {
  const groups = new Map<string, Spec[]>();
  for (const spec of specs) {
    const key = `${spec.branch}-${spec.year ?? 111}`;
    groups.set(key, [...(groups.get(key) ?? []), spec]);
  }
  const documents = [...groups.values()].map((group) =>
    testDocument(
      group[0].branch,
      group[0].year ?? 111,
      'report',
      group.map((s) =>
        testRow(s.id, {
          strategy: '(一) 策略',
          method: '1. 方法',
          item: s.item,
          unitsText: '第一課',
          results: s.results,
          practices: (s.practices ?? ['p']).map((id) => ({ id, label: id })),
        }),
      ),
    ),
  );
  return testSearcher(documents, ['hualien', 'keelung']);
}

const spec = (id: string, item: string, results: string, branch: string, practices?: string[], year?: number): Spec => ({ id, item, results, branch, practices, year });

const rows = [
  spec('a', '(1) 其他', '辦理電話禮貌測試', 'hualien'),
  spec('b', '(2) 注重電話禮貌', '完成', 'keelung'),
  spec('c', '(3) 其他', '台東與臺東各一', 'hualien', ['p', 'q']),
  spec('d', '(4) 其他', '臺東辦事處', 'keelung'),
  spec('e', '(5) 其他', '電話，禮貌', 'keelung'),
  spec('f', '(6) 其他', '櫃檯與櫃台，市話 0800-221-127，共 42,234 件', 'keelung'),
];
const config = {
  lookup: scriptLookup({ variants: '电電|话話|礼禮|东東|制制製', notTraditional: '', unlistedTraditional: '' }),
  includeCharacters: new Set(['，', ',', '-', '(', ')']),
};
const state = (q: string, filters = {}, sort: SortOrder = 'relevance') => ({ q, sort, filters: { ...emptyFilters(), ...filters } });

describe('runSearch', () => {
  const t = searcherOf(rows);
  const ids = (outcome: SearchOutcome) => outcome.hits.map((h) => t.rowId(h.row));

  it('lists rows matching in their heading first, then the rest', async () => {
    const outcome = await runSearch(t.searcher, config, state('電話禮貌'));
    expect(outcome.hits.map((h) => [t.rowId(h.row), h.heading])).toEqual([['b', true], ['a', false]]);
    expect(outcome.counts.branch).toEqual({ hualien: 1, keelung: 1 });
  });

  it('searches the Traditional spelling of a Simplified query, by bigrams covering it', async () => {
    const fresh = searcherOf(rows);
    const outcome = await runSearch(fresh.searcher, config, state('电话礼貌', {}, 'newest'));
    expect(fresh.calls).toEqual(['電話', '禮貌']);
    expect(outcome.variants).toEqual(['電話禮貌']);
    expect(outcome.hits.map((h) => fresh.rowId(h.row))).toEqual(['a', 'b']);
  });

  it('reads 台 and 臺 (and 檯) alike, in the query and in the rows', async () => {
    for (const q of ['台東', '臺東', '台东']) {
      expect(ids(await runSearch(t.searcher, config, state(q))).sort(), q).toEqual(['c', 'd']);
    }
    expect(ids(await runSearch(t.searcher, config, state('櫃臺')))).toEqual(['f']);
  });

  it('matches numbers with or without their separators', async () => {
    for (const q of ['0800221127', '0800-221-127', '42234', '42,234', '221127']) {
      expect(ids(await runSearch(t.searcher, config, state(q))), q).toEqual(['f']);
    }
  });

  it('merges several spellings, the typed one first, and counts a row found twice once', async () => {
    const s = searcherOf([spec('x', '(1) 其他', '制作', 'hualien', ['p', 'q']), spec('y', '(2) 其他', '製作', 'keelung'), spec('z', '(3) 其他', '制作與製作', 'keelung')]);
    const outcome = await runSearch(s.searcher, config, state('制作'));
    expect(outcome.variants).toEqual(['制作', '製作']);
    expect(outcome.hits.map((h) => [s.rowId(h.row), h.variant])).toEqual([['x', 0], ['z', 0], ['y', 1]]);
    expect(outcome.counts.branch).toEqual({ hualien: 1, keelung: 2 });
    expect(outcome.counts.practice).toEqual({ p: 3, q: 1 });
  });

  it('keeps punctuation: 電話，禮貌 finds only the row written that way', async () => {
    expect(ids(await runSearch(t.searcher, config, state('電話，禮貌')))).toEqual(['e']);
  });

  it('does not ask Pagefind for characters the index does not have', async () => {
    const fresh = searcherOf(rows);
    const outcome = await runSearch(fresh.searcher, config, state('電話？'));
    expect(outcome.hits).toEqual([]);
    expect(fresh.calls).toEqual([]);
  });

  it('counts a filter with selections under the other filters only, so more values can be added', async () => {
    const outcome = await runSearch(t.searcher, config, state('禮貌', { branch: ['keelung'], practice: ['p'] }));
    expect(ids(outcome).sort()).toEqual(['b', 'e']);
    expect(outcome.counts.branch).toEqual({ hualien: 1, keelung: 2 });
    expect(outcome.counts.practice).toEqual({ p: 2 });
    expect(outcome.counts.year).toEqual({ '111': 2 });
  });

  it('asks Pagefind nothing new when only the filters or the order change', async () => {
    const fresh = searcherOf(rows);
    await runSearch(fresh.searcher, config, state('禮貌'));
    const asked = fresh.calls.length;
    await runSearch(fresh.searcher, config, state('禮貌', { branch: ['keelung'] }, 'oldest'));
    expect(fresh.calls.length).toBe(asked);
  });

  it('returns nothing for a query without searchable characters', async () => {
    const fresh = searcherOf(rows);
    const outcome = await runSearch(fresh.searcher, config, state('   '));
    expect(outcome.hits).toEqual([]);
    expect(fresh.calls).toEqual([]);
    expect(Object.keys(outcome.counts)).toEqual([...FILTER_KEYS]);
  });
});

describe('rows inside one record', () => {
  it('finds the phrase only where it is written, never across two rows or two fields', async () => {
    // 電話 ends row m's results and 禮貌 starts row n's item; 禮貌 also ends row n's item and 測試 starts its units.
    const s = searcherOf([spec('m', '(1) 其他', '撥打電話', 'keelung'), spec('n', '禮貌', '測試', 'keelung')]);
    expect((await runSearch(s.searcher, config, state('電話禮貌'))).hits).toEqual([]);
    expect((await runSearch(s.searcher, config, state('貌第'))).hits).toEqual([]);
    expect((await runSearch(s.searcher, config, state('禮貌'))).hits.map((h) => [s.rowId(h.row), h.heading])).toEqual([['n', true]]);
  });

  it('does not take a missing bigram for the character that ends a field (Pagefind prefix fallback)', async () => {
    const s = searcherOf([spec('m', '(1) 其他', '撥打電話', 'keelung')]);
    expect((await runSearch(s.searcher, config, state('電話禮'))).hits).toEqual([]);
    expect((await runSearch(s.searcher, config, state('話禮'))).hits).toEqual([]);
    expect((await runSearch(s.searcher, config, state('話'))).hits.map((h) => s.rowId(h.row))).toEqual(['m']);
  });

  it('needs each bigram at its own offset: 服務服務 is not in 服務與務服務, 電話禮貌 not in 禮貌電話', async () => {
    const s = searcherOf([spec('m', '(1) 其他', '服務與務服務', 'keelung'), spec('n', '(2) 其他', '服務服務', 'keelung'), spec('o', '(3) 其他', '禮貌電話', 'keelung')]);
    const outcome = await runSearch(s.searcher, config, state('服務服務'));
    expect(outcome.hits.map((h) => s.rowId(h.row))).toEqual(['n']);
    expect(s.calls).toEqual(['服務']);
    expect((await runSearch(s.searcher, config, state('電話禮貌'))).hits).toEqual([]);
  });
});

describe('result order', () => {
  // Newest first: g (113), h (112), i (111), j (110), k (109).
  const s = searcherOf([
    spec('g', '(1) 其他', '辦理滿意度調查', 'hualien', ['p'], 113),
    spec('h', '(2) 其他', '滿意度調查兩次：滿意度調查一、滿意度調查二', 'hualien', ['p'], 112),
    spec('i', '(3) 辦理滿意度調查', '完成', 'keelung', ['p'], 111),
    spec('j', '(4) 其他', '滿意度調查與滿意度調查', 'keelung', ['p'], 110),
    spec('k', '(5) 滿意度調查', '滿意度調查結果', 'keelung', ['p'], 109),
  ]);

  it('relevance: phrase in the heading first, then more occurrences, then newer years', async () => {
    const outcome = await runSearch(s.searcher, config, state('滿意度調查'));
    expect(outcome.hits.map((h) => [s.rowId(h.row), h.heading, h.occurrences])).toEqual([
      ['k', true, 2],
      ['i', true, 1],
      ['h', false, 3],
      ['j', false, 2],
      ['g', false, 1],
    ]);
  });

  it('counts occurrences of a two-character phrase from its one word', async () => {
    const outcome = await runSearch(s.searcher, config, state('調查'));
    expect(outcome.hits.map((h) => s.rowId(h.row))).toEqual(['k', 'i', 'h', 'j', 'g']);
  });

  it('newest and oldest: year order only', async () => {
    expect((await runSearch(s.searcher, config, state('滿意度調查', {}, 'newest'))).hits.map((h) => s.rowId(h.row))).toEqual(['g', 'h', 'i', 'j', 'k']);
    expect((await runSearch(s.searcher, config, state('滿意度調查', {}, 'oldest'))).hits.map((h) => s.rowId(h.row))).toEqual(['k', 'j', 'i', 'h', 'g']);
  });

  it('finds the same rows by whichever words the costs pick', async () => {
    const steered = { ...config, costs: { positions: new Map([['電話', 1_000_000], ['東辦', 1_000_000]]), unlisted: 10 } };
    for (const q of ['注重電話禮貌', '臺東辦事處', '辦理電話禮貌測試', '電話禮貌']) {
      const plain = searcherOf(rows);
      const other = searcherOf(rows);
      const hits = (await runSearch(plain.searcher, config, state(q))).hits.map((h) => plain.rowId(h.row));
      expect(hits.length, q).toBeGreaterThan(0);
      expect((await runSearch(other.searcher, steered, state(q))).hits.map((h) => other.rowId(h.row)), q).toEqual(hits);
    }
    const words = searcherOf(rows);
    await runSearch(words.searcher, steered, state('注重電話禮貌'));
    expect(words.calls).toEqual(['注重', '重電', '話禮', '禮貌']);
  });

  it('counts occurrences without overlap', async () => {
    const t = searcherOf([spec('m', '(1) 其他', '啊啊啊啊', 'keelung')]);
    expect((await runSearch(t.searcher, config, state('啊啊'))).hits[0].occurrences).toBe(2);
    expect((await runSearch(t.searcher, config, state('啊'))).hits[0].occurrences).toBe(4);
  });
});

describe('suggestions for a phrase that matches nothing', () => {
  const t = searcherOf(rows);

  it('offers the longest parts of the query that match, as typed', async () => {
    const found = await suggestions(t.searcher, config, state('注重電話禮貌之外'));
    expect(found.map((s) => [s.q, s.count])).toEqual([['注重電話禮貌', 1]]);
    const shorter = await suggestions(t.searcher, config, state('臺東辦公室'));
    expect(shorter.map((s) => s.q)).toEqual(['臺東辦']);
  });

  it('offers the query without its punctuation', async () => {
    expect((await suggestions(t.searcher, config, state('電話、禮貌'))).map((s) => [s.q, s.kind])).toEqual([['電話禮貌', 'reading']]);
  });

  it('reads Simplified characters as Traditional even beside a Traditional-only one', async () => {
    // 電 makes the query Traditional, so 话 is searched as typed and nothing matches.
    const none = await runSearch(t.searcher, config, state('電话'));
    expect(none.hits).toEqual([]);
    expect((await suggestions(t.searcher, config, state('電话'))).map((s) => s.q)).toEqual(['電話']);
  });

  it('finds the parts without asking Pagefind for every bigram of the query', async () => {
    const fresh = searcherOf(rows);
    // 甲乙丙丁戊己電話禮貌: searched by 甲乙 丙丁 戊己 電話 禮貌; its four other bigrams (乙丙 丁戊 己電 話禮)
    // are needed only where a part could match, around 電話禮貌.
    const q = state('甲乙丙丁戊己電話禮貌');
    expect((await runSearch(fresh.searcher, config, q)).hits).toEqual([]);
    const asked = fresh.searcher.searches;
    expect((await suggestions(fresh.searcher, config, q)).map((s) => s.q)).toEqual(['電話禮貌']);
    expect(fresh.searcher.searches - asked).toBe(1); // 己電, to try 己電話禮貌
    // 注重 電話 禮貌 之外: 注重電話禮貌 is found by those; only 貌之 is asked, to try 注重電話禮貌之.
    const other = state('注重電話禮貌之外');
    await runSearch(fresh.searcher, config, other);
    const before = fresh.searcher.searches;
    expect((await suggestions(fresh.searcher, config, other)).map((s) => s.q)).toEqual(['注重電話禮貌']);
    expect(fresh.searcher.searches - before).toBe(1);
  });

  it('finds a longest part that starts and ends between the query’s own words (grown on both sides, or an odd bigram)', async () => {
    // 甲電 話禮 貌乙: only 話禮 occurs; grown by one character on each side it is 電話禮貌.
    expect((await suggestions(t.searcher, config, state('甲電話禮貌乙'))).map((s) => s.q)).toEqual(['電話禮貌']);
    // 甲電 話乙: neither occurs, so only the bigram between them can.
    expect((await suggestions(t.searcher, config, state('甲電話乙'))).map((s) => s.q)).toEqual(['電話']);
  });

  it('keeps to the filters, and offers nothing when no part matches', async () => {
    expect(await suggestions(t.searcher, config, state('注重電話禮貌之外', { branch: ['hualien'] }))).toEqual([
      { q: '電話禮貌', count: 1, kind: 'part' },
    ]);
    expect(await suggestions(t.searcher, config, state('甲乙丙丁'))).toEqual([]);
  });
});

describe('query text', () => {
  it('drops one pair of wrapping ASCII quotes, since every search is a phrase search', () => {
    expect(unquote('"電話禮貌"')).toBe('電話禮貌');
    expect(unquote('a "b" c')).toBe('a "b" c');
    expect(queryKey(' "QR Code" ')).toBe('qrcode');
  });
});
