import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { tabbedParagraphTableLayout as layout } from '../../src/ingest/layouts/tabbed-paragraph-table.ts';
import { loadSourceFile } from '../../src/ingest/source.ts';
import { branches, ingestErrorOf, rowById, rowIdOf, rowIdsOf, sourceOf } from './support.ts';
import { measureCoverage } from '../../src/ingest/coverage.ts';
import { IngestError } from '../../src/model/errors.ts';
import type { SourceText } from '../../src/ingest/layout.ts';
import { splitUnits, squash } from '../../src/ingest/text.ts';

const FIXTURES = 'tests/fixtures/tabbed-paragraph-table';
const KEELUNG = 'content/sources/keelung-102-report.txt';

function fixtureText(name: string): string {
  return readFileSync(`${FIXTURES}/${name}.txt`, 'utf8');
}


function fixture(name: string): SourceText {
  return sourceOf(`${FIXTURES}/${name}.txt`, fixtureText(name));
}

/** The fixture with some of its 1-based lines replaced (or removed, with null). */
function edited(name: string, edits: Record<number, string | null>): SourceText {
  const lines = fixtureText(name).split('\n');
  const kept = lines.flatMap((line, i) => {
    const edit = edits[i + 1];
    if (edit === undefined) return [line];
    return edit === null ? [] : [edit];
  });
  return sourceOf(`${FIXTURES}/${name}.txt`, kept.join('\n'));
}



const row = rowById;
const parseError = (text: SourceText): IngestError => ingestErrorOf(() => layout.parse(text));

describe('detect', () => {
  it('recognises only the source with the five-column 執行策略…執行成果與績效 header', () => {
    const detected = Object.fromEntries(
      ['keelung-102-report', 'hsinchu-107-report', 'hualien-111-report', 'kaohsiung-109-plan', 'hq-115-plan'].map(
        (name) => [name, layout.detect(loadSourceFile(`content/sources/${name}.txt`, branches).text)],
      ),
    );
    expect(detected).toEqual({
      'keelung-102-report': true,
      'hsinchu-107-report': false,
      'hualien-111-report': false,
      'kaohsiung-109-plan': false,
      'hq-115-plan': false,
    });
  });

  it('does not take a four-column header with the same names but no 主辦單位 for the family', () => {
    expect(layout.detect(fixture('innovation-programme-table'))).toBe(false);
    expect(layout.detect(fixture('page-break-continuation-row'))).toBe(true);
  });

  it('needs the header cells exactly, not just the words on a line', () => {
    const text = sourceOf('inline.txt', '經濟部標準檢驗局基隆分局 102 年度提升服務品質執行成果與績效\n執行策略 執行方法 主辦單位 具體作法 執行成果與績效\n');
    expect(layout.detect(text)).toBe(false);
  });
});

