import { describe, expect, it } from 'vitest';
import { buildScriptTable, queryVariants, scriptLookup, MAX_VARIANTS } from '../../src/search/chinese.ts';
import { openccConversion } from '../../src/search/opencc.ts';
import { searchKey } from '../../src/search/normalise.ts';

const conversion = openccConversion();
/** A small corpus written like the reports (Traditional, Taiwan usage). */
const corpus = ['電話禮貌測試 單一窗口 便捷貿 e 網', '臺東辦事處 台灣 製作 制度 顯著\n發證 系統 關係 研究合作計畫 瞭解民眾'];
const lookup = scriptLookup(buildScriptTable(corpus, conversion));

describe('OpenCC knowledge used at build time', () => {
  it('simplifies character by character and knows which characters Simplified writing uses', () => {
    expect(conversion.simplifyText('電')).toBe('电');
    expect(conversion.simplifyText('臺')).toBe('台');
    expect(conversion.simplifyText('計畫')).toBe('计划');
    expect(conversion.isSimplified('臺')).toBe(false);
    expect(conversion.isSimplified('台')).toBe(true);
    // 著 is simplified to 着 character by character, but Simplified text writes 显著 with 著.
    expect(conversion.isSimplified('著')).toBe(true);
  });
});

describe('script table', () => {
  it('only lists Simplified characters that the corpus writes differently', () => {
    const table = buildScriptTable(corpus, conversion);
    const entries = table.variants.split('|');
    expect(entries).toContain('电電');
    expect(entries).toContain('制制製');
    expect(entries.some((e) => e.startsWith('窗'))).toBe(false);
    // 臺 folds to 台 in every key (variants.ts), so the table never needs to tell them apart.
    expect(entries.some((e) => e.startsWith('台'))).toBe(false);
    const { traditional } = scriptLookup(table);
    expect(traditional.has('臺')).toBe(false);
    expect(traditional.has('台')).toBe(false);
  });

  it('gives back exactly the Traditional-only characters, from the entries and two short lists', () => {
    const table = buildScriptTable(corpus, conversion);
    const expected = [...new Set([...corpus.join('')].filter((char) => searchKey(char) === char))].filter(
      (char) => conversion.simplifyText(char) !== char && !conversion.isSimplified(char),
    );
    expect([...scriptLookup(table).traditional].sort()).toEqual(expected.sort());
    expect(expected).toContain('電');
    // 瞭 is listed after 了 (瞭解 → 了解) but Simplified writing uses it too.
    expect(table.notTraditional).toContain('瞭');
    expect(scriptLookup(table).traditional.has('瞭')).toBe(false);
  });
});

describe('queryVariants', () => {
  const variants = (q: string) => queryVariants(searchKey(q), lookup);

  it('rewrites a Simplified query into the corpus spelling', () => {
    expect(variants('电话礼貌')).toEqual(['電話禮貌']);
    expect(variants('电话')).toEqual(['電話']);
    expect(variants('单一窗口')).toEqual(['單一窗口']);
    expect(variants('便捷贸e网')).toEqual(['便捷貿e網']);
    // 著 and 着 are one key character (variants.ts), written as 着.
    expect(variants('显著')).toEqual([searchKey('顯著')]);
  });

  it('learns readings that depend on context: 计划 is 計畫 in Taiwan, 了解 is 瞭解', () => {
    expect(variants('合作计划')).toContain('合作計畫');
    expect(variants('了解民众')).toContain('瞭解民眾');
  });

  it('searches every corpus spelling of an ambiguous character, the typed one first', () => {
    expect(variants('制作')).toEqual(['制作', '製作']);
    // 台 and 臺 are one key character, so 台东 has one spelling, which finds both.
    expect(variants('台东')).toEqual(['台東']);
  });

  it('takes a query with a Traditional-only character as Traditional and searches it as typed', () => {
    expect(variants('臺東')).toEqual(['台東']);
    expect(variants('台灣')).toEqual(['台灣']);
    expect(variants('電話')).toEqual(['電話']);
  });

  it('leaves Latin, digits and characters outside the table alone', () => {
    expect(variants('CNS 11359')).toEqual(['cns11359']);
    expect(variants('服务')).toEqual(['服务']);
  });

  it(`stops at ${MAX_VARIANTS} spellings`, () => {
    expect(queryVariants('制'.repeat(8), lookup)).toHaveLength(MAX_VARIANTS);
  });
});
