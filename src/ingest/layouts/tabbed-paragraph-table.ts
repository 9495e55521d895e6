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
 *   programme. There the 執行方法, 具體作法 and 執行成果與績效 columns are three numbered lists that
 *   only line up by their numbering, not by table row: a page break pushes the tail of one method's
 *   actions and results into the row that opens the next method. Those columns are therefore read
 *   as continuous lists per strategy and cut into one group per method.
 */
import { IngestError } from '../errors.ts';
import type {
  LayoutLine,
  LayoutParser,
  ParsedBody,
  ParsedDimension,
  ParsedNote,
  ParsedRow,
  SourceText,
} from '../layout.ts';
import { cellParagraphs, chineseNumber, collapseSpaces, leadingNumbering } from '../text.ts';

type Column = 'strategy' | 'method' | 'units' | 'actions' | 'results';

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

/** A paragraph of a cell (or of a column read across page breaks) with the lines it came from. */
interface Paragraph {
  text: string;
  from: number;
  to: number;
  /** How it was joined to the paragraph before it in the source: "\n" between paragraphs, " " inside one. */
  glue: string;
}

interface DataLine {
  line: number;
  /** True when a repeated header row (a page break) stands right before this line. */
  afterPageBreak: boolean;
  cells: Record<Column, string>;
}

interface Table {
  dimension: number;
  columns: readonly Column[];
  lines: DataLine[];
}

/** Numbered level of the hierarchy shared by the rows under it (strategy, method). */
interface Level {
  paragraphs: Paragraph[];
  number: number;
}

interface DraftRow {
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
    rows: withSuffixes(text.file, drafts.map(toParsedRow)),
    notes,
    scores: null,
    layoutLines,
  };
}

// ---------------------------------------------------------------------------------------------
// Lines → dimension headings, notes, tables

function cellsOf(line: string): string[] {
  const cells = line.split('\t').map((cell) => cell.trim());
  // A trailing tab is an extraction artefact, not an extra column.
  while (cells.length > 1 && cells[cells.length - 1] === '') cells.pop();
  return cells;
}

function headerColumns(line: string): typeof HEADER_WITH_UNITS | typeof HEADER_WITHOUT_UNITS | null {
  if (!line.includes('\t')) return null;
  const cells = cellsOf(line);
  for (const header of [HEADER_WITH_UNITS, HEADER_WITHOUT_UNITS]) {
    if (cells.length === header.length && header.every((name, i) => cells[i] === name)) return header;
  }
  return null;
}

const DIMENSION_HEADING = /^構面([一二三四五六七八九十]+)\s*[、：:．.]?\s*(.+)$/;

function dimensionOf(text: string, line: number): ParsedDimension | null {
  const heading = collapseSpaces(text);
  const m = heading.match(DIMENSION_HEADING);
  if (!m) return null;
  const points = heading.match(/[（(]\s*(\d+)\s*分\s*[)）]/);
  const label = m[2].replace(/\s*[（(][^（）()]*[)）]\s*$/, '').trim();
  return {
    number: chineseNumber(m[1]),
    heading,
    label,
    maxPoints: points ? Number(points[1]) : null,
    source: { lines: [line, line] },
  };
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
      const dimension = dimensionOf(raw, line);
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
  const cells = raw.split('\t');
  while (cells.length > columns.length && cells[cells.length - 1].trim() === '') cells.pop();
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
  if (!/\p{P}$/u.test(lastText)) {
    throw new IngestError(text.file, last.line, `the table ends mid-sentence ("…${lastText.slice(-12)}"): is the file truncated?`);
  }
}

// ---------------------------------------------------------------------------------------------
// Paragraph flows across page breaks

function paragraphsOf(cell: string, line: number): Paragraph[] {
  return cellParagraphs(cell).map((text) => ({ text, from: line, to: line, glue: '\n' }));
}

/** True when a paragraph opens a numbered entry: "1.", "(1)", "一、", "A.", or a 【programme】 label. */
function opensEntry(text: string): boolean {
  return leadingNumbering(text) !== null || /^[A-Z][.．]/.test(text) || text.startsWith('【');
}

/**
 * Appends a cell's paragraphs to a column. Across a page break the first paragraph goes on with the
 * last one (the break fell inside a sentence, even inside a word: joined with nothing in between)
 * unless it opens a numbered entry or the last paragraph had ended its sentence.
 */