describe('page-break-continuation-row', () => {
  const body = layout.parse(fixture('page-break-continuation-row'));

  it('merges the line after the repeated header into the row the page break cut', () => {
    expect(body.rows.map(rowIdOf)).toEqual(['d1-s1-m1-i1', 'd1-s1-m1-i2']);
    const cut = row(body, 'd1-s1-m1-i2');
    expect(cut.source.lines).toEqual([7, 10]);
    // "其所須檢" | "附之技術文件": joined without inventing a space.
    expect(cut.results).toContain('2. 業者申請商品驗證登錄或型式認可時，其所須檢附之技術文件，以電子檔傳送取代以往的臨櫃持送；');
    expect(cut.results.split('\n').map((p) => p.slice(0, 2))).toEqual(['1.', '2.', '3.', '4.', '5.']);
    // The actions continuation opens "3." and so starts its own paragraph.
    expect(cut.actions.split('\n')).toEqual([
      '1. 推動「申辦報驗全程電子化」、「免證」、「免驗」、「具結作業」、「收據電子化」等申辦進口報驗免臨櫃簡化作業。',
      '2. 驗證登錄審查作業流程簡化及申辦電子化。',
      '3. 計程車計費表檢定作業提供「一處申辦、全程服務」。',
      '4. 推動公文全程電子化，及進行文書流程簡化、減少申辦案件核章數。',
      '5. 檢視法規及制度，透過提案或會議等管道向主管機關提出流程簡化之建議。',
    ]);
  });

  it('splits the <p>-wrapped 執行方法 cell into the method and its first sub-item; "(2)" inherits the method', () => {
    const first = row(body, 'd1-s1-m1-i1');
    expect(first.strategy).toBe('(一) 推動便捷、透明之服務流程，提供高效率之服務');
    expect(first.method).toBe('1. 提升服務流程便捷性');
    expect(first.item).toBe('(1) 設置全功能櫃台，提供整合服務。');
    expect(first.unitsText).toBe('報驗發證課 五堵辦事處 蘇澳辦事處 馬祖辦事處 計量課 電資產品課 機械產品課 化工產品課');
    expect(first.source.lines).toEqual([6, 6]);
    const second = row(body, 'd1-s1-m1-i2');
    expect(second.method).toBe('1. 提升服務流程便捷性');
    expect(second.item).toBe('(2) 簡化申辦流程，縮短案件處理時間。');
  });

  it('declares the header rows as layout and reads the 構面 heading as written', () => {
    expect(body.layoutLines).toEqual([
      { line: 5, reason: 'table-header' },
      { line: 9, reason: 'repeated-header' },
    ]);
    expect(body.dimensions).toEqual([
      {
        number: 1,
        heading: '構面一、優質便民服務（第 1 類：第一線服務機關）',
        label: '優質便民服務',
        maxPoints: null,
        source: { lines: [3, 3] },
      },
    ]);
  });

  it('loses nothing', () => {
    expect(measureCoverage(fixture('page-break-continuation-row'), body).ratio).toBe(1);
  });
});

describe('cut-sub-item-text', () => {
  const body = layout.parse(fixture('cut-sub-item-text'));

  it('splits an unwrapped "1. 方法 (1) 子項" cell at the sub-item', () => {
    const first = row(body, 'd1-s2-m1-i1');
    expect(first.method).toBe('1. 服務場所便利性');
    expect(first.item).toBe('(1) 進行環境美(綠)化，及提供舒適、明亮、整潔、具特色之洽公場所。');
  });

  it('continues a sub-item text cut by the page break', () => {
    const cut = row(body, 'd1-s2-m1-i2');
    expect(cut.item).toBe('(2) 確保服務項目、服務人員(姓名及代理人) 、方向引導等標示正確、易於辨識，且提供雙語（或多語）標示服務。');
    expect(cut.unitsText).toBe('報驗發證課 五堵辦事處 蘇澳辦事處 馬祖辦事處');
    expect(cut.results).toBe(
      '1. 櫃檯服務項目及服務人員姓名雙語標示明確，提供明確指標，讓民眾能夠一目了然，迅速了解申辦作業資訊。 2. 辦公廳舍主要出入口掛置樓層配置圖，清楚標示各課室位置及盥洗室、哺乳室等各項設施指示',
    );
    expect(cut.source.lines).toEqual([7, 10]);
    expect(row(body, 'd1-s2-m1-i3').source.lines).toEqual([11, 11]);
  });
});

