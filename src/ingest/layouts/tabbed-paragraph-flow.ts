/**
 * What the two tables of the tabbed-paragraph-table family (tabbed-paragraph-table.ts) share: the
 * lines read into columns, cell paragraphs that keep their source lines, and a column's text
 * flowing on across a page break.
 */
import type { ParsedRow } from '../layout.ts';
import { cellParagraphs, leadingNumbering } from '../text.ts';
import { parsedRow } from './toolkit/row.ts';

export type Column = 'strategy' | 'method' | 'units' | 'actions' | 'results';

/** A paragraph of a cell (or of a column read across page breaks) with the lines it came from. */
export interface Paragraph {
  text: string;
  from: number;
  to: number;
  /** How it was joined to the paragraph before it in the source: "\n" between paragraphs, " " inside one. */
  glue: string;
}

export interface DataLine {
  line: number;
  /** True when a repeated header row (a page break) stands right before this line. */
  afterPageBreak: boolean;
  cells: Record<Column, string>;
}

export interface Table {
  dimension: number;
  columns: readonly Column[];
  lines: DataLine[];
}

/** Numbered level of the hierarchy shared by the rows under it (strategy, method). */
export interface Level {
  paragraphs: Paragraph[];
  number: number;
}

export interface DraftRow {
  dimension: number;
  strategy: Level;
  method: Level | null;
  item: Paragraph[];
  itemNumber: number;
  units: string;
  actions: Paragraph[];
  results: Paragraph[];
  /** Lines the row's own text came from; inherited strategy/method text is context, not counted. */
  from: number;
  to: number;
}

export function paragraphsOf(cell: string, line: number): Paragraph[] {
  return cellParagraphs(cell).map((text) => ({ text, from: line, to: line, glue: '\n' }));
}

/** True when a paragraph opens a numbered entry: "1.", "(1)", "一、", "A.", or a 【programme】 label. */
export function opensEntry(text: string): boolean {
  return leadingNumbering(text) !== null || /^[A-Z][.．]/.test(text) || text.startsWith('【');
}

/**
 * Appends a cell's paragraphs to a column. Across a page break the first paragraph goes on with the
 * last one (the break fell inside a sentence, even inside a word: joined with nothing in between)
 * unless it opens a numbered entry or the last paragraph had ended its sentence.
 */
export function appendFlow(flow: Paragraph[], incoming: Paragraph[], acrossPageBreak: boolean): void {
  if (incoming.length === 0) return;
  const [first, ...rest] = incoming;
  const last = flow.at(-1);
  if (acrossPageBreak && last && !opensEntry(first.text) && !/[。！？]$/.test(last.text)) {
    flow[flow.length - 1] = { ...last, text: last.text + first.text, to: first.to };
    flow.push(...rest);
  } else {
    flow.push(...incoming);
  }
}

export function joinParagraphs(paragraphs: readonly Paragraph[]): string {
  return paragraphs.map((p, i) => (i === 0 ? '' : p.glue) + p.text).join('');
}

/** A draft as a contract row. */
export function toParsedRow(row: DraftRow): ParsedRow {
  return parsedRow({
    key: { dimension: row.dimension, strategy: row.strategy.number, method: row.method?.number ?? 0, item: row.itemNumber },
    strategy: joinParagraphs(row.strategy.paragraphs),
    method: row.method ? joinParagraphs(row.method.paragraphs) : '',
    item: joinParagraphs(row.item),
    unitsText: row.units,
    actions: joinParagraphs(row.actions),
    results: joinParagraphs(row.results),
    lines: [row.from, row.to],
  });
}
