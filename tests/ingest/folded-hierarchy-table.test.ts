import { describe, expect, it } from 'vitest';
import { loadSourceFile } from '../../src/ingest/source.ts';
import { foldedHierarchyTableLayout } from '../../src/ingest/layouts/folded-hierarchy-table.ts';
import { branches, fixturesOf, ingestErrorOf, rowById, rowIdOf } from './support.ts';
import { measureCoverage } from '../../src/ingest/coverage.ts';
import { IngestError } from '../../src/model/errors.ts';
import { splitUnits } from '../../src/ingest/text.ts';
import type { ParsedBody } from '../../src/ingest/layout.ts';

const HUALIEN = 'content/sources/hualien-111-report.txt';

const fixture = fixturesOf('folded-hierarchy-table');

function parseFixture(name: string): ParsedBody {
  return foldedHierarchyTableLayout.parse(fixture(name));
}

const parseError = (name: string): IngestError => ingestErrorOf(() => parseFixture(name));



describe('detect', () => {
  it('recognises the Hualien report by its 執行策略 | 主辦單位 | 績效與成果 headers, extra empty cells or not', () => {
    expect(foldedHierarchyTableLayout.id).toBe('folded-hierarchy-table');
    expect(foldedHierarchyTableLayout.detect(loadSourceFile(HUALIEN, branches).text)).toBe(true);
  });
  it.each(['keelung-102-report', 'hsinchu-107-report', 'kaohsiung-109-plan', 'hq-115-plan'])('does not claim %s', (name) => {
    expect(foldedHierarchyTableLayout.detect(loadSourceFile(`content/sources/${name}.txt`, branches).text)).toBe(false);
  });
});