describe('cut-unit-list', () => {
  const text = fixture('cut-unit-list');
  const body = layout.parse(text);

  it('joins unit names cut by the page break with a space', () => {
    const cut = row(body, 'd1-s3-m2-i3');
    expect(cut.source.lines).toEqual([12, 15]);
    expect(cut.unitsText).toBe('電資產品課 機械產品課 化工產品課 計量課 報驗發證課 市場監督課 五堵辦事處 蘇澳辦事處 馬祖辦事處');
    expect(splitUnits(cut.unitsText).at(-1)).toBe('馬祖辦事處');
    expect(cut.actions).toContain('2. 透過每月定期之業務會議隨時檢討現有機制之運作方法');
    expect(cut.results).toContain('2. 錄案列管民眾反映意見，定期於每月業務會報');
  });

  it('keeps a method without sub-item, and markup other than <p> literally', () => {
    const survey = row(body, 'd1-s3-m1-i0');
    expect(survey.method).toBe('1. 提高民眾滿意度辦理服務滿意度調查，並針對服務滿意度趨勢進行分析，提出改善服務措施且確實執行。');
    expect(survey.item).toBe('');
    expect(survey.actions.startsWith('<ol style="list-style-type: none"> 1. 依服務對象之不同')).toBe(true);
    expect(survey.actions).toContain('改善解決民眾反映意見及問題。 3. 透過滿意度調查結果');
    expect(survey.source.lines).toEqual([6, 9]);
    expect(body.rows.map(rowIdOf)).toEqual(['d1-s3-m1-i0', 'd1-s3-m2-i1', 'd1-s3-m2-i2', 'd1-s3-m2-i3']);
  });

  it('loses nothing', () => {
    expect(measureCoverage(text, body).uncovered).toEqual([]);
  });
});

describe('method-in-strategy-column', () => {
  const body = layout.parse(fixture('method-in-strategy-column'));

  it('reads "2. …" in the 執行策略 column as the next method of the same strategy', () => {
    expect(body.rows.map(rowIdOf)).toEqual(['d2-s2-m1-i1', 'd2-s2-m1-i2', 'd2-s2-m2-i1']);
    const shifted = row(body, 'd2-s2-m2-i1');
    expect(shifted.strategy).toBe('(二) 推廣網路申辦及電子參與，提供友善網路服務，促進網路溝通');
    expect(shifted.method).toBe('2. 增加電子參與之多樣性');
    expect(shifted.item).toBe('(1) 鼓勵所屬機關於機關網頁提供多種電子參與途徑，且設有互動機制及實際回應。');
    expect(shifted.unitsText).toBe('資訊小組各單位');
    expect(shifted.source.lines).toEqual([10, 10]);
  });

  it('starts a new row after a page break when the 執行方法 cell opens a new sub-item', () => {
    expect(row(body, 'd2-s2-m1-i2').item).toBe('(2) 向民眾推廣使用網路申辦案件。');
    expect(row(body, 'd2-s2-m1-i2').source.lines).toEqual([9, 9]);
  });
});

