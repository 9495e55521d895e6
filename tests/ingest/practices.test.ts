import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { loadReference, templateItems } from '../../src/model/reference.ts';
import {
  WEAK_MATCH_THRESHOLD,
  matchRow,
  normaliseForMatch,
  resolveFramework,
  textSimilarity,
} from '../../src/ingest/practices.ts';
import { IngestError } from '../../src/model/errors.ts';
import type { ParsedDimension } from '../../src/ingest/layout.ts';
import { normaliseText, splitLines } from '../../src/ingest/normalise.ts';
import { collapseSpaces, squash } from '../../src/ingest/text.ts';

const ref = loadReference(process.cwd());
const framework = (id: string) => ref.frameworks.find((f) => f.id === id)!;

const sourceLines = (file: string) => splitLines(normaliseText(readFileSync(`content/sources/${file}`, 'utf8')));

/** The whole source squashed, without <p> wrappers: proves a test text was copied from the document. */
const squashedSource = (file: string) => squash(sourceLines(file).join('\n').replace(/<\/?p>/g, ''));

function expectCopiedFrom(file: string, ...texts: string[]) {
  const source = squashedSource(file);
  for (const text of texts) expect(source, `"${text}" is not in ${file}`).toContain(squash(text));
}

type Row = { strategy: string; method: string; item: string };

function match(frameworkId: string, dimension: number, row: Row) {
  return matchRow(ref, framework(frameworkId), dimension, row);
}

describe('normaliseForMatch', () => {
  it.each([
    ['(一) 服務一致及正確性', '服務一致及正確性'],
    ['（一）服務一致及正確性', '服務一致及正確性'],
    ['3. 提高服務行為友善性', '提高服務行為友善性'],
    ['(2) 注重電話禮貌，不定期進行禮貌測試，每4個月至少測試1次。', '注重電話禮貌不定期進行禮貌測試每4個月至少測試1次'],
    ['1. 訂定申辦業務標準\n作業流程:訂定申辦\n業 務 標 準 作 業 流\n程', '訂定申辦業務標準作業流程訂定申辦業務標準作業流程'],
    ['【生活消費保安心】 一、確保消費安心', '生活消費保安心確保消費安心'],
    ['資訊標示配合電子化政府入口網 ＭｙＥＧｏｖ', '資訊標示配合電子化政府入口網myegov'],
  ])('%j → %j', (input, expected) => {
    expect(normaliseForMatch(input)).toBe(expected);
  });

  it('keeps numbers that are not numbering', () => {
    expect(normaliseForMatch('取得無障礙標章 2.0AA 認證，109.07 考核')).toBe('取得無障礙標章20aa認證10907考核');
    expect(normaliseForMatch('統一、簡化')).toBe('統一簡化');
  });
});

