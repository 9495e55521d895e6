import { describe, expect, it } from 'vitest';
import { compact, numbersIn, originalRange, parseNumber, sentences } from '../../src/indicators/text.ts';

describe('sentences', () => {
  it('cuts at 。；; and at list markers, and every sentence is an exact slice of the text', () => {
    const text = '1. 共執行電話禮貌測試 96 人次；測試分數平均 94 分，答題正確率 95%。 2. 除自行辦理電話禮貌測試外，並與其他分局共同辦理。';
    const found = sentences(text);
    expect(found.map((s) => s.text)).toEqual([
      '1. 共執行電話禮貌測試 96 人次；',
      '測試分數平均 94 分，答題正確率 95%。',
      '2. 除自行辦理電話禮貌測試外，並與其他分局共同辦理。',
    ]);
    for (const s of found) expect(text.slice(s.start, s.end)).toBe(s.text);
    expect(found[1].item.text).toBe('1. 共執行電話禮貌測試 96 人次；測試分數平均 94 分，答題正確率 95%。');
  });

  it('keeps paragraphs apart and does not take "109.07" or "2.5" for list markers', () => {
    const found = sentences('考核年月 109.07 分數 2.5 分\n(1) 第一項。(2) 第二項');
    expect(found.map((s) => s.text)).toEqual(['考核年月 109.07 分數 2.5 分', '(1) 第一項。', '(2) 第二項']);
  });

  it('gives the paragraph as the item when it has no numbering', () => {
    const [first, second] = sentences('(1)主動赴花東地區大型醫療院所，進行血壓計免費檢測服務。111年計辦理354具。');
    expect(second.text).toBe('111年計辦理354具。');
    expect(second.item.text).toContain('免費檢測');
    expect(first.item).toEqual(second.item);
  });
});

describe('compact view', () => {
  it('maps a match on the whitespace-free text back to the exact original span', () => {
    const original = '計受理 272 件陳\n情案。';
    const view = compact(original);
    expect(view.text).toBe('計受理272件陳情案。');
    const from = view.text.indexOf('272件陳情');
    const [start, end] = originalRange(view, from, from + '272件陳情'.length);
    expect(original.slice(start, end)).toBe('272 件陳\n情');
  });
});

describe('numbers as written', () => {
  it('reads thousands separators and decimals', () => {
    expect(parseNumber('31,076')).toBe(31076);
    expect(parseNumber('58,336')).toBe(58336);
    expect(parseNumber('67.84')).toBe(67.84);
    expect(parseNumber('１２')).toBe(12);
    expect(parseNumber('3，5')).toBeNaN();
  });

  it('lists every whole number of a text, never a piece of one', () => {
    expect(numbersIn('年度服務 42,234 件，較 101 年增加 3,382 件，成長率達 8%。')).toEqual([42234, 101, 3382, 8]);
    expect(numbersIn('180 275 185 180 90 910 優 109.07')).toEqual([180, 275, 185, 180, 90, 910, 109.07]);
  });
});
