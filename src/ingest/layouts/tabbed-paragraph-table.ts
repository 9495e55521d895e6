/**
 * Layout family "tabbed-paragraph-table" (first seen in the Keelung 102 results report).
 *
 * The text is a Word table saved with tabs between cells and `<p>…</p>` around cell paragraphs:
 *
 * - one table per 構面, preceded by a heading line "構面一、優質便民服務（…）";
 * - the header row 執行策略 / 執行方法 / 主辦單位 / 具體作法 / 執行成果與績效 is repeated at every page
 *   break, and a row cut by the break goes on in a new line whose leading cells are empty; its text
 *   continues the previous row's cells, often mid-word ("其所須檢" | "附之技術文件");
 * - the 執行方法 cell holds the method "1. …" and, in the same cell, its first sub-item "(1) …"; later
 *   rows carry only "(2) …" and belong to the same method;
 * - the innovation dimension (構面三) has its own table without 主辦單位 that describes a named
 *   programme.
 * This module finds the headings, notes and tables; tabbed-paragraph-unit-table.ts and
 * tabbed-paragraph-programme-table.ts read the two kinds of table into rows.
 */
import { IngestError } from '../../model/errors.ts';
import type { LayoutLine, LayoutParser, ParsedBody, ParsedDimension, ParsedNote, SourceText } from '../layout.ts';
import { cellParagraphs, collapseSpaces } from '../text.ts';
import { headerNames, sameNames, tabCellsOf } from './toolkit/cells.ts';
import { parseDimensionHeading } from './toolkit/dimension-heading.ts';
import { endsSentence } from './toolkit/truncation.ts';
import { toParsedRow, type Column, type Table } from './tabbed-paragraph-flow.ts';
import { rowsOfUnitTable } from './tabbed-paragraph-unit-table.ts';
import { rowsOfProgrammeTable } from './tabbed-paragraph-programme-table.ts';

const COLUMN_OF_HEADING: Readonly<Record<string, Column>> = {
  執行策略: 'strategy',
  執行方法: 'method',
  主辦單位: 'units',
  具體作法: 'actions',
  執行成果與績效: 'results',
};

/** The header that identifies the family: no other known layout has exactly these five cells. */
const HEADER_WITH_UNITS = ['執行策略', '執行方法', '主辦單位', '具體作法', '執行成果與績效'] as const;
/** The innovation-programme table of 構面三. */
const HEADER_WITHOUT_UNITS = ['執行策略', '執行方法', '具體作法', '執行成果與績效'] as const;

export const tabbedParagraphTableLayout: LayoutParser = {
  id: 'tabbed-paragraph-table',
  detect: (text) => text.lines.some((line) => headerColumns(line) === HEADER_WITH_UNITS),
  parse,
};

function parse(text: SourceText): ParsedBody {
  const { dimensions, notes, layoutLines, tables } = scan(text);
  const drafts = tables.flatMap((table) =>
    table.columns.includes('units') ? rowsOfUnitTable(text.file, table) : rowsOfProgrammeTable(text.file, table),
  );
  checkEndsCleanly(text, tables);
  return {
    issuedOn: null,
    sections: [],
    dimensions,
    rows: drafts.map(toParsedRow),
    notes,
    scores: null,
    layoutLines,
  };
}

// ---------------------------------------------------------------------------------------------
// Lines → dimension headings, notes, tables

function headerColumns(line: string): typeof HEADER_WITH_UNITS | typeof HEADER_WITHOUT_UNITS | null {
  const names = headerNames(line);
  if (!names) return null;
  return [HEADER_WITH_UNITS, HEADER_WITHOUT_UNITS].find((header) => sameNames(names, header)) ?? null;
}

function scan(text: SourceText) {
  const { file } = text;
  const dimensions: ParsedDimension[] = [];
  const notes: ParsedNote[] = [];
  const layoutLines: LayoutLine[] = [];
  const tables: Table[] = [];
  let table: Table | null = null;
  let pageBreak = false;
  let lastContentLine = 0;

  text.lines.forEach((raw, index) => {
    const line = index + 1;
    if (line === text.titleLine || raw.trim() === '') return;
    lastContentLine = line;
    const header = headerColumns(raw);
    if (header) {
      const columns = header.map((name) => COLUMN_OF_HEADING[name]);
      const dimension = dimensions.at(-1);
      if (!dimension) throw new IngestError(file, line, 'table header before any 構面 heading');
      if (table && table.dimension === dimension.number && sameColumns(table.columns, columns)) {
        layoutLines.push({ line, reason: 'repeated-header' });
        pageBreak = true;
      } else {
        table = { dimension: dimension.number, columns, lines: [] };
        tables.push(table);
        layoutLines.push({ line, reason: 'table-header' });
        pageBreak = false;
      }
      return;
    }
    if (!raw.includes('\t')) {
      // Text outside the table ends it: a later row without its own header could not be placed.
      table = null;
      pageBreak = false;
      const dimension = parseDimensionHeading(raw, line);
      if (dimension) {
        if (dimensions.some((d) => d.number === dimension.number)) {
          throw new IngestError(file, line, `構面 ${dimension.number} has a second heading`);
        }
        dimensions.push(dimension);
      } else {
        const note = collapseSpaces(raw);
        notes.push({ text: note, kind: /計畫名稱/.test(note) ? 'programme-name' : 'text', source: { lines: [line, line] } });
      }
      return;
    }
    if (!table) throw new IngestError(file, line, 'table row without a 執行策略 header row above it');
    table.lines.push({ line, afterPageBreak: pageBreak, cells: cellsByColumn(file, line, raw, table.columns) });
    pageBreak = false;
  });

  if (pageBreak) {
    throw new IngestError(file, lastContentLine, 'the table ends with a repeated header row and no row after it: is the file truncated?');
  }
  return { dimensions, notes, layoutLines, tables };
}

function sameColumns(a: readonly Column[], b: readonly Column[]): boolean {
  return a.length === b.length && a.every((column, i) => column === b[i]);
}

function cellsByColumn(file: string, line: number, raw: string, columns: readonly Column[]): Record<Column, string> {
  const cells = tabCellsOf(raw, columns.length);
  if (cells.length !== columns.length) {
    throw new IngestError(file, line, `expected ${columns.length} tab-separated cells, found ${cells.length}: is the line cut?`);
  }
  const byColumn: Record<Column, string> = { strategy: '', method: '', units: '', actions: '', results: '' };
  columns.forEach((column, i) => {
    const cell = cells[i].trim();
    if (cell.startsWith('<p>') && !cell.endsWith('</p>')) {
      throw new IngestError(file, line, `the ${column} cell opens <p> but never closes it: is the line cut?`);
    }
    byColumn[column] = cell;
  });
  return byColumn;
}

/** The last row must not stop mid-sentence: a cut there has no continuation line to repair it. */
function checkEndsCleanly(text: SourceText, tables: Table[]): void {
  const last = tables.at(-1)?.lines.at(-1);
  if (!last) throw new IngestError(text.file, text.lines.length, 'the document has no table rows');
  const lastCell = [...Object.values(last.cells)].reverse().find((cell) => cellParagraphs(cell).length > 0);
  const lastText = lastCell ? cellParagraphs(lastCell).at(-1)! : '';
  if (!endsSentence(lastText)) {
    throw new IngestError(text.file, last.line, `the table ends mid-sentence ("…${lastText.slice(-12)}"): is the file truncated?`);
  }
}