describe('fixtures', () => {
  it('a method line with empty cells heads the sub-items below it', () => {
    const body = parseFixture('method-heading-row-without-cells.txt');
    expect(body.layoutLines).toEqual([
      { line: 5, reason: 'table-header' },
      { line: 9, reason: 'repeated-header' },
    ]);
    expect(body.rows.map(rowIdOf)).toEqual(['d1-s2-m1-i1', 'd1-s2-m1-i2', 'd1-s2-m1-i3', 'd1-s2-m2-i1', 'd1-s2-m2-i2']);
    // "(3) …" alone in the first cell stays under method 1 across the page break.
    expect(body.rows[2]).toMatchObject({ strategy: '(二)服務友善性', method: '1. 提升服務設施合宜度', item: '(3) 妥適規劃申辦動線，以符合民眾使用習慣。' });
    expect(body.rows[3]).toMatchObject({
      method: '2. 提高網站使用便利性',
      item: '(1) 網站應以使用者為導向設計，版面配置應方便瀏覽、查詢資料及使用網站服務。',
      unitsText: '資訊小組',
      source: { lines: [11, 12] },
    });
    expect(body.rows[4].source.lines).toEqual([13, 13]);
    expect(measureCoverage(fixture('method-heading-row-without-cells.txt'), body).ratio).toBe(1);
  });

  it('splits strategy, method and sub-item folded into the first cell', () => {
    const body = parseFixture('strategy-and-method-in-one-cell.txt');
    expect(body.rows.map(rowIdOf)).toEqual(['d2-s1-m1-i0', 'd2-s1-m2-i1', 'd2-s1-m2-i2']);
    expect(body.rows[0]).toMatchObject({
      strategy: '(一)服務便捷性',
      method: '1. 檢討既有服務措施：瞭解民眾需求，檢討既有服務措施，並運用多元策略，提升服務便捷度。',
      item: '',
      unitsText: '第一至五課 臺東辦事處',
    });
    expect(body.rows[1]).toMatchObject({
      method: '2. 建置單一窗口整合服務',
      item: '(1) 設置全功能單一窗口櫃檯(含臨櫃、電話或網站單一窗口服務)，提供整合服務。',
      results: '本分局窗口櫃檯(包括臺東辦事處)均為全功能化單一窗口，受理所有之申辦服務案件。',
    });
  });

  it('splits unit names off the front of a merged units-and-results cell', () => {
    const body = parseFixture('units-merged-into-results.txt');
    expect(body.rows.map((r) => [rowIdOf(r), r.unitsText, r.results.slice(0, 8)])).toEqual([
      ['d2-s2-m1-i0', '第三課', '(1)規劃針對銀'],
      ['d2-s2-m2-i0', '第三課', '(1)本分局與花'],
      ['d2-s2-m3-i0', '第三課 第四課 臺東辦事處', '(1)主動赴花東'],
      ['d2-s3-m1-i0', '第一至五課', '(1)運用資通科'],
      ['d2-s3-m2-i0', '第二課 第四課', '本分局結合在地法'],
    ]);
    expect(splitUnits(body.rows[2].unitsText)).toEqual(['第三課', '第四課', '臺東辦事處']);
    expect(body.rows[2].method).toBe('3. 主動服務：針對特殊或弱勢族群、偏遠或交通不便地區民眾，提供到府、到點服務。');
    expect(body.rows[3].strategy).toBe('(三)服務成長及優化');
    expect(measureCoverage(fixture('units-merged-into-results.txt'), body).ratio).toBe(1);
  });

  it('gives a method line’s cells to its empty first sub-item and splits three sub-items folded into one row', () => {
    const body = parseFixture('sub-items-folded-into-one-row.txt');
    expect(body.rows.map(rowIdOf)).toEqual(['d4-s1-m1-i1', 'd4-s1-m1-i2', 'd4-s1-m2-i0', 'd4-s2-m0-i1', 'd4-s2-m0-i2', 'd4-s2-m0-i3']);
    expect(body.rows[0]).toMatchObject({
      method: '1. 辦理服務滿意度調查',
      item: '(1)根據服務對象或特性差異，運用多元管道定期進行滿意度調查，調查項目應包含洽公環境、服務禮儀、服務專業性、服務措施等。',
      unitsText: '第五課',
      source: { lines: [6, 7] },
    });
    expect(body.rows[0].results.startsWith('辦理「顧客滿意度調查」，以檢視所提供之對外服務')).toBe(true);
    expect(body.rows[2]).toMatchObject({ unitsText: '第一至五課 資訊小組', source: { lines: [11, 11] } });
    expect(body.rows.slice(3).map((r) => [r.strategy, r.method, r.item.slice(0, 5), r.unitsText, r.results.slice(0, 6), r.source.lines])).toEqual([
      ['(二)積極回應 民眾意見', '有效及時處理民眾之意見、抱怨及陳情', '(1)建置', '第一至五課 秘書室', '訂有「意見信', [12, 12]],
      ['(二)積極回應 民眾意見', '有效及時處理民眾之意見、抱怨及陳情', '(2)提供', '第一至五課 秘書室', '針對民眾反映', [12, 12]],
      ['(二)積極回應 民眾意見', '有效及時處理民眾之意見、抱怨及陳情', '(3)定期', '第一至五課', '對於現場民眾', [12, 12]],
    ]);
    expect(measureCoverage(fixture('sub-items-folded-into-one-row.txt'), body).ratio).toBe(1);
  });

  it('reads a header with an extra empty cell and unnumbered methods in their own cell', () => {
    const body = parseFixture('extra-empty-header-cell.txt');
    expect(body.layoutLines).toEqual([{ line: 5, reason: 'table-header' }]);
    expect(body.rows.map((r) => [rowIdOf(r), r.strategy, r.method.slice(0, 8), r.unitsText])).toEqual([
      ['d3-s1-m0-i0', '(一)內部作業簡化', '提升同仁行政效率', '各課室'],
      ['d3-s2-m0-i0', '(二)服務機制精進', '深化服務量能：建', '各課室'],
    ]);
  });

  it('rejects a table cut off mid-row, naming the line', () => {
    const error = parseError('truncated-row.txt');
    expect(error.line).toBe(7);
    expect(error.message).toContain('2 cells');
  });
});

