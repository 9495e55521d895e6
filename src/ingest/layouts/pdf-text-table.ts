/**
 * The strategy table of a PDF-extracted plan (執行策略 | 執行方法 | 主辦單位 | 具體作法 | 執行績效與成果).
 *
 * The PDF lost the table grid: each cell comes out as a run of short lines, cells of one row one
 * after the other in column order. What is left to find cells by:
 * - numbering: a strategy opens with the next (一)(二)…, a method with the next 1. 2. …, a sub-item
 *   with the next (1)(2)…, each in the document's own sequence;
 * - column widths: strategy, method and sub-item cells are narrow, action and result cells wide;
 * - the 主辦單位 cell, which holds nothing but unit names (see pdf-text-units.ts).
 * A row starts with the next strategy, method or sub-item and runs until the following one.
 */
import { IngestError } from '../../model/errors.ts';
import type { LayoutLine, ParsedDimension, ParsedRow } from '../layout.ts';
import { leadingNumbering, squash, type Numbering } from '../text.ts';
import { parsedRow } from './toolkit/row.ts';
import { displayWidth, isBlank, isPageFooter, paragraphsOf, type PdfLine } from './pdf-text-lines.ts';
import { readUnitRun, type UnitRun } from './pdf-text-units.ts';
import { hasResults, splitActionsAndResults } from './pdf-text-cells.ts';

/** The strategy column holds about six characters a line. */
const STRATEGY_MAX_WIDTH = 14;
/**
 * The method and sub-item column holds about ten characters a line (width up to 22 with full-width
 * punctuation); action and result lines mostly run to 22–28, so width alone only rules out.
 */
const HEAD_MAX_WIDTH = 22;

/** The columns this layout reads, as the header names them. */
const COLUMNS = ['執行策略', '執行方法', '主辦單位', '具體作法', '執行績效與成果'] as const;
const HEADER_TEXT = COLUMNS.join('');
/** "(1-6 月)" under the results column: the months the results cover. */
const PERIOD = /^[(（](\d{1,2}-\d{1,2}月)[)）]$/;

export interface TableHeader {
  lines: number[];
  /** Index after the header's last line. */
  next: number;
  /** "1-6月", or null when the header names no period. */
  period: string | null;
}

/**
 * Reads the column header at the first non-blank line from `start`, broken over lines as the PDF
 * breaks it ("執行策略 執行方法 主辦單" / "位" / "具體作法 執行績效與成果" / "(1-6 月)"). Null when
 * no header starts there; an error when one starts but does not name this layout's columns.
 */
export function readTableHeader(
  file: string,
  lines: readonly PdfLine[],
  start: number,
  end: number,
): TableHeader | null {
  const header = headerAt(lines, start, end);
  if (header && header.read !== HEADER_TEXT) {
    throw new IngestError(
      file,
      header.lines[0],
      `table header reads "${header.read}", expected the columns ${COLUMNS.join(' | ')}`,
    );
  }
  return header;
}

function headerAt(lines: readonly PdfLine[], start: number, end: number): (TableHeader & { read: string }) | null {
  let i = start;
  while (i < end && isBlank(lines[i].raw)) i++;
  if (i >= end || !squash(lines[i].text).startsWith(COLUMNS[0])) return null;
  let read = '';
  let period: string | null = null;
  const used: number[] = [];
  let next = i;
  for (; i < end; i++) {
    if (isBlank(lines[i].raw)) continue;
    const text = squash(lines[i].text);
    const combined = read + text;
    if (read.length < HEADER_TEXT.length && HEADER_TEXT.startsWith(combined)) {
      read = combined;
    } else if (combined.startsWith(HEADER_TEXT) && PERIOD.test(combined.slice(HEADER_TEXT.length))) {
      read = HEADER_TEXT;
      period = (combined.slice(HEADER_TEXT.length).match(PERIOD) as RegExpMatchArray)[1];
    } else {
      break;
    }
    used.push(lines[i].line);
    next = i + 1;
    if (period) break;
  }
  return { lines: used, next, period, read };
}

