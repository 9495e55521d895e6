import { describe, expect, it } from 'vitest';
import { loadSourceFile } from '../../src/ingest/source.ts';
import { sectionedPlanLayout } from '../../src/ingest/layouts/sectioned-plan.ts';
import { parseIssuedLine } from '../../src/ingest/layouts/toolkit/issuing-line.ts';
import { branches, fixturesOf, ingestErrorOf } from './support.ts';
import { measureCoverage } from '../../src/ingest/coverage.ts';
import { IngestError } from '../../src/model/errors.ts';
import type { ParsedBody } from '../../src/ingest/layout.ts';

const HQ = 'content/sources/hq-115-plan.txt';

const fixture = fixturesOf('sectioned-plan');

function parseFixture(name: string): ParsedBody {
  return sectionedPlanLayout.parse(fixture(name));
}

const parseError = (name: string): IngestError => ingestErrorOf(() => parseFixture(name));

describe('detect', () => {
  it('recognises the HQ plan by its 執行策略 | 主辦單位 | 具體推動作法 header', () => {
    expect(sectionedPlanLayout.id).toBe('sectioned-plan');
    expect(sectionedPlanLayout.detect(loadSourceFile(HQ, branches).text)).toBe(true);
  });
  it.each(['keelung-102-report', 'hsinchu-107-report', 'kaohsiung-109-plan', 'hualien-111-report'])(
    'does not claim %s',
    (name) => {
      expect(sectionedPlanLayout.detect(loadSourceFile(`content/sources/${name}.txt`, branches).text)).toBe(false);
    },
  );
});

describe('parseIssuedLine', () => {
  it('reads date and letter number', () => {
    expect(parseIssuedLine('115 年 1 月 28 日經標秘字第 11590001160 號函訂定', 5)).toEqual({
      text: '115 年 1 月 28 日經標秘字第 11590001160 號函訂定',
      date: '2026-01-28',
      letter: '經標秘字第 11590001160 號',
      source: { lines: [5, 5] },
    });
  });
  it('keeps an impossible date as text only', () => {
    expect(parseIssuedLine('115 年 2 月 30 日經標秘字第 1 號函訂定', 1)?.date).toBeNull();
  });
  it('rejects lines that only start with a date', () => {
    expect(parseIssuedLine('115 年 1 月 28 日召開會議', 1)).toBeNull();
  });
});