function appendFlow(flow: Paragraph[], incoming: Paragraph[], acrossPageBreak: boolean): void {
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

function joinParagraphs(paragraphs: readonly Paragraph[]): string {
  return paragraphs.map((p, i) => (i === 0 ? '' : p.glue) + p.text).join('');
}

// ---------------------------------------------------------------------------------------------
// The five-column table: one row per method sub-item, continuation lines merged

function rowsOfUnitTable(file: string, table: Table): DraftRow[] {
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
      units: collapseSpaces(cellParagraphs(data.cells.units).join(' ')),
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
  const units = collapseSpaces(cellParagraphs(data.cells.units).join(' '));
  if (units) row.units = row.units ? `${row.units} ${units}` : units;
  appendFlow(row.actions, paragraphsOf(data.cells.actions, data.line), true);
  appendFlow(row.results, paragraphsOf(data.cells.results, data.line), true);
  row.to = data.line;
}

// ---------------------------------------------------------------------------------------------
// The innovation-programme table: columns read as numbered lists per strategy

interface MethodEntry {
  method: Level;
  item: Paragraph[];
  itemNumber: number;
  /** True for the first entry under a method heading: the heading's lines are its own. */
  ownsMethod: boolean;
}

function rowsOfProgrammeTable(file: string, table: Table): DraftRow[] {
  const blocks: DataLine[][] = [];
  for (const data of table.lines) {
    if (cellParagraphs(data.cells.strategy).length > 0) blocks.push([data]);
    else if (blocks.length > 0) blocks[blocks.length - 1].push(data);
    else throw new IngestError(file, data.line, 'row before any 執行策略');
  }
  return blocks.flatMap((block) => rowsOfStrategyBlock(file, table.dimension, block));
}

function rowsOfStrategyBlock(file: string, dimension: number, block: DataLine[]): DraftRow[] {
  const firstLine = block[0].line;
  const strategyParagraphs = paragraphsOf(block[0].cells.strategy, firstLine);
  const numbering = leadingNumbering(strategyParagraphs[0]?.text ?? '');
  const strategy: Level = {
    paragraphs: strategyParagraphs,
    number: numbering?.style === 'chinese-paren' ? numbering.value : 0,
  };
  const flows: Record<'method' | 'actions' | 'results', Paragraph[]> = { method: [], actions: [], results: [] };
  block.forEach((data, i) => {
    for (const column of ['method', 'actions', 'results'] as const) {
      appendFlow(flows[column], paragraphsOf(data.cells[column], data.line), i > 0 && data.afterPageBreak);
    }
  });

  const entries = methodEntries(flows.method);
  if (entries.length === 0) throw new IngestError(file, firstLine, 'strategy without any 執行方法 text');
  const actions = groupsFor(file, firstLine, entries, flows.actions, '具體作法');
  const results = groupsFor(file, firstLine, entries, flows.results, '執行成果與績效');

  return entries.map((entry, i) => {
    const own = [
      ...(i === 0 ? strategyParagraphs : []),
      ...(entry.ownsMethod ? entry.method.paragraphs : []),
      ...entry.item,
      ...actions[i],
      ...results[i],
    ];
    return {
      dimension,
      strategy,
      method: entry.method,
      item: entry.item,
      itemNumber: entry.itemNumber,
      units: '',
      actions: actions[i],
      results: results[i],
      from: Math.min(...own.map((p) => p.from)),
      to: Math.max(...own.map((p) => p.to)),
    };
  });
}

/** Splits "【label】 一、part 1. method …" into its numbered pieces, remembering they shared a paragraph. */
function piecesOf(paragraph: Paragraph): Paragraph[] {
  return paragraph.text
    .split(/\s+(?=[一二三四五六七八九十]+、|\d{1,2}[.．]\s*\D)/)
    .map((text, i) => ({ ...paragraph, text, glue: i === 0 ? paragraph.glue : ' ' }));
}

/**
 * The 執行方法 column as method entries. Top-level numbers are methods; under a part heading
 * "一、…" (with its 【label】) the numbered entries "1." are its sub-items. Unnumbered text
 * describes the entry before it.
 */
function methodEntries(flow: Paragraph[]): MethodEntry[] {
  const entries: MethodEntry[] = [];
  // Kept in an object: TypeScript does not follow assignments made inside the helpers below.
  const open: { part: { level: Level; hasItems: boolean } | null; label: Paragraph[] } = { part: null, label: [] };
  const closePart = () => {
    if (open.part && !open.part.hasItems) entries.push({ method: open.part.level, item: [], itemNumber: 0, ownsMethod: true });
    open.part = null;
  };
  const takeLabel = (piece: Paragraph) => {
    const pieces = [...open.label, piece];
    open.label = [];
    return pieces;
  };
  const describeLast = (text: Paragraph[]) => {
    const last = entries.at(-1);
    if (open.part && !open.part.hasItems) open.part.level.paragraphs.push(...text);
    else if (last) (last.item.length > 0 ? last.item : last.method.paragraphs).push(...text);
    else entries.push({ method: { paragraphs: text, number: 0 }, item: [], itemNumber: 0, ownsMethod: true });
  };

  for (const piece of flow.flatMap(piecesOf)) {
    const numbering = leadingNumbering(piece.text);
    if (/^【[^】]*】$/.test(piece.text)) {
      open.label.push(piece);
    } else if (numbering?.style === 'chinese-comma') {
      closePart();
      open.part = { level: { paragraphs: takeLabel(piece), number: numbering.value }, hasItems: false };
    } else if (numbering?.style === 'arabic-dot' && open.part) {
      entries.push({
        method: open.part.level,
        item: takeLabel(piece),
        itemNumber: numbering.value,
        ownsMethod: !open.part.hasItems,
      });
      open.part.hasItems = true;
    } else if (numbering?.style === 'arabic-dot') {
      entries.push({ method: { paragraphs: takeLabel(piece), number: numbering.value }, item: [], itemNumber: 0, ownsMethod: true });
    } else {
      describeLast(takeLabel(piece));
    }
  }
  if (open.label.length > 0) describeLast(open.label);
  closePart();
  return entries;
}

/**
 * Cuts an actions/results column into one group per method entry. A group opens at a top-level
 * number "n." or where a sub-list restarts at "(1)" (the results of a method need not carry "n.").
 */
function groupsFor(
  file: string,
  line: number,
  entries: MethodEntry[],
  flow: Paragraph[],
  columnName: string,
): Paragraph[][] {
  if (entries.length === 1) return [flow];
  if (flow.length === 0) return entries.map(() => []);
  const groups: Paragraph[][] = [];
  for (const paragraph of flow) {
    const numbering = leadingNumbering(paragraph.text);
    const current = groups.at(-1);
    const onlyHeading = current?.length === 1 && leadingNumbering(current[0].text)?.style === 'arabic-dot';
    const opens =
      !current ||
      numbering?.style === 'arabic-dot' ||
      (numbering?.style === 'arabic-paren' && numbering.value === 1 && !onlyHeading);
    if (opens) groups.push([paragraph]);
    else current.push(paragraph);
  }
  if (groups.length !== entries.length) {
    throw new IngestError(
      file,
      line,
      `the ${columnName} column holds ${groups.length} numbered groups for ${entries.length} entries of the 執行方法 column`,
    );
  }
  groups.forEach((group, i) => {
    const numbering = leadingNumbering(group[0].text);
    const entry = entries[i];
    const expected = entry.item.length > 0 ? entry.itemNumber : entry.method.number;
    if (numbering?.style === 'arabic-dot' && numbering.value !== expected) {
      throw new IngestError(
        file,
        group[0].from,
        `the ${columnName} group "${numbering.value}." lines up with 執行方法 entry ${expected}`,
      );
    }
  });
  return groups;
}

// ---------------------------------------------------------------------------------------------
// Drafts → contract rows

function toParsedRow(row: DraftRow): ParsedRow {
  return {
    key: {
      dimension: row.dimension,
      strategy: row.strategy.number,
      method: row.method?.number ?? 0,
      item: row.itemNumber,
      suffix: '',
    },
    strategy: joinParagraphs(row.strategy.paragraphs),
    method: row.method ? joinParagraphs(row.method.paragraphs) : '',
    item: joinParagraphs(row.item),
    unitsText: row.units,
    actions: joinParagraphs(row.actions),
    results: joinParagraphs(row.results),
    resultsPeriod: null,
    source: { lines: [row.from, row.to] },
  };
}

/** Rows whose numbering repeats get suffixes a, b, c… in document order; all others none. */
function withSuffixes(file: string, rows: ParsedRow[]): ParsedRow[] {
  const keyOf = (row: ParsedRow) => `${row.key.dimension}-${row.key.strategy}-${row.key.method}-${row.key.item}`;
  const counts = new Map<string, number>();
  for (const row of rows) counts.set(keyOf(row), (counts.get(keyOf(row)) ?? 0) + 1);
  const seen = new Map<string, number>();
  return rows.map((row) => {
    const key = keyOf(row);
    if (counts.get(key) === 1) return row;
    const index = seen.get(key) ?? 0;
    seen.set(key, index + 1);
    if (index >= 26) throw new IngestError(file, row.source.lines[0], `numbering ${key} repeats more than 26 times`);
    return { ...row, key: { ...row.key, suffix: String.fromCharCode(97 + index) } };
  });
}
