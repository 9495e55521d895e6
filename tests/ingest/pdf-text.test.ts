import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { loadSourceFile } from '../../src/ingest/source.ts';
import { normaliseText, splitLines } from '../../src/ingest/normalise.ts';
import { pdfTextLayout } from '../../src/ingest/layouts/pdf-text.ts';
import {
  displayWidth,
  joinBroken,
  paragraphsOf,
  toPdfLines,
  undoLetterSpacing,
} from '../../src/ingest/layouts/pdf-text-lines.ts';
import { readUnitRun, unitNames } from '../../src/ingest/layouts/pdf-text-units.ts';
import { numberingMovesOn, splitActionsAndResults } from '../../src/ingest/layouts/pdf-text-cells.ts';
import { readScoreAppendix } from '../../src/ingest/layouts/pdf-text-scores.ts';
import { branches, fixturesOf, ingestErrorOf, rowById, rowIdOf } from './support.ts';
import { measureCoverage } from '../../src/ingest/coverage.ts';
import { IngestError } from '../../src/model/errors.ts';
import type { ParsedBody, SourceText } from '../../src/ingest/layout.ts';

const KAOHSIUNG = 'content/sources/kaohsiung-109-plan.txt';

/**
 * Fixtures are verbatim cuts of the Kaohsiung 109 plan (bytes copied, compatibility ideographs and
 * private-use bullets included). Each starts with the plan's title line (source line 1) so it loads
 * like a document, followed by these source line ranges:
 *   front-matter-and-first-row            1–75
 *   interleaved-unit-and-action           38–132
 *   letter-spaced-words                   38–76
 *   page-break-splits-actions-and-results 627–797
 *   page-break-restarts-numbering         627–631, 916–1143
 *   page-footer-between-dimensions        1273–1278, 1346–1436
 *   unnumbered-method-with-sub-items      1373–1378, 1460–1524
 *   strategy-and-method-on-one-line       1525–1589
 *   truncated-before-results              38–67
 *   truncated-mid-sentence                38–71
 *   row-without-strategy                  38–47, 76–132
 * score-table is source lines 1590–1648 alone (no title). header-repeated-at-page-break is assembled
 * from verbatim lines to show a case the plan does not have but PDF tables often do: lines 627–761,
 * then the column header (629–630) repeated where the page breaks inside a row, then 762–797.
 */
const fixture = fixturesOf('pdf-text');

function parseFixture(name: string): ParsedBody {
  return pdfTextLayout.parse(fixture(name));
}

const parseError = (name: string): IngestError => ingestErrorOf(() => parseFixture(name));


const row = rowById;

function pdfLinesOf(text: string) {
  return toPdfLines(splitLines(normaliseText(text)));
}

describe('detect', () => {
  it('recognises the Kaohsiung plan: no tabs, a 執行策略 header', () => {
    expect(pdfTextLayout.id).toBe('pdf-text');
    expect(pdfTextLayout.detect(loadSourceFile(KAOHSIUNG, branches).text)).toBe(true);
  });
  it.each(['keelung-102-report', 'hsinchu-107-report', 'hualien-111-report', 'hq-115-plan'])(
    'does not claim the tab-table source %s',
    (name) => {
      expect(pdfTextLayout.detect(loadSourceFile(`content/sources/${name}.txt`, branches).text)).toBe(false);
    },
  );
});

