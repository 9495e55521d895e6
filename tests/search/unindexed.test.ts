import { describe, expect, it } from 'vitest';
import { decodeUnindexed, encodeUnindexed } from '../../src/search/unindexed.ts';
import { isPagefindWordChar } from '../../src/search/normalise.ts';

describe('unindexed text', () => {
  const samples = ['電話禮貌', 'CNS 11359\n(1) e-mail <script>', '𠀋 astral', '', '"quoted"'];

  it('round-trips any text exactly', () => {
    for (const text of samples) expect(decodeUnindexed(encodeUnindexed(text))).toBe(text);
    const long = '服務'.repeat(10_000);
    expect(decodeUnindexed(encodeUnindexed(long))).toBe(long);
  });

  it('contains no character Pagefind would index or split words on', () => {
    for (const text of samples) {
      for (const char of encodeUnindexed(text)) {
        expect(isPagefindWordChar(char)).toBe(false);
        expect(/\s/u.test(char)).toBe(false);
      }
    }
  });

  it('refuses text that was not encoded', () => {
    expect(() => decodeUnindexed('電話')).toThrow();
  });
});
