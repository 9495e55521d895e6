/**
 * The five-column table of the tabbed-paragraph-table family (執行策略 | 執行方法 | 主辦單位 | 具體作法 |
 * 執行成果與績效): one row per method sub-item. The 執行方法 cell holds the method "1. …" and its first
 * sub-item "(1) …"; later lines carry only "(2) …" under the same method; a line whose leading cells
 * are empty continues the row a page break cut.
 */
import { IngestError } from '../../model/errors.ts';
import { leadingNumbering } from '../text.ts';
import { unitsCellText } from './toolkit/cells.ts';
import { appendFlow, paragraphsOf, type DataLine, type DraftRow, type Level, type Paragraph, type Table } from './tabbed-paragraph-flow.ts';

export function rowsOfUnitTable(file: string, table: Table): DraftRow[] {
  const rows: DraftRow[] = [];
  let strategy: Level | null = null;
  let method: Level | null = null;

  for (const data of table.lines) {
    const strategyCell = paragraphsOf(data.cells.strategy, data.line);
    let methodCell = paragraphsOf(data.cells.method, data.line);

    if (strategyCell.length === 0 && leadingNumbering(methodCell[0]?.text ?? '') === null) {
      const last = rows.at(-1);
      if (!data.afterPageBreak || !last) {
        throw new IngestError(
          file,
          data.line,
          'row has neither a 執行策略 nor a numbered 執行方法 and does not continue a row cut by a page break',
        );
      }
      continueRow(last, data);
      continue;
    }

    if (strategyCell.length > 0) {
      const numbering = leadingNumbering(strategyCell[0].text);
      if (numbering?.style === 'arabic-dot') {
        // A method "2. …" slipped into the strategy column; the strategy above goes on.
        methodCell = [...strategyCell, ...methodCell];
      } else {
        strategy = { paragraphs: strategyCell, number: numbering?.style === 'chinese-paren' ? numbering.value : 0 };
        method = null;
      }
    }
    if (!strategy) throw new IngestError(file, data.line, 'row before any 執行策略');

    let item: Paragraph[] = [];
    const numbering = leadingNumbering(methodCell[0]?.text ?? '');
    if (numbering?.style === 'arabic-paren') {
      item = methodCell;
    } else if (methodCell.length > 0) {
      const split = splitMethodCell(methodCell);
      method = { paragraphs: split.method, number: numbering?.style === 'arabic-dot' ? numbering.value : 0 };
      item = split.item;
    }
    const itemNumbering = leadingNumbering(item[0]?.text ?? '');
    rows.push({
      dimension: table.dimension,
      strategy,
      method,
      item,
      itemNumber: itemNumbering?.style === 'arabic-paren' ? itemNumbering.value : 0,
      units: unitsCellText(data.cells.units),
      actions: paragraphsOf(data.cells.actions, data.line),
      results: paragraphsOf(data.cells.results, data.line),
      from: data.line,
      to: data.line,
    });
  }
  return rows;
}

/**
 * "1. 服務場所便利性 (1) 進行環境美(綠)化…" or <p>1. …</p> <p>(1) …</p> → method and its first sub-item.
 * Unnumbered paragraphs after the method describe it and stay with it.
 */
function splitMethodCell(cell: Paragraph[]): { method: Paragraph[]; item: Paragraph[] } {
  const [first, ...rest] = cell;
  const inline = first.text.match(/^(.*?\S)\s+([（(]\d{1,2}[)）].*)$/s);
  if (inline) {
    return { method: [{ ...first, text: inline[1] }], item: [{ ...first, text: inline[2] }, ...rest] };
  }
  const itemStart = rest.findIndex((p) => leadingNumbering(p.text)?.style === 'arabic-paren');
  if (itemStart < 0) return { method: cell, item: [] };
  return { method: [first, ...rest.slice(0, itemStart)], item: rest.slice(itemStart) };
}

function continueRow(row: DraftRow, data: DataLine): void {
  const methodText = paragraphsOf(data.cells.method, data.line);
  // A cut 執行方法 cell continues the sub-item when the row has one, else the method itself.
  if (row.item.length > 0) appendFlow(row.item, methodText, true);
  else if (row.method) appendFlow(row.method.paragraphs, methodText, true);
  else if (methodText.length > 0) row.method = { paragraphs: methodText, number: 0 };
  // Unit names are whole words separated by spaces; the break falls between two of them.
  const units = unitsCellText(data.cells.units);
  if (units) row.units = row.units ? `${row.units} ${units}` : units;
  appendFlow(row.actions, paragraphsOf(data.cells.actions, data.line), true);
  appendFlow(row.results, paragraphsOf(data.cells.results, data.line), true);
  row.to = data.line;
}