describe('fixtures', () => {
  it('sub-items pair with actions by position', () => {
    const body = parseFixture('sub-items-pair-with-actions.txt');
    expect(body.rows.map((r) => [r.key.item, r.item, r.actions.slice(0, 9)])).toEqual([
      [1, '(一)作業標準化與服務一致性。', '(一)訂定申辦業務'],
      [2, '(二)提升服務資訊透明度。', '(二)提供民眾優化'],
      [3, '(三)提高服務人員專業度。', '(三)辦理各類專業'],
      [4, '(四)因應業務屬性，提供優質服務。', '(四)依業務職掌及'],
    ]);
    expect(body.rows[3].actions).toBe('(四)依業務職掌及特性，推動品質管理，並透過各類查核機制，提升服務效能。');
    expect(body.rows.every((r) => r.strategy === '一、完備基礎服務項目，注重服務特性差異化')).toBe(true);
    expect(body.rows.every((r) => r.source.lines[0] === 6 && r.source.lines[1] === 6)).toBe(true);
    expect(body.dimensions).toEqual([
      {
        number: 1,
        heading: '一、完備基礎服務項目，注重服務特性差異化',
        label: '完備基礎服務項目，注重服務特性差異化',
        maxPoints: null,
        source: { lines: [6, 6] },
      },
    ]);
    expect(body.sections).toEqual([{ heading: '肆、執行策略及具體推動作法', text: '', source: { lines: [3, 6] } }]);
  });

  it('a repeated header row is layout, and <p>-wrapped cells read like plain ones', () => {
    const body = parseFixture('header-repeated.txt');
    expect(body.layoutLines).toEqual([
      { line: 5, reason: 'table-header' },
      { line: 9, reason: 'repeated-header' },
    ]);
    expect(body.dimensions.map((d) => [d.number, d.source.lines[0]])).toEqual([
      [1, 6],
      [2, 7],
      [3, 10],
      [4, 11],
      [5, 12],
    ]);
    const row = body.rows.find((r) => r.key.dimension === 3 && r.key.item === 2)!;
    expect(row.strategy).toBe('三、便捷服務遞送過程與方式，提升服務便利性與可近性');
    expect(row.item).toBe('(二)共享政府資源，提供整合服務。');
    expect(row.unitsText).toBe('業務組 (各分局)');
    expect(row.actions).toBe('(二)推動跨單位、跨機關服務流程整合，提升服務遞送的便捷性。');
    expect(measureCoverage(fixture('header-repeated.txt'), body).ratio).toBe(1);
  });

  it('a paragraph broken across a blank line is rejoined in the section text', () => {
    const body = parseFixture('paragraph-broken-across-blank-line.txt');
    expect(body.rows).toEqual([]);
    expect(body.sections).toHaveLength(1);
    expect(body.sections[0].heading).toBe('伍、 實施步驟');
    expect(body.sections[0].source.lines).toEqual([3, 10]);
    expect(body.sections[0].text.split('\n')).toHaveLength(3);
    expect(body.sections[0].text).toContain('執行策略及具體推動作法、實施步驟、考核作業');
  });

  it('the issuing line before the first section becomes issuedOn', () => {
    const body = parseFixture('issuing-line-before-sections.txt');
    expect(body.issuedOn).toEqual({
      text: '115 年 1 月 28 日經標秘字第 11590001160 號函訂定',
      date: '2026-01-28',
      letter: '經標秘字第 11590001160 號',
      source: { lines: [3, 3] },
    });
    expect(body.notes).toEqual([]);
    expect(body.sections[0].text).toBe(
      '一、行政院 106 年 1 月 9 日院授發社字第 1061300008 號函頒「政府服務躍升方案」及國家發展委員會「『政府服務獎』評獎實施計畫」。\n' +
        '二、經濟部 113 年 9 月 5 日經綜字第 11301409590 號函頒修正「經濟部提升服務效能實施計畫」。',
    );
  });

  it('a sentence on the heading line stays the heading, with an empty body', () => {
    const body = parseFixture('sub-headings-and-sentence-heading.txt');
    expect(body.sections.at(-1)).toEqual({
      heading: '捌、 本計畫如有未盡事宜，得依實際需要修正或另行補充規定。',
      text: '',
      source: { lines: [27, 27] },
    });
    expect(body.sections[0].text.split('\n')[0]).toBe('一、平時查核：');
    expect(measureCoverage(fixture('sub-headings-and-sentence-heading.txt'), body).ratio).toBe(1);
  });

  it('fails, naming the line, when sub-items and actions differ in number', () => {
    const error = parseError('mismatched-sub-item-count.txt');
    expect(error.line).toBe(6);
    expect(error.message).toMatch(/^tests\/fixtures\/sectioned-plan\/mismatched-sub-item-count\.txt:6: error: .*1 sub-items but 2 actions/);
  });

  it('fails, naming the line, when the file ends mid-row', () => {
    const error = parseError('truncated-row.txt');
    expect(error.line).toBe(9);
    expect(error.message).toContain('2 cells, expected 3');
  });

  it('fails when a sub-item number is skipped', () => {
    const text = fixture('sub-items-pair-with-actions.txt');
    const lines = text.lines.map((l) => l.replace(' (三)提高服務人員專業度。', ' (五)提高服務人員專業度。'));
    expect(() => sectionedPlanLayout.parse({ ...text, lines })).toThrow(/:6: error: 執行策略: sub-item \(五\) where \(三\) was expected/);
  });
});

