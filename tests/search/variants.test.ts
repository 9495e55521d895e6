import { describe, expect, it } from 'vitest';
import { foldVariant, variantGroupList, VARIANT_GROUPS } from '../../src/search/variants.ts';
import { variantGroups } from '../../src/search/opencc.ts';

describe('variant groups', () => {
  it('are exactly what src/search/opencc.ts derives from OpenCC’s tables', () => {
    // If this fails after an opencc-js update, copy variantGroups()'s output into variants.ts.
    expect(VARIANT_GROUPS).toBe(variantGroups());
  });

  it('hold 台/臺/檯 and 布/佈 (written interchangeably in the reports) and leave 颱, 製 and 煙 out', () => {
    const groups = variantGroupList();
    expect(groups.find((g) => g.includes('臺'))).toEqual(expect.arrayContaining(['台', '臺', '檯']));
    expect(groups.find((g) => g.includes('佈'))).toEqual(expect.arrayContaining(['布', '佈']));
    for (const char of ['颱', '製', '制', '煙']) expect(groups.flat(), char).not.toContain(char);
  });

  it('put each character in one group at most, and fold every member to the group’s first', () => {
    const all = variantGroupList().flat();
    expect(new Set(all).size).toBe(all.length);
    for (const [first, ...rest] of variantGroupList()) {
      expect(foldVariant(first)).toBe(first);
      for (const char of rest) expect(foldVariant(char)).toBe(first);
    }
    expect(foldVariant('電')).toBe('電');
  });

  it('fold to the Simplified form where the group has one, so Simplified and Traditional queries meet', () => {
    expect(foldVariant('臺')).toBe('台');
    expect(foldVariant('戶')).toBe('户');
    expect(foldVariant('裏')).toBe('裡');
  });
});
