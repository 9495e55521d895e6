/**
 * Layout family "tabbed-markdown": a results report whose prose keeps markdown-ish heading markers
 * ("## title", "#### 構面四:…") and whose strategy tables are tab-separated with four columns,
 * 執行策略 | 執行方法 | 主辦單位 | 執行績效與成果, e.g. the Hsinchu 107 report.
 *
 * Quirks of the family: the last column is headed 具體作法 in some dimensions although it still holds
 * results (so it is always read as results); headers repeat at page breaks; rows under a strategy
 * leave the 執行策略 cell empty; the 執行方法 cell folds method and first sub-item together
 * ("2. 提高網站使用便利性 (1) 網站應以…"); a results cell may carry the next sub-item's result; an
 * editor's instruction may be left between tables.
 */
import { IngestError } from '../../model/errors.ts';
import type { LayoutParser, ParsedBody, ParsedNote, ParsedSection, SourceText } from '../layout.ts';
import { parseSectionHeading } from '../sections.ts';
import { fourCellRow, readStrategyTable, type RowCells } from './strategy-table.ts';
import { allHeadersAre, sameNames, tabCells } from './toolkit/cells.ts';

const LEADING_COLUMNS = ['執行策略', '執行方法', '主辦單位'] as const;
const COLUMNS = [...LEADING_COLUMNS, '執行績效與成果'] as const;
/** The last column's names: both hold the year's results in this family. */
const RESULTS_COLUMNS = ['執行績效與成果', '具體作法'];

function isFamilyHeader(names: string[]): boolean {
  return names.length === 4 && sameNames(names.slice(0, 3), LEADING_COLUMNS) && RESULTS_COLUMNS.includes(names[3]);
}

/** "一、整體服務類": a category over the dimension tables. */
const CATEGORY_HEADING = /^[一二三四五六七八九十]+、\s*\S/;
/** "(請相關單位檢視並研提 107 年度資料)": an instruction the editor left in the text. */
const EDITOR_NOTE = /^[（(].+[)）]$/;

/** The heading keeps its colon ("壹、依據：") so no character of the line is lost. */
function sectionOf(text: string, line: number): ParsedSection {
  const colon = text.search(/[：:]/);
  return colon < 0
    ? { heading: text, text: '', source: { lines: [line, line] } }
    : { heading: text.slice(0, colon + 1).trim(), text: text.slice(colon + 1).trim(), source: { lines: [line, line] } };
}

/** A section reaches to the last non-blank line before the next one ("貳、執行策略及方法" holds every table). */
function withBodies(sections: ParsedSection[], lines: readonly string[]): ParsedSection[] {
  return sections.map((section, i) => {
    let last = (sections[i + 1]?.source.lines[0] ?? lines.length + 1) - 1;
    while (last > section.source.lines[0] && lines[last - 1].trim() === '') last--;
    return { ...section, source: { lines: [section.source.lines[0], last] } };
  });
}

function rowCells(file: string, line: number, raw: string): RowCells {
  const cells = tabCells(raw);
  if (cells.length !== 4) {
    throw new IngestError(file, line, `table row has ${cells.length} cells, expected 4 (${COLUMNS.join(' | ')})`);
  }
  return fourCellRow(cells);
}

function parse(source: SourceText): ParsedBody {
  const sections: ParsedSection[] = [];
  const notes: ParsedNote[] = [];
  const { dimensions, rows, layoutLines } = readStrategyTable(source, {
    columns: COLUMNS,
    isFamilyHeader,
    rowCells,
    otherLine(text, line) {
      // "壹、依據：經濟部標準檢驗局…" (heading and text on one line) or "貳、執行策略及方法" (heading only).
      if (parseSectionHeading(text)) sections.push(sectionOf(text, line));
      else if (CATEGORY_HEADING.test(text)) notes.push({ text, kind: 'category-heading', source: { lines: [line, line] } });
      else if (EDITOR_NOTE.test(text)) notes.push({ text, kind: 'editor-note', source: { lines: [line, line] } });
      else return false;
      return true;
    },
  });
  return { issuedOn: null, sections: withBodies(sections, source.lines), dimensions, rows, notes, scores: null, layoutLines };
}

export const tabbedMarkdownLayout: LayoutParser = {
  id: 'tabbed-markdown',
  detect: (text) => allHeadersAre(text.lines, isFamilyHeader),
  parse,
};