describe('innovation-programme-table', () => {
  const text = fixture('innovation-programme-table');
  const body = layout.parse(text);

  it('cuts the programme into one row per numbered 執行方法 entry', () => {
    expect(body.rows.map(rowIdOf)).toEqual([
      'd3-s0-m1-i1',
      'd3-s0-m1-i2',
      'd3-s0-m1-i3',
      'd3-s0-m1-i4',
      'd3-s0-m2-i1',
      'd3-s0-m2-i2',
      'd3-s0-m2-i3',
      'd3-s0-m1-i0',
      'd3-s0-m2-i0',
      'd3-s0-m0-i0',
    ]);
    expect(body.rows.every((r) => r.unitsText === '')).toBe(true);
  });

  it('gives the programme part "一、" as method and its entries "1." as sub-items', () => {
    const first = row(body, 'd3-s0-m1-i1');
    expect(first.strategy).toBe('提出有價值的創意服務');
    expect(first.method).toBe('【生活消費保安心】 一、確保消費安心及全面提供商品安全資訊');
    expect(first.item).toBe('1. 專業檢驗第一線安全把關 商品上市前源頭把關及消費市場安全把關');
    const second = row(body, 'd3-s0-m1-i2');
    expect(second.item).toBe('2. 消費安心資訊 e 化推廣\n運用資通訊社群行銷服務，讓民眾隨時可取得消費安心資訊');
    expect(row(body, 'd3-s0-m2-i1').method).toBe('【通關報驗快e通】\n二、使符合安全及標準規範之商品儘快通關上市');
  });

  it('hands the tail pushed into the next method\'s line back to the method it belongs to', () => {
    const first = row(body, 'd3-s0-m1-i1');
    // Line 11 opens method 2., but its actions start with "(5)" and its results with "格比率…" of method 1.
    expect(first.source.lines).toEqual([8, 11]);
    expect(first.actions.split('\n').at(-1)).toBe('(5) 商品事故 e 化通報及事後行動到府處理。');
    expect(first.results).toContain('大陸產製玩具不合格比率，自 99 年 2.94% 逐年降至 102 年 0.46%');
    expect(first.results.split('\n').at(-1)!.startsWith('(5) 接獲商品事故通報')).toBe(true);
    const second = row(body, 'd3-s0-m1-i2');
    expect(second.actions.startsWith('2. 提供消費安全資訊，全面 e 化加強宣導，提升安全意識')).toBe(true);
    expect(second.results.startsWith('2. 商品安全宣導導入資通訊社群行銷')).toBe(true);
    // Results of method 4. carry no "4.": they open where the sub-list restarts at "(1)".
    const fourth = row(body, 'd3-s0-m1-i4');
    expect(fourth.results.startsWith('(1) 臨場辦理「計程車計費表下鄉檢定」')).toBe(true);
    expect(fourth.source.lines).toEqual([17, 17]);
    expect(row(body, 'd3-s0-m1-i3').results.split('\n').at(-1)!.startsWith('(3) 走入各傳統市場')).toBe(true);
  });

  it('joins words cut by the page break inside the programme columns', () => {
    const third = row(body, 'd3-s0-m2-i3');
    expect(third.actions).toContain('合作整合其他分局間封存查核案。');
    expect(third.results).toContain('免紙本來回遞送。縮短業者接受服務後之審查時間共計 16 小時');
    expect(third.source.lines).toEqual([26, 29]);
    expect(row(body, 'd3-s0-m2-i2').actions.split('\n').slice(-2)).toEqual([
      '(6) 取樣檢驗資訊開放網路查詢。',
      '(7) 合格證書及查驗證明。書電子化提供綠能服務。',
    ]);
  });

  it('splits a cell holding two methods by their numbers in all three columns', () => {
    const one = row(body, 'd3-s0-m1-i0');
    expect(one.strategy).toBe('創新服務 標竿學習 效益');
    expect(one.method).toBe('1. 提出具有標竿學習效益之創新服務工作。');
    expect(one.actions).toBe('1. 藉由分局各項創新提案機制，研提創新方案。');
    expect(one.source.lines).toEqual([30, 30]);
    const two = row(body, 'd3-s0-m2-i0');
    expect(two.method).toBe('2. 加強擴散分局創新服務工作之標竿學習效益。');
    expect(two.actions).toContain('(3) 提供中華貨物通關協會等業界之各項檢驗實務諮詢。 (4) 利用各種網路平台');
    expect(two.results.startsWith('2.\n(1) 辦理「進口商品報驗免臨櫃—加速通關報驗」')).toBe(true);
    expect(two.source.lines).toEqual([30, 33]);
  });

  it('keeps an unnumbered strategy and method whole', () => {
    const last = row(body, 'd3-s0-m0-i0');
    expect(last.strategy).toBe('組織內部創新機制及運作情形');
    expect(last.method).toBe('建立分局內部創新提案機制，並能夠持續推動運作。');
    expect(last.actions).toContain('每年研提創新或提升執行效率之研究計畫。\n2. 藉由參與說明會');
    expect(last.results).toContain('102 年「建立義務監視員參與宣導模式之研究」');
    expect(last.source.lines).toEqual([34, 37]);
  });

  it('keeps the programme name line as a note', () => {
    expect(body.notes).toEqual([
      {
        text: '創新服務計畫名稱：「生活消費保安心&通關報驗快 e 通服務升級計畫」',
        kind: 'programme-name',
        source: { lines: [5, 5] },
      },
    ]);
    expect(body.dimensions.map((d) => [d.number, d.label])).toEqual([[3, '創新增值服務']]);
  });

  it('loses nothing', () => {
    expect(measureCoverage(text, body).ratio).toBe(1);
  });
});

