import { describe, expect, it } from 'vitest';
import { loadSourceFile } from '../../src/ingest/source.ts';
import { tabbedMarkdownLayout } from '../../src/ingest/layouts/tabbed-markdown.ts';
import { branches, fixturesOf, ingestErrorOf, rowById, rowIdOf } from './support.ts';
import { measureCoverage } from '../../src/ingest/coverage.ts';
import { IngestError } from '../../src/model/errors.ts';
import type { ParsedBody } from '../../src/ingest/layout.ts';

const HSINCHU = 'content/sources/hsinchu-107-report.txt';

const fixture = fixturesOf('tabbed-markdown');

function parseFixture(name: string): ParsedBody {
  return tabbedMarkdownLayout.parse(fixture(name));
}

const parseError = (name: string): IngestError => ingestErrorOf(() => parseFixture(name));



describe('detect', () => {
  it('recognises the Hsinchu report by its 4-column 執行策略 | 執行方法 | 主辦單位 | … headers', () => {
    expect(tabbedMarkdownLayout.id).toBe('tabbed-markdown');
    expect(tabbedMarkdownLayout.detect(loadSourceFile(HSINCHU, branches).text)).toBe(true);
  });
  it.each(['keelung-102-report', 'kaohsiung-109-plan', 'hualien-111-report', 'hq-115-plan'])('does not claim %s', (name) => {
    expect(tabbedMarkdownLayout.detect(loadSourceFile(`content/sources/${name}.txt`, branches).text)).toBe(false);
  });
});