describe('matchRow: real rows land on their template item and practices', () => {
  it('Hualien 111: (2) 注重電話禮貌 under 3. 提高服務行為友善性 → phone-courtesy', () => {
    const row = { strategy: '(二)服務友善性', method: '3. 提高服務行為友善性', item: '(2) 注重電話禮貌，不定期進行禮貌測試，每4個月至少測試1次。' };
    expectCopiedFrom('hualien-111-report.txt', row.strategy, row.method, row.item);
    const result = match('gsp-2017', 1, row);
    expect(result.frameworkItem).toEqual({ id: 'gsp-2017-d1-s2-m3-i2', similarity: 1, weak: false });
    expect(result.practices).toEqual([{ id: 'phone-courtesy', label: '電話禮貌測試' }]);
  });

  it('Hsinchu 107 numbers the same item (3): numbering is ignored', () => {
    const row = { strategy: '(二) 服務友善性。', method: '3. 提高服務行為友善性', item: '(3) 注重電話禮貌，不定期進行禮貌測試，每4個月至少測試1次。' };
    expectCopiedFrom('hsinchu-107-report.txt', row.strategy, row.method, row.item);
    expect(match('gsp-2017', 1, row).frameworkItem).toEqual({ id: 'gsp-2017-d1-s2-m3-i2', similarity: 1, weak: false });
  });

  it('Kaohsiung 109 shortens the item (no 每4個月至少測試1次): still phone-courtesy, not weak', () => {
    const row = { strategy: '(二 )服務友善性', method: '3.提高服務行為友善性', item: '(2) 注重電話禮貌，不定期進行禮貌測試。' };
    expectCopiedFrom('kaohsiung-109-plan.txt', row.item);
    const result = match('gsp-2017', 1, row);
    expect(result.frameworkItem.id).toBe('gsp-2017-d1-s2-m3-i2');
    expect(result.frameworkItem.similarity).toBeGreaterThan(0.7);
    expect(result.frameworkItem.similarity).toBeLessThan(0.8);
    expect(result.frameworkItem.weak).toBe(false);
    expect(result.practices.map((p) => p.id)).toEqual(['phone-courtesy']);
  });

  it('Kaohsiung 109 inserts a sub-item, so the template (2) becomes its (3): matched by text', () => {
    const row = { strategy: '(一)提高服務滿意度', method: '1. 辦理服務滿意度調查：', item: '(3)提出調查設計、抽樣設計、調查結果、趨勢分析及檢討改善情形等。' };
    expectCopiedFrom('kaohsiung-109-plan.txt', row.item);
    expect(match('gsp-2017', 4, row).frameworkItem).toEqual({ id: 'gsp-2017-d4-s1-m1-i2', similarity: 1, weak: false });
  });

  it('Kaohsiung 109 own sub-item (2)進行內部同仁滿意度調查 is weak, placed under its template method', () => {
    const row = { strategy: '(一)提高服務滿意度', method: '1. 辦理服務滿意度調查：', item: '(2)進行內部同仁滿意度調查。' };
    expectCopiedFrom('kaohsiung-109-plan.txt', row.item);
    const result = match('gsp-2017', 4, row);
    expect(result.frameworkItem.id).toBe('gsp-2017-d4-s1-m1');
    expect(result.frameworkItem.weak).toBe(true);
    expect(result.frameworkItem.similarity).toBeLessThan(WEAK_MATCH_THRESHOLD);
    expect(result.practices.map((p) => p.id)).toEqual(['satisfaction-survey']);
  });

  it('Kaohsiung 109 rewords 提供線上服務，將注意… (added comma) → privacy-protection', () => {
    const row = { strategy: '(一)服務便捷性', method: '4.開辦線上申辦或跨平臺服務:', item: '(5) 提供線上服務，將注意使用者隱私權保護措施。' };
    expectCopiedFrom('kaohsiung-109-plan.txt', row.item);
    const result = match('gsp-2017', 2, row);
    expect(result.frameworkItem).toMatchObject({ id: 'gsp-2017-d2-s1-m4-i5', weak: false });
    expect(result.practices.map((p) => p.id)).toEqual(['privacy-protection']);
  });

  it('Kaohsiung 109 method text broken over PDF lines, with spaces inside words', () => {
    const lines = sourceLines('kaohsiung-109-plan.txt').slice(50, 57); // lines 51–57
    const method = lines.map((l) => l.trim()).join('');
    expect(method).toContain('業 務 標 準 作 業 流');
    expect(match('gsp-2017', 1, { strategy: '(一 )服務一致及正確性', method, item: '' }).frameworkItem).toEqual({
      id: 'gsp-2017-d1-s1-m1',
      similarity: 1,
      weak: false,
    });
  });

  it('Hualien 111 writes 櫃檯 for 櫃台 and drops 運 from 運用: still single-window and document-reduction', () => {
    const singleWindow = { strategy: '(一)服務便捷性', method: '2. 建置單一窗口整合服務', item: '(1) 設置全功能單一窗口櫃檯(含臨櫃、電話或網站單一窗口服務)，提供整合服務。' };
    const documents = { strategy: '(一)服務便捷性', method: '3. 減除申辦案件需檢附之書表謄本：用跨機關（單位）電子查驗，取代要求民眾檢附各類紙本書表、證件、謄本之佐證資料。', item: '' };
    expectCopiedFrom('hualien-111-report.txt', singleWindow.item, documents.method);
    const a = match('gsp-2017', 2, singleWindow);
    expect(a.frameworkItem).toMatchObject({ id: 'gsp-2017-d2-s1-m2-i1', weak: false });
    expect(a.practices.map((p) => p.id)).toEqual(['single-window']);
    const b = match('gsp-2017', 2, documents);
    expect(b.frameworkItem).toMatchObject({ id: 'gsp-2017-d2-s1-m3', weak: false });
    expect(b.practices.map((p) => p.id)).toContain('document-reduction');
  });

  it('Hualien 111 folds a method and its three sub-items into one cell: matched to the method', () => {
    const method =
      '有效及時處理民眾之意見、抱怨及陳情 (1)建置民眾意見反映(含新聞輿情)處理機制及標準作業程序。 (2)提供民眾意見反映後續追蹤處理。 (3)定期演練及檢討對民眾意見反映之處理機制及標準作業程序。';
    expectCopiedFrom('hualien-111-report.txt', method);
    const result = match('gsp-2017', 4, { strategy: '(二)積極回應 民眾意見', method, item: '' });
    expect(result.frameworkItem).toMatchObject({ id: 'gsp-2017-d4-s2-m1', weak: false });
    expect(result.practices.map((p) => p.id)).toEqual(['complaint-handling']);
  });

  it('Hsinchu 107 unnumbered method under 構面三 → internal-efficiency', () => {
    const row = { strategy: '(一) 內部作業簡化', method: '提升同仁行政效率:聚焦核心業務,運用多元管道蒐集成員意見,據以檢討及改造內部流程,精實作業,減省不必要的審核及行政程序,包括人力、物力或時間,精進服務。', item: '' };
    expectCopiedFrom('hsinchu-107-report.txt', row.strategy, row.method);
    const result = match('gsp-2017', 3, row);
    expect(result.frameworkItem).toEqual({ id: 'gsp-2017-d3-s1-m1', similarity: 1, weak: false });
    expect(result.practices.map((p) => p.id)).toEqual(['internal-efficiency']);
  });

  it('Keelung 102 single-window rows (全功能櫃台, 單一窗口 in the 2013 wording)', () => {
    const row = { strategy: '(一) 推動便捷、透明之服務流程，提供高效率之服務', method: '1. 提升服務流程便捷性', item: '(1) 設置全功能櫃台，提供整合服務。' };
    expectCopiedFrom('keelung-102-report.txt', row.strategy, row.method, row.item);
    const result = match('sqa-2013', 1, row);
    expect(result.frameworkItem).toEqual({ id: 'sqa-2013-d1-s1-m1-i1', similarity: 1, weak: false });
    expect(result.practices).toEqual([{ id: 'single-window', label: '單一窗口' }]);
  });

  it('Keelung 102 phone courtesy (every 3 months in 2013) is the same practice as in 2022', () => {
    const row = { strategy: '(二) 營造機關為民服務專業、親切之良好形象', method: '2. 提高服務行為友善性與專業性', item: '(2) 重視電話禮貌，不定期進行禮貌測試，每 3 個月至少測試 1 次。' };
    expectCopiedFrom('keelung-102-report.txt', row.item);
    const result = match('sqa-2013', 1, row);
    expect(result.frameworkItem).toEqual({ id: 'sqa-2013-d1-s2-m2-i2', similarity: 1, weak: false });
    expect(result.practices.map((p) => p.id)).toEqual(['phone-courtesy']);
  });

  it('Keelung 102 typo 網頁用他人資料 (引 missing) still matches', () => {
    const row = { strategy: '(一) 強化資訊提供與檢索服務，確保民眾知的權利與資訊使用權', method: '2. 檢討資訊內容之有效性', item: '(3) 網頁用他人資料將標明出處並提供連結。' };
    expectCopiedFrom('keelung-102-report.txt', row.item);
    const result = match('sqa-2013', 2, row);
    expect(result.frameworkItem).toMatchObject({ id: 'sqa-2013-d2-s1-m2-i3', weak: false });
    expect(result.frameworkItem.similarity).toBeGreaterThan(0.85);
  });

  it('Keelung 102 method left in the strategy column (2. 增加電子參與之多樣性): levels are not trusted', () => {
    const row = { strategy: '2. 增加電子參與之多樣性', method: '(1) 鼓勵所屬機關於機關網頁提供多種電子參與途徑，且設有互動機制及實際回應。', item: '' };
    expectCopiedFrom('keelung-102-report.txt', row.strategy, row.method);
    const result = match('sqa-2013', 2, row);
    expect(result.frameworkItem).toEqual({ id: 'sqa-2013-d2-s2-m2-i1', similarity: 1, weak: false });
    expect(result.practices.map((p) => p.id)).toEqual(['public-participation']);
  });

  it('Keelung 102 own innovation programme: weak, placed under 提出有價值的創意服務 → innovation', () => {
    const row = { strategy: '提出有價值的創意服務', method: '2. 線上報驗流程全面便捷免臨櫃', item: '' };
    expectCopiedFrom('keelung-102-report.txt', row.strategy, row.method);
    const result = match('sqa-2013', 3, row);
    expect(result.frameworkItem).toMatchObject({ id: 'sqa-2013-d3-s1', weak: true });
    expect(result.practices.map((p) => p.id)).toEqual(['innovation']);
  });

  it('Keelung 102 構面三 unnumbered strategy with spaces (創新服務 標竿學習 效益)', () => {
    const row = { strategy: '創新服務 標竿學習 效益', method: '2. 加強擴散分局創新服務工作之標竿學習效益。', item: '' };
    expectCopiedFrom('keelung-102-report.txt', row.strategy, row.method);
    expect(match('sqa-2013', 3, row).frameworkItem).toEqual({ id: 'sqa-2013-d3-s2-m2', similarity: 1, weak: false });
  });

  describe('HQ 115 sub-items (一)(二)… are the template strategies of the HQ dimensions', () => {
    const hqRows: [number, string, string, string, string][] = [
      [1, '一、完備基礎服務項目，注重服務特性差異化', '(一)作業標準化與服務一致性。', 'hq-2026-d1-s1', 'sop-consistency'],
      [1, '一、完備基礎服務項目，注重服務特性差異化', '(二)提升服務資訊透明度。', 'hq-2026-d1-s2', 'information-disclosure'],
      [1, '一、完備基礎服務項目，注重服務特性差異化', '(三)提高服務人員專業度。', 'hq-2026-d1-s3', 'staff-training'],
      [1, '一、完備基礎服務項目，注重服務特性差異化', '(四)因應業務屬性，提供優質服務。', 'hq-2026-d1-s4', 'tailored-service'],
      [2, '二、重視意見回饋及參與，力求服務切合民眾需求', '(一)納入民眾參與，優化服務措施。', 'hq-2026-d2-s1', 'public-participation'],
      [2, '二、重視意見回饋及參與，力求服務切合民眾需求', '(二)運用調查機制，瞭解服務評價。', 'hq-2026-d2-s2', 'satisfaction-survey'],
      [3, '三、便捷服務遞送過程與方式，提升服務便利性與可近性', '(一)減省申辦案件之書表謄本。', 'hq-2026-d3-s1', 'document-reduction'],
      [3, '三、便捷服務遞送過程與方式，提升服務便利性與可近性', '(二)共享政府資源，提供整合服務。', 'hq-2026-d3-s2', 'cross-agency-integration'],
      [3, '三、便捷服務遞送過程與方式，提升服務便利性與可近性', '(三)考量服務對象，提供適性服務。', 'hq-2026-d3-s3', 'tailored-service'],
      [4, '四、開放政府透明治理，優化機關管理創新', '(一)建構友善安全資料開放環境。', 'hq-2026-d4-s1', 'open-data'],
      [4, '四、開放政府透明治理，優化機關管理創新', '(二)促進民眾參與，強化政策溝通。', 'hq-2026-d4-s2', 'public-participation'],
      [4, '四、開放政府透明治理，優化機關管理創新', '(三)檢討內部流程，簡化行政作業。', 'hq-2026-d4-s3', 'internal-efficiency'],
      [5, '五、掌握社經發展趨勢，專案規劃前瞻服務', '(一)發掘關鍵議題，預為因應規劃。', 'hq-2026-d5-s1', 'innovation'],
      [5, '五、掌握社經發展趨勢，專案規劃前瞻服務', '(二)運用人工智慧，創新數位服務。', 'hq-2026-d5-s2', 'digital-innovation'],
      [5, '五、掌握社經發展趨勢，專案規劃前瞻服務', '(三)跨域整合，引進社會資源。', 'hq-2026-d5-s3', 'partnerships'],
    ];
    it.each(hqRows)('strategy %i %s %s → %s', (dimension, strategy, item, id, practice) => {
      expectCopiedFrom('hq-115-plan.txt', strategy, item);
      const result = match('hq-2026', dimension, { strategy, method: '', item });
      expect(result.frameworkItem).toEqual({ id, similarity: 1, weak: false });
      expect(result.practices[0].id).toBe(practice);
    });
  });
});