describe('problems it cannot place', () => {
  it('a file that stops after a row cut mid-word', () => {
    const error = parseError(fixture('truncated-mid-row'));
    expect(error.line).toBe(7);
    expect(error.message).toMatch(/mid-sentence.*truncated/);
  });

  it('a last line cut inside a <p> cell', () => {
    const lines = fixtureText('page-break-continuation-row').split('\n');
    const error = parseError(edited('page-break-continuation-row', { 10: lines[9].slice(0, -40) }));
    expect(error.line).toBe(10);
    expect(error.message).toMatch(/never closes/);
  });

  it('a line with fewer cells than the header', () => {
    const lines = fixtureText('page-break-continuation-row').split('\n');
    const cut = lines[9].split('\t').slice(0, 4).join('\t');
    const error = parseError(edited('page-break-continuation-row', { 10: cut }));
    expect(error.line).toBe(10);
    expect(error.message).toMatch(/expected 5 tab-separated cells, found 4/);
  });

  it('a file ending with a repeated header row', () => {
    const error = parseError(edited('page-break-continuation-row', { 10: null }));
    expect(error.line).toBe(9);
    expect(error.message).toMatch(/repeated header/);
  });

  it('a continuation line that no page break explains', () => {
    const error = parseError(edited('page-break-continuation-row', { 8: null, 9: null }));
    expect(error.line).toBe(8);
    expect(error.message).toMatch(/does not continue a row cut by a page break/);
  });

  it('a table row with no header above it', () => {
    const error = parseError(edited('page-break-continuation-row', { 5: null }));
    expect(error.line).toBe(5);
  });

  it('programme columns whose numbered groups do not match the 執行方法 entries', () => {
    const lines = fixtureText('innovation-programme-table').split('\n');
    const withoutResultOne = lines[29].replace(/<p>1\. 推動執行 2 項.*?<\/p> /, '');
    expect(withoutResultOne).not.toBe(lines[29]);
    const error = parseError(edited('innovation-programme-table', { 30: withoutResultOne }));
    expect(error.line).toBe(30);
    expect(error.message).toMatch(/執行成果與績效 column holds 1 numbered groups for 2 entries/);
  });
});