describe('fixtures', () => {
  it('reads the preamble: 壹 section, 貳 section over the tables, category heading as a note', () => {
    const body = parseFixture('preamble-section-and-category-heading.txt');
    expect(body.sections).toEqual([
      {
        heading: '壹、依據：',
        text: '經濟部標準檢驗局 107 年 2 月 2 日經標秘字第 10790002560 號函同意備查本分局「經濟部標準檢驗局新竹分局 107 年度提升服務效能執行計畫」。',
        source: { lines: [5, 5] },
      },
      { heading: '貳、執行策略及方法', text: '', source: { lines: [7, 17] } },
    ]);
    expect(body.notes).toEqual([{ text: '一、整體服務類', kind: 'category-heading', source: { lines: [9, 9] } }]);
    expect(body.dimensions).toEqual([
      { number: 1, heading: '構面一：基礎服務（200 分）', label: '基礎服務', maxPoints: 200, source: { lines: [11, 11] } },
    ]);
    expect(body.layoutLines).toEqual([{ line: 13, reason: 'table-header' }]);
    expect(body.rows.map(rowIdOf)).toEqual(['d1-s1-m1-i0', 'd1-s1-m2-i0', 'd1-s1-m3-i0', 'd1-s2-m1-i1']);
    // Rows with an empty 執行策略 cell continue the strategy above them.
    expect(body.rows[2].strategy).toBe('(一) 服務一致及正確性');
    expect(body.rows[2].method).toBe('3. 提高服務人員專業度: 強化服務人員（含委外 call center 人員）對涉及服務業務處理流程及相關法規之專業與熟悉程度。');
    expect(body.rows[3]).toMatchObject({
      strategy: '(二) 服務友善性。',
      method: '1. 提升服務設施合宜度:',
      item: '(1) 進行環境美（綠）化及輔以舒適、明亮、整潔，建置民眾臨櫃洽公的合宜服務環境。',
      unitsText: '各單位',
    });
    expect(measureCoverage(fixture('preamble-section-and-category-heading.txt'), body).ratio).toBe(1);
  });

  it('moves a result numbered for the next sub-item out of the cell that carries it', () => {
    const body = parseFixture('results-cell-holds-next-sub-item.txt');
    expect(body.layoutLines).toEqual([
      { line: 5, reason: 'table-header' },
      { line: 8, reason: 'repeated-header' },
    ]);
    const first = rowById(body, 'd1-s2-m3-i1');
    expect(first.method).toBe('3. 提高服務行為友善性');
    expect(first.item).toBe('(1) 重視服務人員的禮貌態度，如現場主動協助引導民眾、協助民眾檢查攜帶證件是否齊備或告知標準程序等。');
    expect(first.unitsText).toBe('第三課 桃園辦事處 桃園國際機場辦事處 秘書室 (研考)');
    expect(first.results).toBe('(1) 將須攜帶證件清單與標準作業流程公布於服務場所及網站上，供民眾查詢及下載，現場服務人員及志工協助民眾辦理申辦事項。');
    expect(first.source.lines).toEqual([9, 9]);
    const next = rowById(body, 'd1-s2-m3-i3');
    expect(next.item).toBe('(3) 注重電話禮貌，不定期進行禮貌測試，每4個月至少測試1次。');
    expect(next.results).toBe(
      '(2) 辦理禮貌教育訓練課程及以電子郵件提醒同仁為民服務注意事項。\n(2) 本年度共辦理3次電話禮貌測試考核評分，全年度共測試80人次。',
    );
    expect(next.source.lines).toEqual([9, 10]);
    expect(measureCoverage(fixture('results-cell-holds-next-sub-item.txt'), body).ratio).toBe(1);
  });

  it('reads a last column headed 具體作法 as results, never as actions', () => {
    const body = parseFixture('last-column-headed-as-plan.txt');
    expect(body.dimensions[0]).toMatchObject({ number: 2, heading: '構面二、服務遞送 (300 分)', label: '服務遞送', maxPoints: 300 });
    expect(body.rows.map(rowIdOf)).toEqual(['d2-s1-m1-i0', 'd2-s1-m2-i1', 'd2-s1-m2-i2', 'd2-s1-m2-i3', 'd2-s1-m3-i0']);
    expect(body.rows.every((r) => r.actions === '' && r.results !== '')).toBe(true);
    expect(body.rows[1].method).toBe('2. 建置單一窗口整合服務:');
    expect(body.rows[3].unitsText).toBe('第三課 第五課 桃園辦事處 桃園國際機場辦事處');
    expect(body.rows[4].results.startsWith('3. 業者以網際網路申辦作業及報驗各類商品案件')).toBe(true);
  });

  it('keeps the editor note and reads an unnumbered method over its sub-items', () => {
    const body = parseFixture('editor-note-and-unnumbered-method.txt');
    expect(body.dimensions[0]).toMatchObject({ number: 4, heading: '構面四:服務評價 (200分)', label: '服務評價' });
    expect(body.notes).toEqual([{ text: '(請相關單位檢視並研提 107 年度資料)', kind: 'editor-note', source: { lines: [5, 5] } }]);
    expect(body.rows.map(rowIdOf)).toEqual(['d4-s1-m1-i1', 'd4-s1-m1-i2', 'd4-s1-m2-i0', 'd4-s2-m0-i1', 'd4-s2-m0-i2', 'd4-s2-m0-i3']);
    expect(body.rows[0].method).toBe('1.辦理服務滿意度調查');
    // A merged units cell is written once: the row below has none.
    expect(body.rows[1].unitsText).toBe('');
    expect(body.rows[3].method).toBe('有效及時處理民眾之意見、抱怨及陳情:');
    expect(body.rows[5].method).toBe('有效及時處理民眾之意見、抱怨及陳情:');
    expect(body.rows[5].strategy).toBe('(二) 積極回應民眾意見');
    expect(measureCoverage(fixture('editor-note-and-unnumbered-method.txt'), body).ratio).toBe(1);
  });

  it('strips markdown heading markers and keeps list markup other than <p> as text', () => {
    const body = parseFixture('markdown-heading-and-list-markup.txt');
    expect(body.dimensions[0].heading).toBe('構面五:開放創新 (100 分)');
    expect(body.rows.map(rowIdOf)).toEqual(['d5-s1-m0-i0', 'd5-s2-m0-i0']);
    expect(body.rows[1].results.startsWith('<ol style="list-style-type: none"> <li>1. 持續推廣多元化網路申辦服務')).toBe(true);
    expect(body.rows[1].results.endsWith('本年度共安排 2 場次，參加共 48 員。</li> </ol>')).toBe(true);
  });

  it('rejects a table cut off mid-row, naming the line', () => {
    const error = parseError('truncated-row.txt');
    expect(error.line).toBe(7);
    expect(error.message).toContain('2 cells, expected 4');
  });
});

