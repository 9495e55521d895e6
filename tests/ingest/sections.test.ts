import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import {
  bodyParagraphs,
  formalNumber,
  parseSectionHeading,
  splitSections,
  type NumberedLine,
} from '../../src/ingest/sections.ts';

function fixtureLines(name: string): string[] {
  return readFileSync(`tests/fixtures/sectioned-plan/${name}`, 'utf8').split('\n');
}

function numbered(lines: string[], first = 1): NumberedLine[] {
  return lines.map((text, i) => ({ line: first + i, text }));
}

describe('formalNumber', () => {
  it('reads the formal numerals, including tens', () => {
    expect(['壹', '貳', '參', '肆', '伍', '陸', '柒', '捌', '玖', '拾'].map(formalNumber)).toEqual([
      1, 2, 3, 4, 5, 6, 7, 8, 9, 10,
    ]);
    expect(formalNumber('拾壹')).toBe(11);
    expect(formalNumber('貳拾')).toBe(20);
    expect(formalNumber('一')).toBeNaN();
  });
});

describe('parseSectionHeading', () => {
  it('reads a heading as written', () => {
    expect(parseSectionHeading('壹、計畫依據')).toEqual({ numeral: '壹', number: 1, heading: '壹、計畫依據' });
  });
  it('tolerates a space after the 、 and keeps it as written', () => {
    expect(parseSectionHeading('伍、 實施步驟')).toEqual({ numeral: '伍', number: 5, heading: '伍、 實施步驟' });
  });
  it('keeps a sentence written on the heading line in the heading', () => {
    expect(parseSectionHeading('捌、 本計畫如有未盡事宜，得依實際需要修正或另行補充規定。')?.heading).toBe(
      '捌、 本計畫如有未盡事宜，得依實際需要修正或另行補充規定。',
    );
  });
  it('ignores ordinary numbering, body text and table rows', () => {
    expect(parseSectionHeading('一、平時查核：')).toBeNull();
    expect(parseSectionHeading('- 一、本局應於每年1月底前訂定當年度之執行計畫')).toBeNull();
    expect(parseSectionHeading('本局各單位及各分局。')).toBeNull();
    expect(parseSectionHeading('壹、欄\t主辦單位')).toBeNull();
  });
});

describe('splitSections', () => {
  it('splits the 陸/柒/捌 cut into three sections with their line ranges', () => {
    const lines = fixtureLines('sub-headings-and-sentence-heading.txt');
    const { preamble, sections } = splitSections(lines);
    expect(preamble.map((l) => l.text).filter(Boolean)).toEqual(['經濟部標準檢驗局 115 年度提升服務效能執行計畫']);
    expect(sections.map((s) => [s.heading, s.line, s.lastLine])).toEqual([
      ['陸、考核作業', 3, 21],
      ['柒、獎勵方式', 23, 25],
      ['捌、 本計畫如有未盡事宜，得依實際需要修正或另行補充規定。', 27, 27],
    ]);
  });
  it('honours the [from, to] window', () => {
    const lines = fixtureLines('sub-headings-and-sentence-heading.txt');
    const { preamble, sections } = splitSections(lines, 5, 25);
    expect(preamble[0]).toEqual({ line: 5, text: '一、平時查核：' });
    expect(sections.map((s) => s.heading)).toEqual(['柒、獎勵方式']);
  });
});

describe('bodyParagraphs', () => {
  it('rejoins a sentence the extraction broke across a blank line, and drops list dashes', () => {
    const { sections } = splitSections(fixtureLines('paragraph-broken-across-blank-line.txt'));
    expect(sections[0].heading).toBe('伍、 實施步驟');
    const paragraphs = bodyParagraphs(sections[0].body);
    expect(paragraphs.map((p) => p.lines)).toEqual([
      [5, 5],
      [6, 8],
      [10, 10],
    ]);
    expect(paragraphs[1].text).toBe(
      '二、應以創新思維、社會共融精神，審酌服務需求及業務特性研訂年度執行計畫，內容應包括計畫依據、目標、實施對象、執行策略及具體推動作法、實施步驟、考核作業、獎勵方式等項目。',
    );
    expect(paragraphs[0].text.startsWith('一、本局應於每年1月底前')).toBe(true);
    expect(paragraphs[2].text.startsWith('三、研訂年度執行計畫時')).toBe(true);
  });
  it('keeps sub-headings and numbered items as their own paragraphs', () => {
    const { sections } = splitSections(fixtureLines('sub-headings-and-sentence-heading.txt'));
    const starts = bodyParagraphs(sections[0].body).map((p) => p.text.slice(0, 6));
    expect(starts).toEqual(['一、平時查核', '(一) 本局', '(二) 本局', '(三) 各分', '二、年度查核', '(一) 參獎', '1. 依據「', '2. 由本部', '(二) 評核']);
  });
  it('starts a new paragraph at a numbered line even when the previous line ends without punctuation', () => {
    const paragraphs = bodyParagraphs(numbered(['一、平時查核', '', '(一) 本局應依執行計畫', '繼續的句子。', 'AI', 'tools']));
    expect(paragraphs.map((p) => p.text)).toEqual(['一、平時查核', '(一) 本局應依執行計畫繼續的句子。', 'AI tools']);
    expect(paragraphs[1].lines).toEqual([3, 4]);
  });
});