interface Strategy {
  number: number;
  text: string;
  lines: number[];
  /** Set once a row claims the cell's lines; later rows inherit the text but not the lines. */
  claimed?: boolean;
}

interface Method {
  /** 0 for a strategy whose single method carries no number. */
  number: number;
  text: string;
  lines: number[];
  hasItems: boolean;
  claimed?: boolean;
}

interface Item {
  number: number;
  text: string;
  lines: number[];
}

type RowStart = 'strategy' | 'method' | 'item' | 'end';

/**
 * Reads the rows under one dimension heading: `lines` are the dimension's lines after its column
 * header, up to the next heading or the end of the table.
 */
export function readDimensionRows(
  file: string,
  dimension: ParsedDimension,
  lines: readonly PdfLine[],
  resultsPeriod: string | null,
): { rows: ParsedRow[]; layoutLines: LayoutLine[] } {
  const scanner = new RowScanner(file, dimension, lines, resultsPeriod);
  scanner.scan();
  return { rows: scanner.rows, layoutLines: scanner.layoutLines };
}

class RowScanner {
  readonly rows: ParsedRow[] = [];
  readonly layoutLines: LayoutLine[] = [];
  private readonly stream: PdfLine[] = [];
  private strategy: Strategy | null = null;
  private method: Method | null = null;
  private item: Item | null = null;

  constructor(
    private readonly file: string,
    private readonly dimension: ParsedDimension,
    lines: readonly PdfLine[],
    private readonly resultsPeriod: string | null,
  ) {
    // Footers and a header repeated at the top of a page are layout; what follows them opens a page.
    let pageStart = false;
    for (let i = 0; i < lines.length; i++) {
      const l = lines[i];
      const header = isBlank(l.raw) ? null : headerAt(lines, i, lines.length);
      if (header?.read === HEADER_TEXT) {
        this.layoutLines.push(...header.lines.map((line) => ({ line, reason: 'repeated-header' })));
        i = header.next - 1;
        pageStart = true;
      } else if (isPageFooter(l.raw)) {
        this.layoutLines.push({ line: l.line, reason: 'page-footer' });
        pageStart = true;
      } else if (isBlank(l.raw)) {
        this.stream.push(l);
      } else {
        this.stream.push(pageStart && !l.pageStart ? { ...l, pageStart } : l);
        pageStart = false;
      }
    }
  }

  scan(): void {
    let i = this.skipBlank(0);
    if (i >= this.stream.length) {
      throw new IngestError(this.file, this.dimension.source.lines[0], `${this.dimension.heading} has no table rows`);
    }
    let next: RowStart = 'strategy';
    while (next !== 'end') {
      if (next === 'strategy') i = this.readStrategy(i);
      if (next === 'strategy' || next === 'method') i = this.readMethod(i);
      if (next === 'item' || this.method?.hasItems) i = this.readItem(i);
      const units = this.readUnits(i);
      const body = units.rest ? [units.rest] : [];
      const [after, found] = this.readBody(units.next, body);
      this.emitRow(units.run, body);
      [i, next] = [after, found];
    }
  }

  private skipBlank(i: number): number {
    while (i < this.stream.length && isBlank(this.stream[i].raw)) i++;
    return i;
  }

  private line(i: number): PdfLine {
    if (i >= this.stream.length) {
      const last = this.stream[this.stream.length - 1];
      throw new IngestError(this.file, last.line, 'table ends in the middle of a row');
    }
    return this.stream[i];
  }