describe('the Hsinchu 107 report', () => {
  const text = loadSourceFile(HSINCHU, branches).text;
  const body = tabbedMarkdownLayout.parse(text);

  it('has the five dimensions of the service programme with their points', () => {
    expect(body.dimensions.map((d) => [d.number, d.heading, d.label, d.maxPoints, d.source.lines[0]])).toEqual([
      [1, '構面一：基礎服務（200 分）', '基礎服務', 200, 11],
      [2, '構面二、服務遞送 (300 分)', '服務遞送', 300, 43],
      [3, '構面三:服務量能 (200 分)', '服務量能', 200, 72],
      [4, '構面四:服務評價 (200分)', '服務評價', 200, 78],
      [5, '構面五:開放創新 (100 分)', '開放創新', 100, 92],
    ]);
  });

  it('has 47 rows: 22, 15, 2, 6, 2 per dimension, with unique ids', () => {
    const perDimension = [1, 2, 3, 4, 5].map((d) => body.rows.filter((r) => r.key.dimension === d).length);
    expect(perDimension).toEqual([22, 15, 2, 6, 2]);
    expect(new Set(body.rows.map(rowIdOf)).size).toBe(47);
  });

  it('reads 構面一 (一) 1. field by field', () => {
    expect(rowById(body, 'd1-s1-m1-i0')).toEqual({
      key: { dimension: 1, strategy: 1, method: 1, item: 0 },
      strategy: '(一) 服務一致及正確性',
      method: '1. 訂定申辦業務標準作業流程:訂定申辦業務標準作業流程，維持服務措施處理一致性，且持續檢討申辦項目表單，進行簡化及標準化等。',
      item: '',
      unitsText: '第三課 桃園辦事處 桃園國際機場辦事處',
      actions: '',
      results:
        '1. 本分局 3 處現場服務處所均訂定申辦業務標準作業流程及表單，並公布於服務場所申辦現場及本分局網站。 另辦理「報驗業者座談會」報名方式改採網路報名、商品驗證登錄及商品型式認可案件，業者臨櫃申請新增線上申請等 2 項業務項目之簡化及標準化作業。',
      resultsPeriod: null,
      source: { lines: [14, 14] },
    });
  });

  it('reads the phone-courtesy row with the result moved to it from the row above', () => {
    const row = rowById(body, 'd1-s2-m3-i3');
    expect(row.strategy).toBe('(二) 服務友善性。');
    expect(row.unitsText).toBe('各單位');
    expect(row.results.split('\n')).toEqual([
      '(2) 辦理禮貌教育訓練課程及以電子郵件提醒同仁為民服務注意事項。',
      '(2) 本年度共辦理3次電話禮貌測試考核評分，全年度共測試80人次。',
    ]);
    expect(row.source.lines).toEqual([37, 38]);
  });

  it('keeps numbered results of a method without sub-items together, one paragraph per <p>', () => {
    const row = rowById(body, 'd2-s2-m1-i0');
    expect(row.method).toBe('1. 客製化服務:因應所轄地區或業務之特性，整合服務客群之需求，提供在地化、客製化之服務。');
    expect(row.results.split('\n').map((p) => p.slice(0, 4))).toEqual(['1. 客', '(1) ', '(2) ', '(3) ']);
    expect(row.source.lines).toEqual([60, 60]);
  });

  it('reads 構面四 (二) (1) under its unnumbered method', () => {
    const row = rowById(body, 'd4-s2-m0-i1');
    expect(row).toMatchObject({
      strategy: '(二) 積極回應民眾意見',
      method: '有效及時處理民眾之意見、抱怨及陳情:',
      item: '(1) 建置民眾意見反映(含新聞輿情)處理機制及標準作業程序。',
      unitsText: '秘書室 (研考)',
      source: { lines: [88, 88] },
    });
    expect(row.results.startsWith('(1) 訂有意見信箱電子信件處理要點')).toBe(true);
  });

  it('keeps the section, notes and every header row', () => {
    expect(body.sections.map((s) => [s.heading, s.source.lines])).toEqual([
      ['壹、依據：', [5, 5]],
      ['貳、執行策略及方法', [7, 98]],
    ]);
    expect(body.notes.map((n) => [n.kind, n.text, n.source.lines[0]])).toEqual([
      ['category-heading', '一、整體服務類', 9],
      ['editor-note', '(請相關單位檢視並研提 107 年度資料)', 80],
    ]);
    expect(body.layoutLines.filter((l) => l.reason === 'table-header').map((l) => l.line)).toEqual([13, 45, 74, 82, 94]);
    expect(body.layoutLines.filter((l) => l.reason === 'repeated-header').map((l) => l.line)).toEqual([
      19, 26, 36, 51, 59, 63, 68, 86, 97,
    ]);
    expect(body.issuedOn).toBeNull();
    expect(body.scores).toBeNull();
  });

  it('loses no text: coverage is 1', () => {
    const coverage = measureCoverage(text, body);
    expect(coverage.uncovered).toEqual([]);
    expect(coverage.ratio).toBe(1);
  });
});
