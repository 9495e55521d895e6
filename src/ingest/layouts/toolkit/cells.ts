/**
 * Cells and header rows of the tab-separated tables (every layout family except pdf-text): a line
 * with tabs is a table line, its cells may wrap paragraphs in `<p>…</p>`, and a header row is a
 * line whose first cell reads 執行策略.
 */
import type { LayoutLine } from '../../layout.ts';
import { cellParagraphs, collapseSpaces } from '../../text.ts';

/** The cells of a table line, as written. */
export function tabCells(line: string): string[] {
  return line.split('\t');
}

/**
 * The cells of a table line without the empty cells a trailing tab leaves, keeping at least
 * `columns` of them: a trailing tab is an extraction artefact, not an extra column.
 */
export function tabCellsOf(line: string, columns = 1): string[] {
  const cells = tabCells(line);
  while (cells.length > columns && cells[cells.length - 1].trim() === '') cells.pop();
  return cells;
}

/** A cell's text: `<p>` wrappers removed, paragraphs joined by "\n", spaces collapsed. */
export function cellContent(cell: string): string {
  return cellParagraphs(cell).join('\n');
}

/** Column names of a table header row (empty cells dropped), or null when the line is not a header. */
export function headerNames(line: string): string[] | null {
  if (!line.includes('\t')) return null;
  const names = tabCells(line).map(cellContent).filter((name) => name !== '');
  return names[0] === '執行策略' ? names : null;
}

export function sameNames(names: readonly string[], expected: readonly string[]): boolean {
  return names.length === expected.length && names.every((name, i) => name === expected[i]);
}

/** True when the text has table headers and every one of them is accepted (one layout family per document). */
export function allHeadersAre(lines: readonly string[], accepts: (names: string[]) => boolean): boolean {
  const headers = lines.map(headerNames).filter((names): names is string[] => names !== null);
  return headers.length > 0 && headers.every(accepts);
}

/** The first header of a table opens it; the others repeat it at page breaks. */
export function headerLayoutLine(line: number, opensTable: boolean): LayoutLine {
  return { line, reason: opensTable ? 'table-header' : 'repeated-header' };
}

/** A 主辦單位 cell's text: paragraphs joined with a space, since unit names are a list, not prose. */
export function unitsCellText(cell: string): string {
  return collapseSpaces(cellParagraphs(cell).join(' '));
}