  /** A strategy cell; its first line may carry the start of the method cell after a space. */
  private readStrategy(start: number): number {
    const i = this.skipBlank(start);
    const first = this.line(i);
    const numbering = leadingNumbering(first.text);
    if (numbering?.style !== 'chinese-paren') {
      throw new IngestError(
        this.file,
        first.line,
        `table row does not start with a strategy (一)(二)…: "${first.text}"`,
      );
    }
    this.method = null;
    this.item = null;
    const head = strategyHead(first.text);
    if (head !== first.text) {
      const methodStart = restOf(first, first.text.slice(head.length + 1));
      this.stream.splice(i, 1, { ...first, text: head, width: displayWidth(head) }, methodStart);
      this.strategy = { number: numbering.value, text: head, lines: [first.line] };
      return i + 1;
    }
    const cell = [first];
    let j = i + 1;
    for (; j < this.stream.length; j++) {
      const l = this.stream[j];
      if (isBlank(l.raw) || leadingNumbering(l.text) || l.width > STRATEGY_MAX_WIDTH) break;
      cell.push(l);
    }
    this.strategy = { number: numbering.value, text: textOf(cell), lines: cell.map((l) => l.line) };
    return j;
  }

  /** A method cell: numbered (1. 2. …) or, where a strategy has one method, unnumbered. */
  private readMethod(start: number): number {
    const i = this.skipBlank(start);
    const first = this.line(i);
    const numbering = leadingNumbering(first.text);
    const numbered = numbering?.style === 'arabic-dot';
    this.item = null;
    if (readUnitRun(this.stream, i)) {
      this.method = { number: 0, text: '', lines: [], hasItems: false };
      return i;
    }
    const { cell, next, itemFollows } = this.readHeadCell(i, '執行方法', true);
    this.method = {
      number: numbered ? (numbering as Numbering).value : 0,
      text: textOf(cell),
      lines: cell.map((l) => l.line),
      hasItems: itemFollows,
    };
    return next;
  }

  private readItem(start: number): number {
    const i = this.skipBlank(start);
    const first = this.line(i);
    const numbering = leadingNumbering(first.text);
    if (numbering?.style !== 'arabic-paren') {
      throw new IngestError(this.file, first.line, `sub-item cell does not start with (1)(2)…: "${first.text}"`);
    }
    const { cell, next } = this.readHeadCell(i, '執行方法 sub-item', false);
    this.item = { number: numbering.value, text: textOf(cell), lines: cell.map((l) => l.line) };
    return next;
  }

  /**
   * Lines of a method or sub-item cell from `start` up to the 主辦單位 cell or, for a method, its
   * first sub-item (1). A wide line before either means the cells are not where this layout expects.
   */
  private readHeadCell(
    start: number,
    column: string,
    subItemsMayFollow: boolean,
  ): { cell: PdfLine[]; next: number; itemFollows: boolean } {
    const cell = [this.stream[start]];
    for (let j = start + 1; ; j++) {
      const l = this.line(j);
      if (isBlank(l.raw)) continue;
      if (readUnitRun(this.stream, j)) return { cell, next: j, itemFollows: false };
      const numbering = leadingNumbering(l.text);
      if (subItemsMayFollow && numbering?.style === 'arabic-paren' && numbering.value === 1) {
        return { cell, next: j, itemFollows: true };
      }
      if (l.width > HEAD_MAX_WIDTH) {
        throw new IngestError(
          this.file,
          l.line,
          `${column} cell runs into a wide line before any 主辦單位 cell: "${l.text}"`,
        );
      }
      cell.push(l);
    }
  }

  private readUnits(start: number): { run: UnitRun; next: number; rest: PdfLine | null } {
    const i = this.skipBlank(start);
    const run = readUnitRun(this.stream, i);
    if (!run) throw new IngestError(this.file, this.line(i).line, `expected a 主辦單位 cell: "${this.line(i).text}"`);
    const last = this.stream[run.endIndex];
    return { run, next: run.endIndex + 1, rest: run.rest ? restOf(last, run.rest) : null };
  }