describe('matchRow: properties over the whole reference', () => {
  it('every template item, written with numbering, matches itself exactly (no two items are indistinguishable)', () => {
    for (const item of templateItems(ref.frameworks)) {
      const row = { strategy: item.path[0], method: item.path[1] ?? '', item: item.path[2] ?? '' };
      const numbered = { strategy: `(一) ${row.strategy}`, method: row.method && `1. ${row.method}`, item: row.item && `(1) ${row.item}` };
      const result = matchRow(ref, framework(item.frameworkId), item.dimensionNumber, numbered);
      expect(result.frameworkItem, item.id).toEqual({ id: item.id, similarity: 1, weak: false });
      expect(result.practices.length, item.id).toBeGreaterThan(0);
    }
  });

  it('a reworded copy must share most of its wording to count as a match', () => {
    expect(textSimilarity('定期更新網頁資訊', '定期更新機關網頁資訊。')).toBeGreaterThan(WEAK_MATCH_THRESHOLD);
    expect(textSimilarity('辦理服務滿意度調查', '進行內部同仁滿意度調查')).toBeLessThan(WEAK_MATCH_THRESHOLD);
  });

  it('always returns practices, even for a row that resembles nothing', () => {
    const result = match('gsp-2017', 5, { strategy: '(三)其他', method: '', item: '舉辦年終尾牙' });
    expect(result.frameworkItem.weak).toBe(true);
    expect(result.practices.length).toBeGreaterThan(0);
  });

  it('refuses a dimension the framework does not have, and a row without text', () => {
    expect(() => match('sqa-2013', 4, { strategy: '(一) 開放參與', method: '', item: '' })).toThrow(/no dimension 4/);
    expect(() => match('gsp-2017', 1, { strategy: '', method: ' ', item: '(1)' })).toThrow(/no strategy, method or item text/);
  });
});

