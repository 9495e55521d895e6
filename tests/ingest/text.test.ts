import { describe, expect, it } from 'vitest';
import { cellParagraphs, chineseNumber, leadingNumbering, splitUnits } from '../../src/ingest/text.ts';
import { measureCoverage, missingCharacters } from '../../src/ingest/coverage.ts';

describe('chineseNumber', () => {
  it.each([
    ['一', 1], ['五', 5], ['十', 10], ['十二', 12], ['二十', 20], ['二十三', 23],
  ])('%s → %d', (text, n) => expect(chineseNumber(text)).toBe(n));
  it('is NaN for other text', () => expect(chineseNumber('甲')).toBeNaN());
});

describe('leadingNumbering', () => {
  it.each([
    ['(一) 服務一致及正確性', 'chinese-paren', 1, '服務一致及正確性'],
    ['（二）服務友善性', 'chinese-paren', 2, '服務友善性'],
    ['(一 )服務一', 'chinese-paren', 1, '服務一'],
    ['三、便捷服務遞送過程', 'chinese-comma', 3, '便捷服務遞送過程'],
    ['2.提升服務及時性 :', 'arabic-dot', 2, '提升服務及時性 :'],
    ['(3) 注重電話禮貌', 'arabic-paren', 3, '注重電話禮貌'],
  ])('%s', (text, style, value, rest) => expect(leadingNumbering(text)).toEqual({ style, value, rest }));
  it('does not read a decimal number as numbering', () => expect(leadingNumbering('99.5% 以上')).toBeNull());
});

describe('cellParagraphs: <p> wrappers are layout, other markup is text', () => {
  it('splits <p> paragraphs', () => {
    expect(cellParagraphs('<p>1. 提升服務流程便捷性</p> <p>(1) 設置全功能櫃台，提供整合服務。</p>')).toEqual([
      '1. 提升服務流程便捷性',
      '(1) 設置全功能櫃台，提供整合服務。',
    ]);
  });
  it('keeps <script> literally', () => {
    expect(cellParagraphs('<p><script>alert(1)</script> 服務</p>')).toEqual(['<script>alert(1)</script> 服務']);
    expect(cellParagraphs('a <b>b</b>')).toEqual(['a <b>b</b>']);
  });
});

describe('splitUnits', () => {
  it.each([
    ['報驗發證課 五堵辦事處 蘇澳辦事處', ['報驗發證課', '五堵辦事處', '蘇澳辦事處']],
    ['資訊小組各課室', ['資訊小組', '各課室']],
    ['秘書室 (研考)', ['秘書室（研考）']],
    ['各單位 (各分局)', ['各單位（各分局）']],
    ['第一至五課', ['第一至五課']],
    ['', []],
  ])('%s', (text, units) => expect(splitUnits(text)).toEqual(units));
});

describe('coverage', () => {
  it('counts characters missing from the claiming element only', () => {
    expect(missingCharacters('注重電話禮貌', 'x注重電話禮貌y')).toBe('');
    expect(missingCharacters('注重電話禮貌測試', '注重電話禮貌')).toBe('測試');
  });
  it('text placed in a row whose range does not include the line counts as missing', () => {
    const text = { file: 'f', titleLine: 1, lines: ['經濟部標準檢驗局花蓮分局111年度報告', '甲乙丙丁\t戊己庚辛', '壬癸子丑'] };
    const row = (from: number, to: number, results: string) => ({
      key: { dimension: 1, strategy: 1, method: 0, item: 0 },
      strategy: '', method: '', item: '', unitsText: '', actions: '', results, resultsPeriod: null,
      source: { lines: [from, to] as [number, number] },
    });
    const body = {
      issuedOn: null, sections: [], dimensions: [], notes: [], scores: null,
      rows: [row(2, 2, '甲乙丙丁 戊己庚辛'), row(2, 2, '壬癸子丑')],
      layoutLines: [],
    };
    const coverage = measureCoverage(text, body);
    expect(coverage.uncovered).toEqual([{ line: 3, text: '壬癸子丑', missing: '壬癸子丑' }]);
    expect(coverage.contentChars).toBe(8 + 4 + text.lines[0].length);
  });
});
