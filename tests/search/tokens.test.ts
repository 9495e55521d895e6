import { describe, expect, it } from 'vitest';
import { FIELD_BREAK, fieldsWords, keyWords, pagefindQuery } from '../../src/search/tokens.ts';
import { searchKey } from '../../src/search/normalise.ts';

describe('bigram words', () => {
  it('gives one word per key position: the bigram starting there, the last character alone', () => {
    expect(keyWords('電話禮貌')).toEqual(['電話', '話禮', '禮貌', '貌']);
    expect(keyWords('課')).toEqual(['課']);
    expect(keyWords('')).toEqual([]);
  });

  it('keeps fields apart with a word that is never a key character', () => {
    expect(fieldsWords(['單一窗口', '', 'app']).join(' ')).toBe(`單一 一窗 窗口 口 ${FIELD_BREAK} ap pp p`);
    expect(searchKey(FIELD_BREAK)).not.toBe(FIELD_BREAK);
  });

  it('turns a query of two or more characters into its bigrams as an exact phrase', () => {
    expect(pagefindQuery('電話禮貌')).toEqual({ term: '"電話 話禮 禮貌"', phrase: true });
    expect(pagefindQuery('cns11359')).toEqual({ term: '"cn ns s1 11 13 35 59"', phrase: true });
    expect(pagefindQuery('窗口')).toEqual({ term: '窗口', phrase: false });
  });

  it('turns a one-character query into a prefix search, and an empty one into nothing', () => {
    expect(pagefindQuery('課')).toEqual({ term: '課', phrase: false });
    expect(pagefindQuery('')).toBeNull();
  });

  it('every occurrence of a query key in a field is a run of consecutive record words', () => {
    const field = searchKey('本分局單一窗口服務，單一窗口');
    const words = keyWords(field);
    const query = pagefindQuery(searchKey('單一窗口'))!.term.slice(1, -1).split(' ');
    const starts = words.map((_, i) => i).filter((i) => query.every((w, j) => words[i + j] === w));
    expect(starts).toEqual([3, 10]);
  });
});