describe('line helpers', () => {
  it('undoes PDF letter-spacing only between single Han characters', () => {
    expect(undoLetterSpacing('業 務 標 準 作 業 流')).toBe('業務標準作業流');
    expect(undoLetterSpacing('湖 辦 事')).toBe('湖辦事');
    expect(undoLetterSpacing('設 施 ( 如 飲 水 ')).toBe('設施 ( 如飲水 ');
    expect(undoLetterSpacing('(2) 網 站 整 合 Google site ')).toBe('(2) 網站整合 Google site ');
    // Words, digits and double spaces are text, not spacing.
    expect(undoLetterSpacing('計 14 場次')).toBe('計 14 場次');
    expect(undoLetterSpacing('編號 受 考')).toBe('編號 受考');
    expect(undoLetterSpacing('業  務')).toBe('業  務');
  });
  it('measures width with CJK characters counting two columns', () => {
    expect(displayWidth('(2) 簡化申辦流程，縮短')).toBe(22);
    expect(displayWidth('  3.提高服務人員專業')).toBe(18);
  });
  it('joins broken lines: Han directly, Latin by the trailing-space mark, Han and digits with a space', () => {
    expect(joinBroken('(1) 計修訂分局品質手冊 4 章', '節，程序書 9 件', false)).toBe(
      '(1) 計修訂分局品質手冊 4 章節，程序書 9 件',
    );
    expect(joinBroken('獨立網址 https://kaohsiung.bsmi.gov.t', 'w/，業向', false)).toBe(
      '獨立網址 https://kaohsiung.bsmi.gov.tw/，業向',
    );
    expect(joinBroken('(2) 網站整合 Google site', 'search，提供', true)).toBe('(2) 網站整合 Google site search，提供');
    expect(joinBroken('認證標準，年度預計參加', '3 場次。', false)).toBe('認證標準，年度預計參加 3 場次。');
    expect(joinBroken('並定期派員檢視', '(測)維護。', false)).toBe('並定期派員檢視(測)維護。');
    expect(joinBroken('3.', '取得型式認可之商品於報', true)).toBe('3. 取得型式認可之商品於報');
  });
  it('marks the first line of a page: indented right under text, or after a footer', () => {
    const lines = fixture('interleaved-unit-and-action.txt').lines;
    const pdf = toPdfLines(lines);
    // Source line 102 "  3.提高服務人員專業" follows line 101 without a blank line.
    const pageStarts = pdf.filter((l) => l.pageStart).map((l) => l.text);
    expect(pageStarts).toEqual(['3.提高服務人員專業']);
    const footer = toPdfLines(fixture('page-footer-between-dimensions.txt').lines);
    expect(footer.find((l) => l.pageStart && l.text.startsWith('構面四'))).toBeDefined();
  });
  it('rebuilds paragraphs across blank lines, opening one at numbering, bullets and full stops', () => {
    const paragraphs = paragraphsOf(
      pdfLinesOf('1.  \n(1) 計修訂分局品質手冊 4 章\n\n節，程序書 9 件。 \n● 第二點。\n另，辦理\n方案」。'),
    );
    expect(paragraphs.map((p) => p.text)).toEqual([
      '1.',
      '(1) 計修訂分局品質手冊 4 章節，程序書 9 件。',
      '● 第二點。',
      '另，辦理方案」。',
    ]);
    expect(paragraphs.map((p) => p.lines)).toEqual([
      [1, 1],
      [2, 4],
      [5, 5],
      [6, 7],
    ]);
  });
});

describe('主辦單位 cells', () => {
  it('splits joined unit names', () => {
    expect(unitNames('秘書室第五課金門、澎湖辦事處')).toEqual(['秘書室', '第五課', '金門、澎湖辦事處']);
    expect(unitNames('各業務課')).toEqual(['各業務課']);
    expect(unitNames('性')).toBeNull();
  });
  it('reads a unit name broken and letter-spaced over lines', () => {
    const lines = pdfLinesOf('各 業 務\n課 \n\n1. 訂定申辦業務標準作業流');
    expect(readUnitRun(lines, 0)).toMatchObject({ names: ['各業務課'], lines: [1, 2], rest: '' });
  });
  it('parts a unit from the actions that share its line', () => {
    const lines = pdfLinesOf('各單位 3. 各單位辦理各類專業教育');
    expect(readUnitRun(lines, 0)).toMatchObject({ names: ['各單位'], lines: [1], rest: '3. 各單位辦理各類專業教育' });
    expect(readUnitRun(pdfLinesOf('秘書室 (4) 設置有愛心服務鈴、無障'), 0)?.rest).toBe('(4) 設置有愛心服務鈴、無障');
  });
  it('does not take the end of a method cell for a unit', () => {
    expect(readUnitRun(pdfLinesOf('性 \n\n(1) 網站應以使用者為'), 0)).toBeNull();
  });
});

describe('具體作法 / 執行績效與成果 split', () => {
  it('numbering within one cell only moves on', () => {
    const column = (...texts: string[]) => paragraphsOf(pdfLinesOf(texts.join('\n')));
    expect(
      numberingMovesOn(column('1. 突破成長', '(1) 網路平台合作。', '(2) 自己計量。', '2. 優質。', '(1) 再一次。')),
    ).toBe(true);
    expect(numberingMovesOn(column('(2) 委託他分局。', '(2) 委託他分局代為查核。'))).toBe(false);
  });
  it('refuses to guess between two equally good cuts', () => {
    const body = pdfLinesOf('甲乙丙丁。\n戊己庚辛。\n壬癸子丑。').filter((l) => l.text);
    expect(() => splitActionsAndResults('x.txt', body)).toThrow(/two cuts fit equally well/);
  });
});

