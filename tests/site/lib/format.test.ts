import { describe, expect, it } from 'vitest';
import { chineseNumeral, percent, rocDate, rocMonth, rocYear, paragraphs } from '../../../src/lib/format.ts';
import { rowNumbering, clip } from '../../../src/lib/labels.ts';

describe('format', () => {
  it('shows years as 民國年（西元）', () => {
    expect(rocYear({ roc: 111, gregorian: 2022 })).toBe('民國111年（2022）');
    expect(rocDate('2026-01-28')).toBe('民國115年1月28日');
    expect(rocMonth('2020-07')).toBe('民國109年7月');
  });

  it('writes Chinese numerals and percentages', () => {
    expect([1, 5, 10, 12, 20, 21].map(chineseNumeral)).toEqual(['一', '五', '十', '十二', '二十', '二十一']);
    expect(percent(1)).toBe('100.00 %');
    expect(percent(0.99876)).toBe('99.87 %');
  });

  it('splits fields into paragraphs without touching their text', () => {
    expect(paragraphs('一 <b>\n\n二 & 三')).toEqual(['一 <b>', '二 & 三']);
  });

  it('numbers rows as the document does', () => {
    const key = (d: number, s: number, m: number, i: number, suffix = '') => ({ key: { dimension: d, strategy: s, method: m, item: i, suffix } });
    expect(rowNumbering(key(1, 2, 3, 2))).toBe('構面一 (二) 3. (2)');
    expect(rowNumbering(key(2, 1, 0, 0))).toBe('構面二 (一)');
    expect(rowNumbering(key(3, 0, 1, 0, 'a'))).toBe('構面三 1. a');
  });

  it('clips only by characters, marking the cut', () => {
    expect(clip('一二三四五', 5)).toBe('一二三四五');
    expect(clip('一二三四五六', 5)).toBe('一二三四…');
  });
});