describe('resolveFramework: by the dimension headings as the documents write them', () => {
  /** A parsed dimension built from a real heading line, as a layout parser would produce it. */
  function dimensionFromLine(file: string, line: number, number: number, label: string, maxPoints: number | null): ParsedDimension {
    const heading = collapseSpaces(sourceLines(file)[line - 1].replace(/^#+\s*/, ''));
    expect(heading).toContain(label);
    return { number, heading, label, maxPoints, source: { lines: [line, line] } };
  }

  const documents: [string, string, [number, number, string, number | null][]][] = [
    ['keelung-102-report.txt', 'sqa-2013', [[5, 1, '優質便民服務', null], [66, 2, '資訊流通服務', null], [96, 3, '創新增值服務', null]]],
    ['hsinchu-107-report.txt', 'gsp-2017', [[11, 1, '基礎服務', 200], [43, 2, '服務遞送', 300], [72, 3, '服務量能', 200], [78, 4, '服務評價', 200], [92, 5, '開放創新', 100]]],
    ['kaohsiung-109-plan.txt', 'gsp-2017', [[39, 1, '基礎服務', 200], [627, 2, '服務遞送', 300], [1274, 3, '服務量能', 200], [1374, 4, '服務評價', 200], [1525, 5, '開放創新', 100]]],
    ['hualien-111-report.txt', 'gsp-2017', [[5, 1, '基礎服務', 200], [38, 2, '服務遞送', 300], [61, 3, '服務量能', 200], [67, 4, '服務評價', 200], [78, 5, '開放創新', 100]]],
  ];

  it.each(documents)('%s → %s', (file, frameworkId, headings) => {
    const dimensions = headings.map(([line, number, label, points]) => dimensionFromLine(file, line, number, label, points));
    const { framework: found, dimensionRefs } = resolveFramework(ref, `content/sources/${file}`, dimensions);
    expect(found.id).toBe(frameworkId);
    expect([...dimensionRefs.entries()]).toEqual(
      headings.map(([, number, label, points]) => [number, { id: `${frameworkId}-d${number}`, label, maxPoints: points }]),
    );
  });

  it('hq-115-plan.txt → hq-2026 (the strategies 一–五 are the dimensions)', () => {
    const strategies = [
      [23, '一、完備基礎服務項目，注重服務特性差異化'],
      [24, '二、重視意見回饋及參與，力求服務切合民眾需求'],
      [27, '三、便捷服務遞送過程與方式，提升服務便利性與可近性'],
      [28, '四、開放政府透明治理，優化機關管理創新'],
      [29, '五、掌握社經發展趨勢，專案規劃前瞻服務'],
    ] as const;
    const lines = sourceLines('hq-115-plan.txt');
    const dimensions: ParsedDimension[] = strategies.map(([line, heading], i) => {
      expect(lines[line - 1].replace(/<\/?p>/g, '')).toContain(heading);
      return { number: i + 1, heading, label: heading.slice(2), maxPoints: null, source: { lines: [line, line] } };
    });
    const { framework: found, dimensionRefs } = resolveFramework(ref, 'content/sources/hq-115-plan.txt', dimensions);
    expect(found.id).toBe('hq-2026');
    expect(dimensionRefs.get(3)).toEqual({ id: 'hq-2026-d3', label: '便捷服務遞送過程與方式，提升服務便利性與可近性', maxPoints: null });
  });

  it('ignores the agency class and points a parser may leave in the label', () => {
    const dimensions: ParsedDimension[] = [
      { number: 1, heading: '構面一、優質便民服務（第 1 類：第一線服務機關）', label: '優質便民服務（第 1 類：第一線服務機關）', maxPoints: null, source: { lines: [5, 5] } },
      { number: 4, heading: '#### 構面四:服務評價 (200分)', label: '服務評價 (200分)', maxPoints: 200, source: { lines: [78, 78] } },
    ];
    expect(resolveFramework(ref, 'a.txt', dimensions.slice(0, 1)).dimensionRefs.get(1)?.id).toBe('sqa-2013-d1');
    expect(resolveFramework(ref, 'b.txt', dimensions.slice(1)).dimensionRefs.get(4)?.id).toBe('gsp-2017-d4');
  });

  it('maps by label, not position: a document listing only some dimensions, out of order', () => {
    const dimensions: ParsedDimension[] = [
      { number: 1, heading: '構面一：服務評價(200分)', label: '服務評價', maxPoints: 200, source: { lines: [10, 10] } },
      { number: 2, heading: '構面二：基礎服務(200分)', label: '基礎服務', maxPoints: 200, source: { lines: [40, 40] } },
    ];
    const { framework: found, dimensionRefs } = resolveFramework(ref, 'x.txt', dimensions);
    expect(found.id).toBe('gsp-2017');
    expect(dimensionRefs.get(1)?.id).toBe('gsp-2017-d4');
    expect(dimensionRefs.get(2)?.id).toBe('gsp-2017-d1');
  });

  const failure = (dimensions: ParsedDimension[]): IngestError => {
    try {
      resolveFramework(ref, 'content/sources/odd.txt', dimensions);
    } catch (error) {
      if (error instanceof IngestError) return error;
      throw error;
    }
    throw new Error('resolved without error');
  };
  const dim = (number: number, heading: string, label: string, maxPoints: number | null, line: number): ParsedDimension => ({
    number, heading, label, maxPoints, source: { lines: [line, line] },
  });

  it('no framework matches: error at the first heading', () => {
    const error = failure([dim(1, '構面一：數位轉型(400分)', '數位轉型', 400, 12), dim(2, '構面二：人才培育(600分)', '人才培育', 600, 30)]);
    expect([error.file, error.line]).toEqual(['content/sources/odd.txt', 12]);
    expect(error.detail).toMatch(/no framework .* matches the dimension headings "構面一：數位轉型\(400分\)"/);
  });

  it('one heading matching no dimension of the framework: error at that heading', () => {
    const error = failure([dim(1, '構面一：基礎服務(200分)', '基礎服務', 200, 5), dim(2, '構面二：數位轉型(300分)', '數位轉型', 300, 38)]);
    expect(error.line).toBe(38);
    expect(error.detail).toMatch(/"構面二：數位轉型\(300分\)" matches no dimension of gsp-2017/);
  });

  it('points that disagree with the framework: error at that heading', () => {
    const error = failure([dim(1, '構面一：基礎服務(200分)', '基礎服務', 200, 5), dim(2, '構面二：服務遞送(250分)', '服務遞送', 250, 38)]);
    expect(error.line).toBe(38);
    expect(error.detail).toMatch(/gives 250 points but gsp-2017-d2 \(服務遞送\) has 300/);
  });

  it('two headings claiming one dimension: error at the second', () => {
    const error = failure([dim(1, '構面一：基礎服務(200分)', '基礎服務', 200, 5), dim(2, '構面二：基礎服務(200分)', '基礎服務', 200, 38)]);
    expect(error.line).toBe(38);
    expect(error.detail).toMatch(/both match gsp-2017-d1/);
  });

  it('no headings at all', () => {
    expect(() => resolveFramework(ref, 'content/sources/odd.txt', [])).toThrow(IngestError);
  });
});