describe('fixtures', () => {
  it('front matter: issuing line, sections with paragraphs rejoined, first row', () => {
    const body = parseFixture('front-matter-and-first-row.txt');
    expect(body.issuedOn).toEqual({
      text: '109 年 1 月 22 日經標高秘字第 10900504340 號函訂定',
      date: '2020-01-22',
      letter: '經標高秘字第 10900504340 號',
      source: { lines: [3, 3] },
    });
    expect(body.sections.map((s) => s.heading)).toEqual([
      '壹、計畫依據',
      '貳、計畫目標',
      '參、實施對象',
      '肆、執行策略及方法',
    ]);
    expect(body.sections[0].text).toBe(
      '一、行政院 106 年 1 月 9 日院授發社字第 1061300008 號函頒「政府服務躍升方案」。\n' +
        '二、經濟部 106 年 3 月 15 日經研字第 10604502170 號函頒「經濟部提升服務效能實施計畫」。\n' +
        '三、標準檢驗局 109 年 1 月 21 日經標秘字第 10990001530 號函訂定之「提升服務效能執行計畫」。',
    );
    expect(body.sections[0].source).toEqual({ lines: [5, 17] });
    expect(body.sections[3]).toEqual({
      heading: '肆、執行策略及方法',
      text: '一、整體服務類',
      source: { lines: [35, 37] },
    });
    expect(body.dimensions).toEqual([
      {
        number: 1,
        heading: '構面一：基礎服務(200 分)',
        label: '基礎服務',
        maxPoints: 200,
        source: { lines: [39, 39] },
      },
    ]);
    expect(body.layoutLines).toEqual([41, 43, 45, 47].map((line) => ({ line, reason: 'table-header' })));
    expect(body.rows.map(rowIdOf)).toEqual(['d1-s1-m1-i0']);
    expect(measureCoverage(fixture('front-matter-and-first-row.txt'), body).ratio).toBe(1);
  });

  it('letter-spaced words in method and unit cells', () => {
    const r = parseFixture('letter-spaced-words.txt').rows[0];
    expect(r.method).toBe(
      '1. 訂定申辦業務標準作業流程:訂定申辦業務標準作業流程，維持服務措施處理一致性，且持續檢討申辦項目表單，進行簡化及標準化等。',
    );
    expect(r.unitsText).toBe('各業務課');
  });

  it('a unit cell sharing its line with the actions, and a row opening a page', () => {
    const body = parseFixture('interleaved-unit-and-action.txt');
    expect(body.rows.map(rowIdOf)).toEqual(['d1-s1-m1-i0', 'd1-s1-m2-i0', 'd1-s1-m3-i0']);
    const third = body.rows[2];
    expect(third.method).toBe(
      '3.提高服務人員專業度:強化服務人員(含委外 call center 人員)對涉及服務業務處理流程及相關法規之專業與熟悉程度。',
    );
    expect(third.unitsText).toBe('各單位');
    expect(third.actions).toBe(
      '3. 各單位辦理各類專業教育訓練，強化服務流程及相關法規之專業與熟悉程度，年度預計舉辦 11 場次。實驗室參加能力比對計畫，確保實驗室技術能力及品質管理，符合 TAF 認證標準，年度預計參加 3 場次。',
    );
    expect(third.results.split('\n')).toEqual([
      '3. 辦理各類專業教育訓練，強化服務流程及相關法規之專業與熟悉程度，計 14 場次(含 5 場資訊安全)。',
      '實驗室參加能力比對計畫，確保實驗室技術能力及品質管理，符合 TAF 認證標準，計 3 場次(含內部能力比對 2 場、外部能力比對 1 場)。',
      '另，辦理防護團暨消防訓練課程 1 場次。',
    ]);
    // The second row's results go on with a paragraph that opens with "；".
    expect(body.rows[1].results).toBe(
      '2. 每月定期執行逾期案件稽催 2 次，計稽催 6 件；主動通知業者未派員取樣檢驗或查核封存 24 件。\n' +
        '；以電話聯繫申辦案件之加油站及衡器業者檢定時間，計通知 682 家。',
    );
    expect(measureCoverage(fixture('interleaved-unit-and-action.txt'), body).ratio).toBe(1);
  });

  it('a page break inside a row: actions and results each continue on the next page', () => {
    const body = parseFixture('page-break-splits-actions-and-results.txt');
    expect(body.rows.map(rowIdOf)).toEqual(['d2-s1-m1-i0', 'd2-s1-m2-i1', 'd2-s1-m2-i2', 'd2-s1-m2-i3', 'd2-s1-m3-i0']);
    const r = row(body, 'd2-s1-m3-i0');
    expect(r.actions.split('\n')).toEqual([
      '3. 取得型式認可之商品於報驗申請書上已填具型式認可證書證號者，免附型式認可證書影本。',
      '運用外銷水產品 (EFS)系統，廠商上傳原料申請編號、HACCP 計畫書及缺失矯正報告，由審核人員線上審核，節省紙本耗費及寄送時間。',
      '運用跨機關電子查驗，取代各類紙本書表：對於關務署通知需共同查驗案件，由現行紙本傳真通聯、人工查詢會辦及電話回復，改以網路連結傳送，再由本局資訊系統直接通知業務課及回復關務署。',
    ]);
    expect(r.results.split('\n')).toEqual([
      '3. 取得型式認可之商品於報驗申請書上已填具型式認可證書證號者，計免附型式認可證書影本 468 件。',
      '運用外銷水產品(EFS)系統，廠商上傳原料申請編號 1,088 件，每件節省 5 張紙；申請外銷水產品特約檢驗無需檢附 HACCP 計畫書 1,191 件，每件節省 13 張紙；缺失矯正報告 23 件，每件節省 30 張紙、業者送件時間 2 天；以上均由審核人員線上審核，共計節省 21,613 張紙及送件時間 46 天。',
      '對於關務署通知需共同查驗案件，己完成網路作業系統並上線運作，直接由系統通知業務課並由業務單位及時回復關務署。',
    ]);
    // Bare "2." lines restate the method number above the sub-item's action and result.
    expect(row(body, 'd2-s1-m2-i1').actions).toBe(
      '2.\n(1) 提供一處收件全程服務，臨櫃民眾可於現場透過雙向電腦螢幕同步核對資料之正確性。',
    );
    expect(measureCoverage(fixture('page-break-splits-actions-and-results.txt'), body).ratio).toBe(1);
  });

  it('a column header repeated at a page break inside a row is layout and opens the page', () => {
    const body = parseFixture('header-repeated-at-page-break.txt');
    const plain = parseFixture('page-break-splits-actions-and-results.txt');
    expect(body.layoutLines.filter((l) => l.reason === 'repeated-header')).toEqual([
      { line: 137, reason: 'repeated-header' },
      { line: 138, reason: 'repeated-header' },
    ]);
    const texts = (b: ParsedBody) => b.rows.map((r) => [rowIdOf(r), r.unitsText, r.actions, r.results]);
    expect(texts(body)).toEqual(texts(plain));
    expect(measureCoverage(fixture('header-repeated-at-page-break.txt'), body).ratio).toBe(1);
  });

  it('a page break inside a row where the next page goes on numbering (2)…(5) twice', () => {
    const body = parseFixture('page-break-restarts-numbering.txt');
    expect(body.rows.map(rowIdOf)).toEqual(['d2-s2-m1-i0', 'd2-s2-m2-i0', 'd2-s2-m3-i0']);
    const second = row(body, 'd2-s2-m2-i0');
    expect(second.actions.split('\n').map((p) => p.slice(0, 3))).toEqual(['2. ', '(1)', '(2)', '(3)', '(4)', '(5)']);
    expect(second.results.split('\n').map((p) => p.slice(0, 3))).toEqual(['2.', '(1)', '(2)', '(3)', '(4)', '(5)']);
    expect(second.results).toContain(
      '(2) 專人負責驗證登錄及型式認可案件審查收件登錄，以利廠商查詢案件進度，計 365 件。',
    );
    // "…檢測服" / "務。" and "…主動免費檢測" / "服務，計辦理 404 具。" are sentences cut by the page.
    const third = row(body, 'd2-s2-m3-i0');
    expect(third.actions).toContain(
      '(3) 針對特殊或弱勢族群、偏遠或交通不便地區民眾、學校及醫院，提供耳溫槍、血壓計、體重計等度量衡器主動免費檢測服務。',
    );
    expect(third.results).toContain('提供耳溫槍、血壓計、體重計等計量主動免費檢測服務，計辦理 404 具。');
    expect(third.results.split('\n').at(-1)).toBe(
      '(4) 因應轄區多傳統小型產業及家族企業，資訊能力與線上操作較薄弱之業者，主動聯繫提供專業團隊到府(點)服務，計 21 家。',
    );
    expect(measureCoverage(fixture('page-break-restarts-numbering.txt'), body).ratio).toBe(1);
  });

  it('a page footer between dimensions is layout, and the next dimension follows', () => {
    const body = parseFixture('page-footer-between-dimensions.txt');
    expect(body.layoutLines).toContainEqual({ line: 34, reason: 'page-footer' }); // source line 1372
    expect(body.dimensions.map((d) => d.heading)).toEqual(['構面三：服務量能(200 分)', '構面四：服務評價(200 分)']);
    expect(body.rows.map(rowIdOf)).toEqual(['d3-s2-m0-i0', 'd4-s1-m1-i1', 'd4-s1-m1-i2', 'd4-s1-m1-i3']);
    expect(body.rows[0]).toMatchObject({
      strategy: '(二)服務機制精進',
      method: '深化服務量能:建立內部常態性服務精進運作機制，首長領導參與及成員投入服務創新精進。',
      actions: '各課每月召開課務會議，檢討業務相關流程或規定。',
      results: '各課每月皆召開課務會議，檢討業務相關流程或規定。',
    });
    expect(measureCoverage(fixture('page-footer-between-dimensions.txt'), body).ratio).toBe(1);
  });

  it('an unnumbered method with sub-items (1)(2)(3)', () => {
    const body = parseFixture('unnumbered-method-with-sub-items.txt');
    expect(body.rows.map(rowIdOf)).toEqual(['d4-s2-m0-i1', 'd4-s2-m0-i2', 'd4-s2-m0-i3']);
    expect(body.rows.map((r) => r.unitsText)).toEqual(['研考', '各單位', '各單位']);
    expect(body.rows.every((r) => r.method === '有效及時處理民眾之意見、抱怨及陳情:')).toBe(true);
  });

  it('a strategy and its method on one line', () => {
    const body = parseFixture('strategy-and-method-on-one-line.txt');
    expect(body.rows.map((r) => [rowIdOf(r), r.strategy])).toEqual([
      ['d5-s1-m0-i0', '(一)開放參與'],
      ['d5-s2-m0-i0', '(二)創新服務'],
    ]);
    expect(body.rows[1].method.startsWith('提出有別於現行的想法或方式')).toBe(true);
    expect(body.rows[1].actions.split('\n').map((p) => p.slice(0, 2))).toEqual(['1.', '2.']);
    expect(body.rows[1].results.split('\n').map((p) => p.slice(0, 2))).toEqual(['1.', '2.']);
  });

  it('the self-assessment score table', () => {
    const lines = toPdfLines(
      splitLines(normaliseText(readFileSync('tests/fixtures/pdf-text/score-table.txt', 'utf8'))),
    );
    const appendix = readScoreAppendix('score-table.txt', lines);
    expect(appendix.scores).toEqual({
      items: [
        { dimension: '一、基礎服務', score: 180, max: 200 },
        { dimension: '二、服務遞送', score: 275, max: 300 },
        { dimension: '三、服務量能', score: 185, max: 200 },
        { dimension: '四、服務評價', score: 180, max: 200 },
        { dimension: '五、開放創新', score: 90, max: 100 },
      ],
      total: 910,
      max: 1000,
      grade: '優',
      assessedOnText: '109.07',
      assessedOn: '2020-07',
      scale: '優=900 分以上；甲=899-800 分；乙=799-700 分；丙=699-600 分；丁=599 分以下',
      source: { lines: [6, 55] },
    });
    expect(appendix.notes.map((n) => [n.kind, n.text])).toEqual([
      ['table-caption', '【附表 2】\n經濟部標準檢驗局 109 年度提升服務效能自行考核結果統計表'],
      ['assessed-unit', '受考核單位：經濟部標準檢驗局高雄分局'],
      ['score-table-row', '高雄分局\n高雄分局\n180 275 185 180 90 910 優 109.07'],
      ['score-follow-up', '※考核結果處理情形：將考核結果登載於本分局網頁。'],
    ]);
    expect(appendix.layoutLines.map((l) => l.line)).toEqual([
      7, 9, 11, 13, 15, 17, 19, 21, 23, 24, 26, 28, 30, 32, 33, 35, 36, 38, 39, 41, 42, 44,
    ]);
  });
});