  /** Action and result lines up to the next row's first line. */
  private readBody(start: number, body: PdfLine[]): [number, RowStart] {
    for (let j = start; j < this.stream.length; j++) {
      const l = this.stream[j];
      if (isBlank(l.raw)) continue;
      if (body.length > 0) {
        // A row can only end once its results cell has begun.
        const kind = this.rowStartAt(j);
        if (kind && hasResults(body)) return [j, kind];
      }
      body.push(l);
    }
    return [this.stream.length, 'end'];
  }

  private rowStartAt(j: number): RowStart | null {
    const l = this.stream[j];
    const numbering = leadingNumbering(l.text);
    if (!numbering || !this.strategy || !this.method) return null;
    const { style, value } = numbering;
    if (style === 'chinese-paren' && value === this.strategy.number + 1) {
      if (displayWidth(strategyHead(l.text)) <= STRATEGY_MAX_WIDTH) return 'strategy';
    }
    if (style === 'arabic-dot' && this.method.number > 0 && value === this.method.number + 1) {
      if (numbering.rest.trim() && this.narrowBlock(j)) return 'method';
    }
    if (style === 'arabic-paren' && this.method.hasItems && value === (this.item?.number ?? 0) + 1) {
      if (this.narrowBlock(j)) return 'item';
    }
    return null;
  }

  /** The lines of the paragraph opening at `j` all fit the method column. */
  private narrowBlock(j: number): boolean {
    for (let k = j; k < this.stream.length; k++) {
      const l = this.stream[k];
      if (isBlank(l.raw) || (k > j && leadingNumbering(l.text))) break;
      if (l.width > HEAD_MAX_WIDTH) return false;
    }
    return true;
  }

  private emitRow(units: UnitRun, body: PdfLine[]): void {
    const strategy = this.strategy as Strategy;
    const method = this.method as Method;
    const item = this.item;
    if (body.length === 0) {
      throw new IngestError(
        this.file,
        units.lines[units.lines.length - 1],
        'row ends after its 主辦單位 cell, without 具體作法',
      );
    }
    const { actions, results } = splitActionsAndResults(this.file, body);
    if (results.length === 0) {
      throw new IngestError(
        this.file,
        body[body.length - 1].line,
        'row has 具體作法 but no 執行績效與成果 (table cut off?)',
      );
    }
    // A row's range covers its own lines; the first row under a strategy or method also owns
    // that heading cell's lines, so inherited context never stretches a range over earlier rows.
    const lines = [
      ...(strategy.claimed ? [] : strategy.lines),
      ...(method.claimed ? [] : method.lines),
      ...(item?.lines ?? []),
      ...units.lines,
      ...body.map((l) => l.line),
    ];
    strategy.claimed = true;
    method.claimed = true;
    this.rows.push(
      parsedRow({
        key: { dimension: this.dimension.number, strategy: strategy.number, method: method.number, item: item?.number ?? 0 },
        strategy: strategy.text,
        method: method.text,
        item: item?.text,
        unitsText: units.names.join(' '),
        actions: actions.map((p) => p.text).join('\n'),
        results: results.map((p) => p.text).join('\n'),
        resultsPeriod: this.resultsPeriod,
        lines: [Math.min(...lines), Math.max(...lines)],
      }),
    );
  }
}

/** "(一)開放參與 適時運用…" → "(一)開放參與": the strategy's own words, when a space parts them from the method. */
function strategyHead(text: string): string {
  const close = text.search(/[)）]/);
  const space = close === -1 ? -1 : text.indexOf(' ', close + 1);
  if (space === -1) return text;
  const head = text.slice(0, space);
  return displayWidth(head) <= STRATEGY_MAX_WIDTH && text.slice(space + 1).trim() ? head : text;
}

/** The part of a line that belongs to the next column, as a line of its own. */
function restOf(line: PdfLine, rest: string): PdfLine {
  return { ...line, text: rest, width: displayWidth(rest), pageStart: false };
}

function textOf(cell: readonly PdfLine[]): string {
  return paragraphsOf(cell)
    .map((p) => p.text)
    .join('\n');
}
