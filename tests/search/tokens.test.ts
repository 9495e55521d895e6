import { describe, expect, it } from 'vitest';
import { FIELD_BREAK, FIELD_END, fieldsWords, keyWords, queryWords, runsAreExact } from '../../src/search/tokens.ts';
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

  it('finds a query by its bigrams, a one-character query by the character', () => {
    expect(queryWords('電話禮貌')).toEqual(['電話', '話禮', '禮貌']);
    expect(queryWords('cns11359')).toEqual(['cn', 'ns', 's1', '11', '13', '35', '59']);
    expect(queryWords('窗口')).toEqual(['窗口']);
    expect(queryWords('課')).toEqual(['課']);
    expect(queryWords('')).toEqual([]);
  });

  it('reads runs of positions as the key only when no character repeats', () => {
    expect(runsAreExact('電話禮貌')).toBe(true);
    expect(runsAreExact('服務服務')).toBe(false);
    expect(runsAreExact('cns11359')).toBe(false);
  });

  it('every occurrence of a query key in a field is a run of consecutive record words', () => {
    const field = searchKey('本分局單一窗口服務，單一窗口');
    const words = keyWords(field);
    const query = queryWords(searchKey('單一窗口'));
    const starts = words.map((_, i) => i).filter((i) => query.every((w, j) => words[i + j] === w));
    expect(starts).toEqual([3, 10]);
  });
});
