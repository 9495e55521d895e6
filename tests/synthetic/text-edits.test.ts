/**
 * The synthetic corpus's text edits (scripts/synthetic/), each on a fragment cut from a real source.
 */
import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { loadReference } from '../../src/model/reference.ts';
import { findTitle } from '../../src/ingest/title.ts';
import { scaleFigure, scaleFigures } from '../../scripts/synthetic/figures.ts';
import { renameOrganisation } from '../../scripts/synthetic/offices.ts';
import { retitle } from '../../scripts/synthetic/title.ts';
import { rewordLine, safeSynonyms, SYNONYMS } from '../../scripts/synthetic/wording.ts';
import { shiftYears } from '../../scripts/synthetic/years.ts';
import { random } from '../../scripts/synthetic/random.ts';

const ref = loadReference(resolve(import.meta.dirname, '../..'));
const branch = (id: string) => ref.branches.find((b) => b.id === id)!;

describe('seeded randomness', () => {
  it('gives the same draws for the same seed and label, other draws for another label', () => {
    const draws = (label: string) => Array.from({ length: 5 }, random(7, label).next);
    expect(draws('a')).toEqual(draws('a'));
    expect(draws('a')).not.toEqual(draws('b'));
  });
});

describe('figures that trend', () => {
  const trend = { factor: 2, percentShift: 3 };

  it('scales counts before a unit and keeps their written form', () => {
    expect(scaleFigure('68', false, trend, 1)).toBe('136');
    expect(scaleFigure('1,841', false, trend, 1)).toBe('3,682');
    expect(scaleFigure('2.5', false, trend, 1)).toBe('5.0');
  });

  it('moves percentages by points and keeps them within 0–100', () => {
    expect(scaleFigure('95.3', true, trend, 1)).toBe('98.3');
    expect(scaleFigure('99', true, { factor: 1, percentShift: 5 }, 1)).toBe('100');
    expect(scaleFigure('100', true, trend, 1)).toBe('100');
  });

  it('leaves years, dates, ordinals, numbering and zero alone', () => {
    const text = '(2) 102 年 3 月辦理第 3 次測試，每 3 個月至少 1. 次；0 件。';
    expect(scaleFigures(text, trend, 1, 'doc')).toBe(text);
  });

  it('turns the same figure into the same new figure within a document (quoted twice, it still agrees)', () => {
    const text = '辦理 2 次電話禮貌測試，受測 68 人次。…辦理 2 次電話禮貌測試。';
    const scaled = scaleFigures(text, { factor: 1.7, percentShift: 0 }, 1, 'hsinchu-110-report');
    const figures = [...scaled.matchAll(/辦理 (\d+) 次/g)].map((m) => m[1]);
    expect(figures).toHaveLength(2);
    expect(figures[0]).toBe(figures[1]);
    expect(scaled).not.toBe(text);
  });

  it('reads a figure a PDF line break separates from its unit (「計受理 272\\n件」)', () => {
    expect(scaleFigures('計受理 272\n件陳情案', trend, 1, 'doc')).toMatch(/^計受理 \d+\n件陳情案$/);
    expect(scaleFigures('計受理 272\n件陳情案', trend, 1, 'doc')).not.toBe('計受理 272\n件陳情案');
  });
});

describe('years moved with the document', () => {
  it('moves the document year, the years before it and letter numbers, not older history', () => {
    const text = '109 年 1 月 22 日經標高秘字第 10900504340 號函訂定；行政院 106 年函頒；民國 60 年設立。';
    expect(shiftYears(text, 109, 99)).toBe('99 年 1 月 22 日經標高秘字第 09900504340 號函訂定；行政院 96 年函頒；民國 60 年設立。');
  });
});

describe('organisation renamed', () => {
  it('replaces a list of the source branch offices by the target branch list', () => {
    expect(renameOrganisation('<p>報驗發證課 五堵辦事處 蘇澳辦事處 馬祖辦事處 秘書室</p>', branch('keelung'), branch('hsinchu'))).toBe(
      '<p>報驗發證課 桃園辦事處 桃園國際機場辦事處 秘書室</p>',
    );
  });

  it('drops offices a branch does not have from unit lists, and names the branch in sentences', () => {
    const from = branch('keelung');
    const to = branch('taichung');
    expect(renameOrganisation('<p>報驗發證課 五堵辦事處 蘇澳辦事處 馬祖辦事處 秘書室</p>', from, to)).toBe('<p>報驗發證課 秘書室</p>');
    expect(renameOrganisation('\t五堵辦事處 蘇澳辦事處 馬祖辦事處\t', from, to)).toBe('\t報驗發證課\t');
    expect(renameOrganisation('由蘇澳辦事處辦理', from, to)).toBe('由本分局辦理');
  });

  it('renames the branch and its city, keeping a PDF line break where it was', () => {
    expect(renameOrganisation('本分局（高雄分局）金門辦事處、\n\n澎\n湖辦事處、秘書室', branch('kaohsiung'), branch('hualien'))).toBe(
      '本分局（花蓮分局）臺東辦事處、\n\n秘書室',
    );
    expect(renameOrganisation('基隆多雨氣候', branch('keelung'), branch('tainan'))).toBe('臺南多雨氣候');
  });
});

describe('title rewritten', () => {
  const keelung = '\n\n經濟部標準檢驗局基隆分局 102 年度提升服務品質執行成果與績效\n\n構面一';

  it('names the organisation, year and kind the ingest then reads', () => {
    for (const [to, kind] of [
      ['tainan', 'plan'],
      ['hq', 'report'],
      ['hualien', 'report'],
    ] as const) {
      const lines = retitle(keelung, { branch: branch(to), roc: 98, kind }).split('\n');
      const title = findTitle('fixture', lines, ref.branches);
      expect([title.branch.id, title.roc, title.kind]).toEqual([to, 98, kind]);
    }
  });

  it('turns a plan title into a report title', () => {
    const plan = '經濟部標準檢驗局 115 年度提升服務效能執行計畫';
    expect(retitle(plan, { branch: branch('hq'), roc: 96, kind: 'report' })).toBe('經濟部標準檢驗局 96 年度提升服務效能執行績效與成果');
  });
});

describe('items reworded', () => {
  it('swaps one word for its synonym, either way', () => {
    expect(rewordLine('透過業務宣導加強推廣', [['加強', '強化']], 0)).toBe('透過業務宣導強化推廣');
    expect(rewordLine('強化推廣', [['加強', '強化']], 0)).toBe('加強推廣');
    expect(rewordLine('無可換之詞', [['加強', '強化']], 0)).toBeNull();
  });

  it('never swaps a word that indicator patterns or practice labels read', () => {
    expect(safeSynonyms(['辦理加強訓練'])).not.toContainEqual(['加強', '強化']);
    expect(safeSynonyms([]).length).toBe(SYNONYMS.length);
  });
});