describe('golden: 115 headquarters plan', () => {
  const { text } = loadSourceFile(HQ, branches);
  const body = sectionedPlanLayout.parse(text);

  it('has the issuing letter', () => {
    expect(body.issuedOn).toMatchObject({ date: '2026-01-28', letter: '經標秘字第 11590001160 號', source: { lines: [5, 5] } });
  });

  it('has the eight sections in order', () => {
    expect(body.sections.map((s) => s.heading)).toEqual([
      '壹、計畫依據',
      '貳、計畫目標',
      '參、實施對象',
      '肆、執行策略及具體推動作法',
      '伍、 實施步驟',
      '陸、考核作業',
      '柒、獎勵方式',
      '捌、 本計畫如有未盡事宜，得依實際需要修正或另行補充規定。',
    ]);
    expect(body.sections.map((s) => s.source.lines)).toEqual([
      [7, 10],
      [12, 14],
      [16, 18],
      [20, 29],
      [31, 38],
      [40, 58],
      [60, 74],
      [76, 76],
    ]);
    expect(body.sections[2].text).toBe('本局各單位及各分局。');
    expect(body.sections[6].text.split('\n')).toHaveLength(7);
  });

  it('has five strategies as dimensions', () => {
    expect(body.dimensions.map((d) => [d.number, d.label, d.maxPoints])).toEqual([
      [1, '完備基礎服務項目，注重服務特性差異化', null],
      [2, '重視意見回饋及參與，力求服務切合民眾需求', null],
      [3, '便捷服務遞送過程與方式，提升服務便利性與可近性', null],
      [4, '開放政府透明治理，優化機關管理創新', null],
      [5, '掌握社經發展趨勢，專案規劃前瞻服務', null],
    ]);
  });

  it('has one row per sub-item', () => {
    const perDimension: Record<number, number> = {};
    for (const row of body.rows) perDimension[row.key.dimension] = (perDimension[row.key.dimension] ?? 0) + 1;
    expect(perDimension).toEqual({ 1: 4, 2: 2, 3: 3, 4: 3, 5: 3 });
  });

  it('reads strategy 二 field by field', () => {
    const rows = body.rows.filter((r) => r.key.dimension === 2);
    const common = {
      strategy: '二、重視意見回饋及參與，力求服務切合民眾需求',
      method: '',
      unitsText: '各單位 (各分局)',
      results: '',
      resultsPeriod: null,
      source: { lines: [24, 24] },
    };
    expect(rows).toEqual([
      {
        ...common,
        key: { dimension: 2, strategy: 0, method: 0, item: 1 },
        item: '(一)納入民眾參與，優化服務措施。',
        actions: '(一)主動徵詢民眾/業者/公會意見，納入服務規劃，提供符合需求的服務。',
      },
      {
        ...common,
        key: { dimension: 2, strategy: 0, method: 0, item: 2 },
        item: '(二)運用調查機制，瞭解服務評價。',
        actions: '(二)設置電子意見信箱，並適時辦理滿意度調查，蒐集民眾意見，據以檢討改善。',
      },
    ]);
  });

  it('reads <p>-wrapped rows (strategy 四 (二), strategy 五 (二))', () => {
    const four2 = body.rows.find((r) => r.key.dimension === 4 && r.key.item === 2)!;
    expect(four2).toMatchObject({
      strategy: '四、開放政府透明治理，優化機關管理創新',
      item: '(二)促進民眾參與，強化政策溝通。',
      unitsText: '業務組 資訊室 (各分局)',
      actions: '(二)於政策或行政法規實施前，辦理預告或說明會，並藉由實地訪查行動服務，讓民眾參與決策過程，相互交流意見。',
      source: { lines: [28, 28] },
    });
    const five2 = body.rows.find((r) => r.key.dimension === 5 && r.key.item === 2)!;
    expect(five2.actions).toBe('(二)研提業務改善計畫，成立工作小組，導入AI等資通訊技術應用。');
    expect(five2.source.lines).toEqual([29, 29]);
  });

  it('row keys are unique', () => {
    const ids = body.rows.map((r) => `${r.key.dimension}-${r.key.item}`);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('declares both table header rows as layout', () => {
    expect(body.layoutLines).toEqual([
      { line: 22, reason: 'table-header' },
      { line: 26, reason: 'repeated-header' },
    ]);
  });

  it('loses nothing: coverage is 1', () => {
    const coverage = measureCoverage(text, body);
    expect(coverage.uncovered).toEqual([]);
    expect(coverage.ratio).toBe(1);
    expect(coverage.contentChars).toBeGreaterThan(2000);
  });
});
