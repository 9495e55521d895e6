/**
 * Layout family "folded-hierarchy-table": a results report whose tab-separated table has three
 * columns, 執行策略 | 主辦單位 | 績效與成果, with the whole hierarchy folded into the first column,
 * e.g. the Hualien 111 report.
 *
 * How a line reads depends on its first cell:
 * - a cell that folds the hierarchy ("(一)服務便捷性 1. 檢討…", "(3) 妥適規劃…", "2. 提高網站使用便利性")
 *   is followed by the units and the results: label | units | results;
 * - an empty cell or a bare strategy ("(二)服務可近性", "(二)積極回應 民眾意見") is followed by the method
 *   in a cell of its own; then, with four cells, units | results, and with three cells one cell
 *   where the unit names run straight into the results ("第五課 臺東辦事處 本分局及臺東辦事處…").
 * Header rows repeat at page breaks, some with an extra empty cell.
 */
import { IngestError } from '../../model/errors.ts';
import type { LayoutParser, ParsedBody, SourceText } from '../layout.ts';
import { fourCellRow, readStrategyTable, splitLeadingUnits, splitNumbered, type RowCells } from './strategy-table.ts';
import { allHeadersAre, cellContent, sameNames, tabCells, unitsCellText } from './toolkit/cells.ts';

const COLUMNS = ['執行策略', '主辦單位', '績效與成果'] as const;

function isFamilyHeader(names: string[]): boolean {
  return sameNames(names, COLUMNS);
}

/** "(二)服務可近性": a strategy and nothing else, so the method has a cell of its own. */
function isBareStrategy(text: string): boolean {
  const { lead, parts } = splitNumbered(text);
  return lead === '' && parts.length === 1 && parts[0].level === 'strategy';
}

function rowCells(file: string, line: number, raw: string): RowCells {
  const cells = tabCells(raw);
  if (cells.length === 4) return fourCellRow(cells);
  if (cells.length === 3) {
    const label = cellContent(cells[0]);
    if (label !== '' && !isBareStrategy(label)) {
      return { labelCell: label, methodCell: null, unitsText: unitsCellText(cells[1]), results: cellContent(cells[2]) };
    }
    const { unitsText, rest } = splitLeadingUnits(cells[2]);
    return { labelCell: label, methodCell: cellContent(cells[1]), unitsText, results: rest };
  }
  throw new IngestError(file, line, `table row has ${cells.length} cells, expected 3 (${COLUMNS.join(' | ')}) or 4`);
}

function parse(source: SourceText): ParsedBody {
  const { dimensions, rows, layoutLines } = readStrategyTable(source, {
    columns: COLUMNS,
    isFamilyHeader,
    rowCells,
    otherLine: () => false,
  });
  return { issuedOn: null, sections: [], dimensions, rows, notes: [], scores: null, layoutLines };
}

export const foldedHierarchyTableLayout: LayoutParser = {
  id: 'folded-hierarchy-table',
  detect: (text) => allHeadersAre(text.lines, isFamilyHeader),
  parse,
};
