import { describe, expect, it } from 'vitest';
import { hasChanges, wordDiff, words } from '../../src/lineage/text-diff.ts';

// Texts from the sources: the Kaohsiung 109 plan's phone-courtesy action and the Hualien 111 results.
const PLANNED = '(2) 訂有電話禮貌測試執行計畫，由各單位遴派代表組成測試小組，年度預計測試 117 人次以上。';
const RESULT_111 = '訂有電話禮貌測試執行計畫，由本分局各單位遴派代表組成測試小組，辦理電話禮貌測試。111年已辦理完成3次稽核活動，計測試60人次。';

const changed = (parts: ReturnType<typeof wordDiff>, change: 'added' | 'removed') =>
  parts.filter((p) => p.change === change).map((p) => p.text);

describe('words', () => {
  it('gives the text back when joined, line breaks and spaces included', () => {
    for (const text of [PLANNED, RESULT_111, '第一段\n第二段 與 空白', '']) expect(words(text).join('')).toBe(text);
  });

  it('keeps a figure as one word and cuts Chinese into words, not characters', () => {
    const cut = words(PLANNED);
    expect(cut).toContain('117');
    expect(cut).toContain('人次');
    expect(cut.length).toBeLessThan([...PLANNED].length * 0.8);
  });
});

describe('wordDiff', () => {
  it('marks a changed figure as one deletion and one insertion, the rest unchanged', () => {
    const parts = wordDiff(RESULT_111.replace('60人次', '52人次'), RESULT_111);
    expect(changed(parts, 'removed')).toEqual(['52']);
    expect(changed(parts, 'added')).toEqual(['60']);
    expect(parts.filter((p) => p.change !== 'added').map((p) => p.text).join('')).toBe(RESULT_111.replace('60人次', '52人次'));
    expect(parts.filter((p) => p.change !== 'removed').map((p) => p.text).join('')).toBe(RESULT_111);
  });

  it('marks an inserted word, not the characters around it', () => {
    const parts = wordDiff('(1) 櫃檯服務人員主動引導及協助民眾', '(1) 櫃檯服務人員及志工主動引導及協助民眾');
    expect(changed(parts, 'added').join('')).toBe('及志工');
    expect(changed(parts, 'removed')).toEqual([]);
  });

  it('puts the removed words of one change before the added ones, and merges neighbours of one kind', () => {
    const parts = wordDiff('年度預計測試 117 人次以上', '年度預計測試 100 人次以上');
    const kinds = parts.map((p) => p.change);
    expect(kinds).toEqual(['same', 'removed', 'added', 'same']);
  });

  it('reports identical texts as unchanged, and an empty side as all added or removed', () => {
    expect(hasChanges(wordDiff(PLANNED, PLANNED))).toBe(false);
    expect(wordDiff(PLANNED, PLANNED)).toEqual([{ change: 'same', text: PLANNED }]);
    expect(wordDiff('', PLANNED)).toEqual([{ change: 'added', text: PLANNED }]);
    expect(wordDiff(PLANNED, '')).toEqual([{ change: 'removed', text: PLANNED }]);
    expect(wordDiff('', '')).toEqual([]);
  });

  it('does not count a change of spaces alone, and still spells the new text exactly', () => {
    // Keelung 102 writes 「每 3 個月至少測試 1 次」, the 2017 template 「每4個月至少測試1次」.
    const before = '注重電話禮貌，不定期進行禮貌測試，每 3 個月至少測試 1 次。';
    const after = '注重電話禮貌，不定期進行禮貌測試，每4個月至少測試1次。';
    const parts = wordDiff(before, after);
    expect(changed(parts, 'removed')).toEqual(['3']);
    expect(changed(parts, 'added')).toEqual(['4']);
    expect(parts.filter((p) => p.change !== 'removed').map((p) => p.text).join('')).toBe(after);
    const spaced = wordDiff(after, before);
    expect(changed(spaced, 'added')).toEqual(['3']);
    expect(spaced.filter((p) => p.change !== 'removed').map((p) => p.text).join('')).toBe(before);
    expect(hasChanges(wordDiff('測試 1 次', '測試1次'))).toBe(false);
  });

  it('keeps paragraph breaks inside the parts', () => {
    const parts = wordDiff('第一段\n第二段', '第一段\n第三段');
    expect(parts.map((p) => p.text).join('')).toContain('\n');
    expect(hasChanges(parts)).toBe(true);
  });
});