describe('the Hualien 111 report', () => {
  const text = loadSourceFile(HUALIEN, branches).text;
  const body = foldedHierarchyTableLayout.parse(text);

  it('has the five dimensions of the service programme with their points', () => {
    expect(body.dimensions.map((d) => [d.number, d.heading, d.label, d.maxPoints, d.source.lines[0]])).toEqual([
      [1, '構面一：基礎服務(200分)', '基礎服務', 200, 5],
      [2, '構面二：服務遞送(300分)', '服務遞送', 300, 38],
      [3, '構面三：服務量能(200分)', '服務量能', 200, 61],
      [4, '構面四：服務評價(200分)', '服務評價', 200, 67],
      [5, '構面五：開放創新(100分)', '開放創新', 100, 78],
    ]);
  });

  it('has 47 rows: 22, 15, 2, 6, 2 per dimension, with unique ids', () => {
    const perDimension = [1, 2, 3, 4, 5].map((d) => body.rows.filter((r) => r.key.dimension === d).length);
    expect(perDimension).toEqual([22, 15, 2, 6, 2]);
    expect(new Set(body.rows.map(rowIdOf)).size).toBe(47);
  });

  it('reads 構面一 (二) 3. (2) phone courtesy field by field', () => {
    expect(rowById(body, 'd1-s2-m3-i2')).toEqual({
      key: { dimension: 1, strategy: 2, method: 3, item: 2 },
      strategy: '(二)服務友善性',
      method: '3. 提高服務行為友善性',
      item: '(2) 注重電話禮貌，不定期進行禮貌測試，每4個月至少測試1次。',
      unitsText: '秘書室 各課室',
      actions: '',
      results: '訂有電話禮貌測試執行計畫，由本分局各單位遴派代表組成測試小組，辦理電話禮貌測試。111年已辦理完成3次稽核活動，計測試60人次。',
      resultsPeriod: null,
      source: { lines: [31, 31] },
    });
  });

  it('reads 構面一 (二) 2. (1) with the method heading line in its range', () => {
    expect(rowById(body, 'd1-s2-m2-i1')).toMatchObject({
      method: '2. 提高網站使用便利性',
      item: '(1) 網站應以使用者為導向設計，版面配置應方便瀏覽、查詢資料及使用網站服務。',
      unitsText: '資訊小組',
      source: { lines: [19, 20] },
    });
  });

  it('reads 構面二 (三) 2. with its units split from the merged cell', () => {
    const row = rowById(body, 'd2-s3-m2-i0');
    expect(row.unitsText).toBe('第二課 第四課');
    expect(row.results.startsWith('本分局結合在地法人機構(財團法人石材暨資源中心)，')).toBe(true);
    expect(row.results.endsWith('111年計有37場次581人次參觀。')).toBe(true);
    expect(row.source.lines).toEqual([59, 59]);
  });

  it('reads 構面五 (二) with <p> paragraphs', () => {
    const row = rowById(body, 'd5-s2-m0-i0');
    expect(row.unitsText).toBe('第一至三課 臺東辦事處');
    expect(row.results.split('\n').map((p) => p.slice(0, 3))).toEqual(['1. ', '2. ', '(1)', '(2)']);
    expect(row.source.lines).toEqual([84, 84]);
  });

  it('has no sections or notes, and every header row is layout', () => {
    expect(body.sections).toEqual([]);
    expect(body.notes).toEqual([]);
    expect(body.layoutLines.map((l) => l.line)).toEqual([7, 14, 25, 34, 40, 45, 54, 63, 69, 74, 80, 83]);
  });

  it('loses no text: coverage is 1', () => {
    const coverage = measureCoverage(text, body);
    expect(coverage.uncovered).toEqual([]);
    expect(coverage.ratio).toBe(1);
  });
});