describe('the whole Keelung 102 report', () => {
  const text = loadSourceFile(KEELUNG, branches).text;
  const body = layout.parse(text);

  it('has the rows of each 構面', () => {
    const perDimension = [1, 2, 3].map((d) => body.rows.filter((r) => r.key.dimension === d).length);
    expect(perDimension).toEqual([24, 14, 10]);
    expect(new Set(body.rows.map(rowIdOf)).size).toBe(body.rows.length);
    expect(rowIdsOf(body).every((id) => /\d$/.test(id)) && body.rows.every((r) => r.resultsPeriod === null)).toBe(true);
  });

  it('reads the three 構面 headings as written', () => {
    expect(body.dimensions.map((d) => [d.number, d.heading, d.label, d.maxPoints, d.source.lines[0]])).toEqual([
      [1, '構面一、優質便民服務（第 1 類：第一線服務機關）', '優質便民服務', null, 5],
      [2, '構面二、資訊流通服務（第1類：第一線服務機關）', '資訊流通服務', null, 66],
      [3, '構面三、創新增值服務（第 1 類：第一線服務機關）', '創新增值服務', null, 96],
    ]);
  });

  it('reads chosen rows field by field', () => {
    const phone = row(body, 'd1-s2-m2-i2');
    expect(phone).toEqual({
      key: { dimension: 1, strategy: 2, method: 2, item: 2 },
      strategy: '(二) 營造機關為民服務專業、親切之良好形象',
      method: '2. 提高服務行為友善性與專業性',
      item: '(2) 重視電話禮貌，不定期進行禮貌測試，每 3 個月至少測試 1 次。',
      unitsText: '各單位',
      actions:
        '1. 本分局已訂定「電話禮貌測試執行計畫」。 2. 由各單位遴派代表組成測試小組，機關內部自行執行電話禮貌測試，同時由他機關執行外部電話禮貌測試，確保測試結果優良。',
      results:
        '1. 共執行電話禮貌測試 96 人次；測試分數平均 94 分，答題正確率 95%。 2. 除自行辦理電話禮貌測試外，並與其他分局、上級機關共同辦理電話禮貌測試，測試分數均達 90 分以上。',
      resultsPeriod: null,
      source: { lines: [45, 45] },
    });

    const cut = row(body, 'd1-s1-m1-i2');
    expect(cut.source.lines).toEqual([9, 12]);
    expect(splitUnits(cut.unitsText)).toEqual([
      '電資產品課', '機械產品課', '化工產品課', '計量課', '報驗發證課', '市場監督課',
      '五堵辦事處', '蘇澳辦事處', '馬祖辦事處', '秘書室', '資訊小組',
    ]);
    expect(cut.results).toContain('其所須檢附之技術文件');

    const search = row(body, 'd2-s1-m3-i1');
    expect(search.method).toBe('3. 提升資訊檢索之完整性與便捷性');
    expect(search.item).toBe(
      '(1) 機關依據行政院函頒「行政機關電子資料流通實施要點」，及研考會函頒「行政機關電子資料詮釋資料及分類檢索規範」等相關規定提供分類檢索服務及訊息訂閱服務 (RSS)',
    );
    expect(search.actions.startsWith('1. 為提升網站檢索的互動性與友善性，本分局採用Web2.0 網頁設計模式完成全球資訊網之建置')).toBe(true);
    expect(search.results.startsWith('1. 依據行政院規定，本分局全球資訊網已建置所有網頁與附件之分類檢索')).toBe(true);
    expect(search.source.lines).toEqual([77, 80]);

    const noUnits = row(body, 'd2-s1-m2-i3');
    expect(noUnits.unitsText).toBe('');
    expect(noUnits.source.lines).toEqual([75, 75]);

    const metering = row(body, 'd3-s0-m1-i4');
    expect(metering.item).toBe('4. 行動化到府服務 主動遞送服務給民眾，確保計量準確及提供計量到府服務');
    expect(metering.source.lines).toEqual([110, 110]);
  });

  it('declares every header row as layout and nothing else', () => {
    const reasons = body.layoutLines.map((l) => l.reason);
    expect(reasons.filter((r) => r === 'table-header')).toHaveLength(3);
    expect(reasons.filter((r) => r === 'repeated-header')).toHaveLength(26);
    for (const { line } of body.layoutLines) expect(text.lines[line - 1]).toMatch(/^執行策略\t執行方法\t/);
  });

  it('covers every content line', () => {
    const coverage = measureCoverage(text, body);
    expect(coverage.uncovered).toEqual([]);
    expect(coverage.ratio).toBe(1);
  });

  it('places every content character exactly once (inherited strategy/method text counted once)', () => {
    const layoutLines = new Set(body.layoutLines.map((l) => l.line));
    const source = text.lines
      .filter((_, i) => i + 1 !== text.titleLine && !layoutLines.has(i + 1))
      .map((line) => line.replace(/<\/?p>/g, ''))
      .join('');
    const shared = new Set<string>();
    const model = [
      ...body.dimensions.map((d) => d.heading),
      ...body.notes.map((n) => n.text),
      ...body.rows.flatMap((r) => {
        const inherited = [r.strategy, r.method].filter((t) => !shared.has(t));
        inherited.forEach((t) => shared.add(t));
        return [...inherited, r.item, r.unitsText, r.actions, r.results];
      }),
    ].join('');
    const sorted = (s: string) => [...squash(s)].sort().join('');
    expect(sorted(model)).toBe(sorted(source));
  });
});
