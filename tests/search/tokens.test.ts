import { describe, expect, it } from 'vitest';
import { FIELD_BREAK, FIELD_END, fieldsWords, keyWords, queryWords, SEARCH_COST } from '../../src/search/tokens.ts';
import { searchKey } from '../../src/search/normalise.ts';

describe('bigram words', () => {
  it('gives one word per key position: the bigram starting there, the last character marked', () => {
    expect(keyWords('電話禮貌')).toEqual(['電話', '話禮', '禮貌', `貌${FIELD_END}`]);
    expect(keyWords('課')).toEqual([`課${FIELD_END}`]);
    expect(keyWords('')).toEqual([]);
  });

  it('keeps fields apart with a word that is never a key character', () => {
    expect(fieldsWords(['單一窗口', '', 'app']).join(' ')).toBe(`單一 一窗 窗口 口${FIELD_END} ${FIELD_BREAK} ap pp p${FIELD_END}`);
    expect(searchKey(FIELD_BREAK)).not.toBe(FIELD_BREAK);
  });

  it('finds a query by bigrams covering every character, a one-character query by the character', () => {
    const words = (key: string) => queryWords(key).map(({ word, offset }) => `${word}@${offset}`);
    expect(words('電話禮貌')).toEqual(['電話@0', '禮貌@2']);
    expect(words('電話禮貌測')).toEqual(['電話@0', '禮貌@2', '貌測@3']);
    expect(words('cns11359')).toEqual(['cn@0', 's1@2', '13@4', '59@6']);
    expect(words('窗口')).toEqual(['窗口@0']);
    expect(words('課')).toEqual(['課@0']);
    expect(words('')).toEqual([]);
  });

  it('steers around a common bigram when other bigrams can cover its characters', () => {
    const costs = { positions: new Map([['服務', 58_000], ['提升', 5_000]]), unlisted: 4_000 };
    const words = (key: string) => queryWords(key, costs).map(({ word, offset }) => `${word}@${offset}`);
    // 提升 and 務便 are needed (first and last); 升服 costs less than 服務.
    expect(words('提升服務便')).toEqual(['提升@0', '升服@1', '務便@3']);
    // Two characters, or 服務 at the end: no other bigram covers them.
    expect(words('服務')).toEqual(['服務@0']);
    expect(words('提升服務')).toEqual(['提升@0', '服務@2']);
    // Equal costs keep every other bigram, as without costs.
    const flat = { positions: new Map<string, number>(), unlisted: SEARCH_COST };
    for (const key of ['電話禮貌', '電話禮貌測', 'cns11359', '窗口', '一二三四五六七']) expect(queryWords(key, flat)).toEqual(queryWords(key));
  });

  it('every occurrence of a query key in a field is a run of consecutive record words', () => {
    const field = searchKey('本分局單一窗口服務，單一窗口');
    const words = keyWords(field);
    const query = queryWords(searchKey('單一窗口'));
    const starts = words.map((_, i) => i).filter((i) => query.every(({ word, offset }) => words[i + offset] === word));
    expect(starts).toEqual([3, 10]);
  });
});
