import { describe, expect, it } from 'vitest';
import { headerNames } from '../../src/ingest/layouts/toolkit/cells.ts';
import { parseDimensionHeading } from '../../src/ingest/layouts/toolkit/dimension-heading.ts';
import {
  moveResultsToTheirItems,
  splitAmongItems,
  splitLeadingUnits,
  splitNumbered,
} from '../../src/ingest/layouts/strategy-table.ts';
import { IngestError } from '../../src/model/errors.ts';
import type { ParsedRow } from '../../src/ingest/layout.ts';

describe('parseDimensionHeading', () => {
  it.each([
    ['構面一：基礎服務（200 分）', 1, '構面一：基礎服務（200 分）', '基礎服務', 200],
    ['構面二、服務遞送 (300 分)', 2, '構面二、服務遞送 (300 分)', '服務遞送', 300],
    ['#### 構面四:服務評價 (200分)', 4, '構面四:服務評價 (200分)', '服務評價', 200],
    ['構面五：開放創新(100分)', 5, '構面五：開放創新(100分)', '開放創新', 100],
  ])('%s', (raw, number, heading, label, maxPoints) => {
    expect(parseDimensionHeading(raw, 3)).toEqual({ number, heading, label, maxPoints, source: { lines: [3, 3] } });
  });
  it('is null for other lines', () => {
    expect(parseDimensionHeading('構面一', 1)).toBeNull();
    expect(parseDimensionHeading('執行策略\t構面一：基礎服務（200 分）', 1)).toBeNull();
  });
});

describe('headerNames', () => {
  it('drops empty cells and <p> wrappers', () => {
    expect(headerNames('執行策略\t\t主辦單位\t績效與成果')).toEqual(['執行策略', '主辦單位', '績效與成果']);
    expect(headerNames('執行策略\t主辦單位\t績效與成果\t')).toEqual(['執行策略', '主辦單位', '績效與成果']);
  });
  it('is null for rows', () => expect(headerNames('(一)開放參與\t各課室\t…')).toBeNull());
});

describe('splitNumbered', () => {
  it('splits strategy, method and sub-item folded into one cell', () => {
    expect(splitNumbered('(一)服務便捷性 1. 檢討既有服務措施：瞭解民眾需求 (1) 設置全功能單一窗口櫃檯(含臨櫃)')).toEqual({
      lead: '',
      parts: [
        { level: 'strategy', number: 1, text: '(一)服務便捷性' },
        { level: 'method', number: 1, text: '1. 檢討既有服務措施：瞭解民眾需求' },
        { level: 'item', number: 1, text: '(1) 設置全功能單一窗口櫃檯(含臨櫃)' },
      ],
    });
  });
  it('keeps the space inside a strategy name', () => {
    expect(splitNumbered('(二)積極回應 民眾意見').parts).toEqual([{ level: 'strategy', number: 2, text: '(二)積極回應 民眾意見' }]);
  });
  it('returns unnumbered text before the first marker as the lead', () => {
    expect(splitNumbered('有效及時處理民眾之意見 (1)建置… (2)提供…')).toEqual({
      lead: '有效及時處理民眾之意見',
      parts: [
        { level: 'item', number: 1, text: '(1)建置…' },
        { level: 'item', number: 2, text: '(2)提供…' },
      ],
    });
  });
  it('does not read brackets, decimals or numbers inside words as numbering', () => {
    expect(splitNumbered('1. 進行環境美(綠)化，線上申辦率為 67.84%，每4個月至少測試1次。').parts).toHaveLength(1);
  });
  it('reads numbering at the start of a <p> paragraph', () => {
    expect(splitNumbered('3. 提高服務行為友善性\n(1) 重視服務人員的禮貌態度').parts.map((p) => p.text)).toEqual([
      '3. 提高服務行為友善性',
      '(1) 重視服務人員的禮貌態度',
    ]);
  });
});

describe('splitLeadingUnits', () => {
  it.each([
    ['第三課 第四課 臺東辦事處 (1)主動赴花東地區', '第三課 第四課 臺東辦事處', '(1)主動赴花東地區'],
    ['第二課 第四課 本分局結合在地法人機構(財團法人石材暨資源中心)，重新規劃', '第二課 第四課', '本分局結合在地法人機構(財團法人石材暨資源中心)，重新規劃'],
    ['第一至五課 資訊小組 本分局全球資訊網提供意見信箱', '第一至五課 資訊小組', '本分局全球資訊網提供意見信箱'],
    ['各課室 1. 於本分局全球資訊網提供意見信箱', '各課室', '1. 於本分局全球資訊網提供意見信箱'],
    ['資訊小組各課室 秘書室 (研考) 訂有要點', '資訊小組各課室 秘書室 (研考)', '訂有要點'],
  ])('%s', (cell, unitsText, rest) => expect(splitLeadingUnits(cell)).toEqual({ unitsText, rest }));
  it('leaves a cell without unit names whole', () => {
    expect(splitLeadingUnits('本分局全球資訊網提供意見信箱。')).toEqual({ unitsText: '', rest: '本分局全球資訊網提供意見信箱。' });
  });
});

describe('splitAmongItems', () => {
  it('pairs unit groups and result sentences with the sub-items by position', () => {
    expect(splitAmongItems('f', 1, 3, '第一至五課 秘書室 第一至五課 秘書室 第一至五課', '甲。 乙。111年丙。 丁。')).toEqual([
      { unitsText: '第一至五課 秘書室', results: '甲。' },
      { unitsText: '第一至五課 秘書室', results: '乙。111年丙。' },
      { unitsText: '第一至五課', results: '丁。' },
    ]);
  });
  it('shares one unit list among all sub-items', () => {
    expect(splitAmongItems('f', 1, 2, '各課室', '甲。 乙。').map((s) => s.unitsText)).toEqual(['各課室', '各課室']);
  });
  it('refuses to guess when the counts differ', () => {
    expect(() => splitAmongItems('f', 9, 3, '各課室', '甲。 乙。')).toThrow(IngestError);
  });
});

function row(item: number, results: string, line: number): ParsedRow {
  return {
    key: { dimension: 1, strategy: 2, method: 3, item },
    strategy: '(二)',
    method: '3.',
    item: `(${item})`,
    unitsText: '',
    actions: '',
    results,
    resultsPeriod: null,
    source: { lines: [line, line] },
  };
}

describe('moveResultsToTheirItems', () => {
  it('moves a result to the row carrying its number and widens that row’s range', () => {
    const moved = moveResultsToTheirItems([row(1, '(1) 甲。\n(2) 乙。', 10), row(2, '丙。', 11)]);
    expect(moved.map((r) => [r.results, r.source.lines])).toEqual([
      ['(1) 甲。', [10, 10]],
      ['(2) 乙。\n丙。', [10, 11]],
    ]);
  });
  it('keeps a result when no later row carries its number', () => {
    const rows = [row(1, '(1) 甲。 (4) 乙。', 10), row(2, '丙。', 11)];
    expect(moveResultsToTheirItems(rows).map((r) => r.results)).toEqual(['(1) 甲。 (4) 乙。', '丙。']);
  });
  it('leaves a method-level list of results alone', () => {
    const rows = [{ ...row(0, '1. 作法如下：\n(1) 甲。\n(2) 乙。', 10) }, row(2, '丙。', 11)];
    expect(moveResultsToTheirItems(rows)[0].results).toBe('1. 作法如下：\n(1) 甲。\n(2) 乙。');
  });
});