describe('errors name the line', () => {
  it('a table cut off before the results cell', () => {
    const error = parseError('truncated-before-results.txt');
    expect(error.line).toBe(30);
    expect(error.detail).toMatch(/no 執行績效與成果/);
  });
  it('a table cut off mid-sentence', () => {
    const error = parseError('truncated-mid-sentence.txt');
    expect(error.line).toBe(35);
    expect(error.detail).toMatch(/mid-sentence/);
  });
  it('a table whose first row has no strategy', () => {
    const error = parseError('row-without-strategy.txt');
    expect(error.line).toBe(13);
    expect(error.detail).toMatch(/does not start with a strategy/);
  });
});

describe('golden: the Kaohsiung 109 plan', () => {
  let source: SourceText;
  let body: ParsedBody;
  beforeAll(() => {
    source = loadSourceFile(KAOHSIUNG, branches).text;
    body = pdfTextLayout.parse(source);
  });

  it('rows per dimension', () => {
    const perDimension = [1, 2, 3, 4, 5].map((d) => body.rows.filter((r) => r.key.dimension === d).length);
    expect(perDimension).toEqual([22, 15, 2, 7, 2]);
    expect(new Set(body.rows.map(rowIdOf)).size).toBe(body.rows.length);
    expect(body.rows.every((r) => r.resultsPeriod === '1-6月')).toBe(true);
    expect(body.dimensions.map((d) => [d.number, d.label, d.maxPoints])).toEqual([
      [1, '基礎服務', 200],
      [2, '服務遞送', 300],
      [3, '服務量能', 200],
      [4, '服務評價', 200],
      [5, '開放創新', 100],
    ]);
  });

  it('構面一 (一) 1. 訂定申辦業務標準作業流程', () => {
    expect(row(body, 'd1-s1-m1-i0')).toEqual({
      key: { dimension: 1, strategy: 1, method: 1, item: 0 },
      strategy: '(一 )服務一致及正確性',
      method:
        '1. 訂定申辦業務標準作業流程:訂定申辦業務標準作業流程，維持服務措施處理一致性，且持續檢討申辦項目表單，進行簡化及標準化等。',
      item: '',
      unitsText: '各業務課',
      actions: '1. 訂定申辦業務標準作業流程，維持服務措施處理一致性，並持續檢討、簡化業務執行相關流程及表單。',
      results:
        '1.\n(1) 計修訂分局品質手冊 4 章節，程序書 9 件，以維持品質管理系統運作適切性。\n(2) 檢討申辦業務標準作業流程 33 件，制(修)訂 6 件。',
      resultsPeriod: '1-6月',
      source: { lines: [48, 75] },
    });
  });

  it('構面一 (二) 3. (2) 注重電話禮貌: a sub-item row keeps its strategy and method', () => {
    expect(row(body, 'd1-s2-m3-i2')).toEqual({
      key: { dimension: 1, strategy: 2, method: 3, item: 2 },
      strategy: '(二 )服務友善性',
      method: '3.提高服務行為友善性',
      item: '(2) 注重電話禮貌，不定期進行禮貌測試。',
      unitsText: '秘書室',
      actions: '(2) 訂有電話禮貌測試執行計畫，由各單位遴派代表組成測試小組，年度預計測試 117 人次以上。',
      results: '(2) 訂有電話禮貌測試執行計畫，由各單位遴派代表組成測試小組，1 至 6 月計測試 65 人次。',
      resultsPeriod: '1-6月',
      // Its own lines only: the strategy and method cells above it belong to the first rows under them.
      source: { lines: [512, 524] },
    });
    expect(row(body, 'd1-s2-m1-i1').unitsText).toBe('秘書室 第五課 金門、澎湖辦事處');
  });

  it('構面二 (三) 2. 優質服務: actions numbered 1. under method 2., continued on the next page', () => {
    const r = row(body, 'd2-s3-m2-i0');
    expect(r.actions).toBe(
      '1. 優質服務\n' +
        '(1) 本局標準變更時，主動赴轄區業者處說明換證事宜，並記錄檢驗標準改版廠商服務履歷表，直到跟催至換證完成。\n' +
        '(2) LINE 安心圈：持續透過 LINE 將本局市售商品購樣檢測不合格資訊、瑕疵商品回收、新聞報導危險商品及商品使用注意事項等商品安全訊息發布好友。',
    );
    expect(r.results).toBe(
      '1.\n' +
        '(1) 應施檢驗 LED 燈泡、熱陰極螢光燈管、儲備型電開水器、電動機車用充電系統設備、防火門、建築用鋼筋等標準改版或新增品目時，主動赴轄區業者處說明換證事宜，共執行計 46 家。\n' +
        '(2) 持續透過 LINE 將本局市售商品購樣檢測不合格資訊、瑕疵商品回收、新聞報導危險商品及商品使用注意事項等商品安全訊息發布好友，計發布 5 則。',
    );
    expect(r.source).toEqual({ lines: [1231, 1272] });
  });

  it('構面三 (一): an unnumbered method, actions and results numbered 1. 2. 3.', () => {
    const r = row(body, 'd3-s1-m0-i0');
    expect(r.strategy).toBe('(一)內部作業簡化');
    expect(r.method).toBe(
      '提升同仁行政效率:聚焦核心業務，運用多元管道蒐集成員意見，據以檢討及改造內部流程，精實作業，減省不必要的審核及行政程序，包括人力、物力或時間，精進服務。',
    );
    expect(r.actions.split('\n')[0]).toBe(
      '1. 以書面審查執行 CI999999999999 非應施檢驗商品通關查核作業，減少會同查核商品的困擾，提供便民服務。',
    );
    expect(r.results.split('\n')[0]).toBe(
      '1. 以書面審查執行 CI999999999999 非應施檢驗商品通關查核作業，計 5 件，其中 1 件採書面審查執行。',
    );
    expect(r.source).toEqual({ lines: [1279, 1345] });
  });

  it('構面五 (一) 開放參與: strategy and method share a line; unnumbered actions and results', () => {
    expect(row(body, 'd5-s1-m0-i0')).toMatchObject({
      strategy: '(一)開放參與',
      unitsText: '各單位',
      actions: '透過外勤督考、鱻時批系統、問卷調查及民眾陳情蒐集問題及需求，做為決策或為民服務指引。',
      results: '處理鱻時批 32 件，解決民眾問題，蒐集業者需求，做為改善服務之重要參考資料。',
      source: { lines: [1530, 1549] },
    });
  });

  it('sections, issuing line and scores', () => {
    expect(body.issuedOn?.date).toBe('2020-01-22');
    expect(body.issuedOn?.letter).toBe('經標高秘字第 10900504340 號');
    expect(body.sections.map((s) => s.heading)).toEqual([
      '壹、計畫依據',
      '貳、計畫目標',
      '參、實施對象',
      '肆、執行策略及方法',
    ]);
    expect(body.scores).toMatchObject({
      total: 910,
      max: 1000,
      grade: '優',
      assessedOnText: '109.07',
      assessedOn: '2020-07',
    });
    expect(body.scores?.items.map((i) => i.score)).toEqual([180, 275, 185, 180, 90]);
  });

  it('loses no text: coverage 1, only headers and the footer excluded', () => {
    const coverage = measureCoverage(source, body);
    expect(coverage.uncovered).toEqual([]);
    expect(coverage.ratio).toBe(1);
    const reasons = new Map<string, number>();
    for (const l of coverage.excluded) reasons.set(l.reason, (reasons.get(l.reason) ?? 0) + 1);
    expect(Object.fromEntries(reasons)).toEqual({ 'table-header': 26, 'repeated-header': 8, 'page-footer': 1 });
    expect(coverage.excluded.find((l) => l.reason === 'page-footer')?.line).toBe(1372);
  });

  it('puts every row text inside its own stretch of lines (no text borrowed from a neighbour)', () => {
    // Narrow each row to the lines after the previous row: coverage must still be complete.
    let previousEnd = 0;
    const rows = body.rows.map((r) => {
      const from = Math.max(r.source.lines[0], previousEnd + 1);
      previousEnd = r.source.lines[1];
      return { ...r, source: { lines: [from, r.source.lines[1]] as [number, number] } };
    });
    expect(measureCoverage(source, { ...body, rows }).ratio).toBe(1);
  });
});
