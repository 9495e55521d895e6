/**
 * Pieces shared by the tab-table layouts of the 2017+ service programme (構面一 基礎服務 … 構面五
 * 開放創新): dimension headings, header rows, the strategy / method / sub-item hierarchy that branches
 * fold into one or two cells, unit names merged into the results cell, and results that a cell
 * carries for the next sub-item. Everything here is pure and keeps the source line of every piece.
 */
import { IngestError } from '../../model/errors.ts';
import type { LayoutLine, ParsedDimension, ParsedRow, SourceText } from '../layout.ts';
import { cellParagraphs, chineseNumber, collapseSpaces } from '../text.ts';
import { cellContent, headerLayoutLine, headerNames, unitsCellText } from './toolkit/cells.ts';
import { parseDimensionHeading } from './toolkit/dimension-heading.ts';
import { parsedRow } from './toolkit/row.ts';

// ---------------------------------------------------------------------------------------------
// The hierarchy folded into cells: "(一)服務便捷性 1. 檢討既有服務措施：… (1) …"

export type Level = 'strategy' | 'method' | 'item';

export interface Numbered {
  level: Level;
  /** (一) → 1, 2. → 2, (3) → 3; 0 for a method the document does not number. */
  number: number;
  /** Text as written, numbering included. */
  text: string;
}

/**
 * Numbering that opens a level: (一) strategy, 1. method, (1) sub-item. It must open the text or
 * follow whitespace, so "(綠)化", "67.84%" and "(0800221127)" never count.
 */
const MARKER = /(?<=^|\s)(?:([（(]\s*[一二三四五六七八九十]+\s*[)）])|(\d{1,2})\s*[.．](?!\d)|[（(]\s*(\d{1,2})\s*[)）])/g;

/** Splits hierarchy text at its numbering: the unnumbered text before the first marker, then each numbered part. */
export function splitNumbered(text: string): { lead: string; parts: Numbered[] } {
  const starts: { index: number; level: Level; number: number }[] = [];
  for (const m of text.matchAll(MARKER)) {
    if (m[1]) starts.push({ index: m.index, level: 'strategy', number: chineseNumber(m[1].replace(/[（()）\s]/g, '')) });
    else if (m[2]) starts.push({ index: m.index, level: 'method', number: Number(m[2]) });
    else starts.push({ index: m.index, level: 'item', number: Number(m[3]) });
  }
  const lead = (starts.length ? text.slice(0, starts[0].index) : text).trim();
  const parts = starts.map((start, i) => ({
    level: start.level,
    number: start.number,
    text: text.slice(start.index, starts[i + 1]?.index ?? text.length).trim(),
  }));
  return { lead, parts };
}

const LEVEL_ORDER: Readonly<Record<Level, number>> = { strategy: 0, method: 1, item: 2 };

/** Where the table is: the dimension, strategy and method the next row sits under. */
export class HierarchyCursor {
  dimension: ParsedDimension | null = null;
  strategy: Numbered | null = null;
  method: Numbered | null = null;

  constructor(private readonly file: string) {}

  enterDimension(dimension: ParsedDimension): void {
    this.dimension = dimension;
    this.strategy = null;
    this.method = null;
  }

  /**
   * Reads the hierarchy cells of one row and moves the cursor. `labelCell` is the 執行策略 cell,
   * which may also hold the method and a sub-item; `methodCell` (when the row has a separate
   * method column) may start with a method the document does not number ("提升同仁行政效率：…").
   * Returns the sub-items the row introduces and whether it opened a method.
   */
  read(line: number, labelCell: string, methodCell: string | null): { opensMethod: boolean; items: Numbered[] } {
    if (!this.dimension) throw new IngestError(this.file, line, 'table row before any 構面 heading');
    const label = splitNumbered(labelCell);
    if (label.lead) {
      throw new IngestError(this.file, line, `執行策略 cell starts without numbering (一)/1./(1): "${label.lead}"`);
    }
    const parts = [...label.parts];
    let unnumberedMethod = '';
    if (methodCell !== null) {
      const method = splitNumbered(methodCell);
      unnumberedMethod = method.lead;
      if (method.parts.some((p) => p.level === 'strategy')) {
        throw new IngestError(this.file, line, `執行方法 cell holds a strategy numbering: "${methodCell}"`);
      }
      if (unnumberedMethod && method.parts.some((p) => p.level === 'method')) {
        throw new IngestError(this.file, line, `執行方法 cell has text before its method numbering: "${unnumberedMethod}"`);
      }
      if (unnumberedMethod) parts.push({ level: 'method', number: 0, text: unnumberedMethod });
      parts.push(...method.parts);
    }
    if (parts.length === 0) {
      throw new IngestError(this.file, line, 'row has no strategy, method or sub-item text (a continuation row is not expected here)');
    }
    parts.forEach((part, i) => {
      const previous = parts[i - 1];
      if (previous && LEVEL_ORDER[part.level] <= LEVEL_ORDER[previous.level] && !(part.level === 'item' && previous.level === 'item')) {
        throw new IngestError(this.file, line, `numbering out of order in the row: "${previous.text}" then "${part.text}"`);
      }
    });

    let opensMethod = false;
    const items: Numbered[] = [];
    for (const part of parts) {
      if (part.level === 'strategy') {
        this.strategy = part;
        this.method = null;
      } else if (part.level === 'method') {
        this.method = part;
        opensMethod = true;
      } else {
        items.push(part);
      }
    }
    if (!this.strategy) throw new IngestError(this.file, line, 'row with no strategy: no (一)/(二)… above it in this 構面');
    return { opensMethod, items };
  }
}

// ---------------------------------------------------------------------------------------------
// Unit names merged into the results cell: "第五課 臺東辦事處 本分局及臺東辦事處…"

/**
 * One unit name as these reports write it: 第三課, 第一至五課, 臺東辦事處, 資訊小組, 秘書室, 各課室,
 * 各單位, or several glued together ("資訊小組各課室"). Sentences never match: they are longer or
 * carry punctuation.
 */
const UNIT_NAME =
  /^(?:各(?:課室|課|室|單位|辦事處)|第[一二三四五六七八九十至、]+課|[\u4E00-\u9FFF]{1,8}?(?:課|室|辦事處|小組))+$/u;
/** "(研考)", "（總務）": a qualifier written after a unit name. */
const UNIT_QUALIFIER = /^[（(][\u4E00-\u9FFF]{1,6}[)）]$/u;

/** Splits the unit names that open a cell from the text after them (spaces collapsed). */
export function splitLeadingUnits(cell: string): { unitsText: string; rest: string } {
  const paragraphs = cellParagraphs(cell);
  if (paragraphs.length === 0) return { unitsText: '', rest: '' };
  const [first, ...others] = paragraphs;
  const tokens = first.split(' ');
  let taken = 0;
  while (taken < tokens.length) {
    const token = tokens[taken];
    if (UNIT_NAME.test(token) || (taken > 0 && UNIT_QUALIFIER.test(token))) taken++;
    else break;
  }
  const unitsText = tokens.slice(0, taken).join(' ');
  const rest = [tokens.slice(taken).join(' '), ...others].filter(Boolean).join('\n');
  return { unitsText, rest };
}

// ---------------------------------------------------------------------------------------------
// From table lines to rows.

/** One table line after its hierarchy was read. */
export interface TableEntry {
  line: number;
  dimension: number;
  strategy: Numbered;
  method: Numbered | null;
  /** True when this line opened `method` (as opposed to inheriting it). */
  opensMethod: boolean;
  items: Numbered[];
  unitsText: string;
  results: string;
}

/**
 * Turns table lines into rows, one per leaf of the hierarchy:
 * - a line that only opens a method (or strategy) whose sub-items follow is a heading: its line
 *   joins the range of the first sub-item row, and when it carries units/results while that first
 *   sub-item carries none, they are that sub-item's (the cells were merged vertically);
 * - a line with several sub-items ("(1)… (2)… (3)…") becomes one row per sub-item, pairing unit
 *   groups and result sentences by position.
 */
export function rowsFromEntries(file: string, entries: readonly TableEntry[]): ParsedRow[] {
  const rows: ParsedRow[] = [];
  // Heading lines wait for the row under them: the first one's line, and cells that row may take over.
  let headingFrom: number | null = null;
  let headingCells: TableEntry | null = null;
  const push = (entry: TableEntry, item: Numbered | null, unitsText: string, results: string) => {
    rows.push(rowOf(entry, item, unitsText, results, headingFrom ?? entry.line));
    headingFrom = null;
    headingCells = null;
  };
  for (let index = 0; index < entries.length; index++) {
    const entry = entries[index];
    const next: TableEntry | undefined = entries[index + 1];
    const hasCells = entry.unitsText !== '' || entry.results !== '';
    if (entry.items.length === 0) {
      if (next && headsNext(entry, next)) {
        const nextHasCells = next.items.length > 1 || next.unitsText !== '' || next.results !== '';
        if (hasCells && nextHasCells) {
          // A heading with results of its own above sub-items with theirs is a row in its own right.
          push(entry, null, entry.unitsText, entry.results);
        } else {
          headingFrom ??= entry.line;
          if (hasCells) headingCells = entry;
        }
        continue;
      }
      if (!hasCells && (!entry.opensMethod || !next)) {
        const what = entry.method?.text ?? entry.strategy.text;
        throw new IngestError(file, entry.line, `"${what}" has nothing under it and no cells of its own (truncated table?)`);
      }
      push(entry, null, entry.unitsText, entry.results);
      continue;
    }
    const carried: TableEntry | null = headingCells;
    const unitsText = carried ? carried.unitsText : entry.unitsText;
    const results = carried ? carried.results : entry.results;
    if (entry.items.length === 1) {
      push(entry, entry.items[0], unitsText, results);
      continue;
    }
    const shares = splitAmongItems(file, entry.line, entry.items.length, unitsText, results);
    const from = headingFrom;
    entry.items.forEach((item, i) => {
      headingFrom = from;
      push(entry, item, shares[i].unitsText, shares[i].results);
    });
  }
  return rows;
}

/** Whether `next` is a sub-item (or first method) of the heading line `entry`. */
function headsNext(entry: TableEntry, next: TableEntry): boolean {
  if (next.dimension !== entry.dimension || next.strategy !== entry.strategy) return false;
  if (entry.opensMethod) return !next.opensMethod && next.items.length > 0;
  // A strategy line with empty cells heads the method on the next line.
  return entry.unitsText === '' && entry.results === '' && next.opensMethod;
}

function rowOf(entry: TableEntry, item: Numbered | null, unitsText: string, results: string, from: number): ParsedRow {
  return parsedRow({
    key: { dimension: entry.dimension, strategy: entry.strategy.number, method: entry.method?.number ?? 0, item: item?.number ?? 0 },
    strategy: entry.strategy.text,
    method: entry.method?.text,
    item: item?.text,
    unitsText,
    results,
    lines: [from, entry.line],
  });
}

/**
 * Units and results of a line holding several sub-items. Units: the list restarts with its first
 * name for each sub-item ("第一至五課 秘書室 第一至五課 秘書室 第一至五課"), or one list serves all.
 * Results: one sentence (ending in 。 before a space or line break) per sub-item.
 */
export function splitAmongItems(
  file: string,
  line: number,
  count: number,
  unitsText: string,
  results: string,
): { unitsText: string; results: string }[] {
  const unitGroups = groupUnits(unitsText);
  const resultParts = results === '' ? [] : results.split(/\n|(?<=。)\s+/).map((p) => p.trim()).filter(Boolean);
  if (unitGroups.length > 1 && unitGroups.length !== count) {
    throw new IngestError(file, line, `${count} sub-items in one row but ${unitGroups.length} groups of units ("${unitsText}"): cannot pair them`);
  }
  if (resultParts.length > 0 && resultParts.length !== count) {
    throw new IngestError(file, line, `${count} sub-items in one row but ${resultParts.length} result sentences: cannot pair them`);
  }
  return Array.from({ length: count }, (_, i) => ({
    unitsText: unitGroups.length > 1 ? unitGroups[i] : (unitGroups[0] ?? ''),
    results: resultParts[i] ?? '',
  }));
}

function groupUnits(unitsText: string): string[] {
  const tokens = unitsText.split(' ').filter(Boolean);
  const groups: string[][] = [];
  for (const token of tokens) {
    if (groups.length === 0 || token === tokens[0]) groups.push([token]);
    else groups[groups.length - 1].push(token);
  }
  return groups.map((g) => g.join(' '));
}

// ---------------------------------------------------------------------------------------------
// Results a cell carries for the next sub-item.

/** A sub-item result marker "(2)" opening the text or a paragraph, or following a space. */
const RESULT_ITEM = /(?<=^|\s)(?=[（(]\s*\d{1,2}\s*[)）])/g;

function resultSegments(results: string): { number: number | null; text: string }[] {
  return results
    .split(RESULT_ITEM)
    .map((text) => text.trim())
    .filter(Boolean)
    .map((text) => ({ number: Number(text.match(/^[（(]\s*(\d{1,2})\s*[)）]/)?.[1] ?? NaN) || null, text }));
}

/**
 * A sub-item row whose results open with its own number "(1) …" but go on with "(2) …" holds the
 * next row's result: each such part moves to the following row of the same method that carries
 * that number, as its sub-item or as its first result; the receiving row's range then reaches back
 * to the line the part came from. A part with no such row stays where it is.
 */
export function moveResultsToTheirItems(rows: readonly ParsedRow[]): ParsedRow[] {
  const out = rows.map((row) => ({ ...row, source: { lines: [...row.source.lines] as [number, number] } }));
  out.forEach((row, index) => {
    if (row.key.item === 0) return;
    const segments = resultSegments(row.results);
    if (segments.length < 2 || segments[0].number !== row.key.item) return;
    const kept: string[] = [segments[0].text];
    const moved = new Map<ParsedRow, string[]>();
    for (const segment of segments.slice(1)) {
      const target =
        segment.number !== null && segment.number !== row.key.item ? findItemRow(out, index, segment.number) : undefined;
      if (target) moved.set(target, [...(moved.get(target) ?? []), segment.text]);
      else kept.push(segment.text);
    }
    if (moved.size === 0) return;
    row.results = kept.join('\n');
    for (const [target, texts] of moved) {
      target.results = [...texts, target.results].filter(Boolean).join('\n');
      target.source.lines[0] = Math.min(target.source.lines[0], row.source.lines[0]);
    }
  });
  return out;
}

function findItemRow(rows: readonly ParsedRow[], from: number, number: number): ParsedRow | undefined {
  const base = rows[from].key;
  const sameMethod = (r: ParsedRow) =>
    r.key.dimension === base.dimension && r.key.strategy === base.strategy && r.key.method === base.method;
  const following: ParsedRow[] = [];
  for (const r of rows.slice(from + 1)) {
    if (!sameMethod(r)) break;
    following.push(r);
  }
  return (
    following.find((r) => r.key.item === number) ??
    following.find((r) => resultSegments(r.results)[0]?.number === number)
  );
}

/** One table line read into the cells the hierarchy cursor and the row builder need. */
export interface RowCells {
  labelCell: string;
  /** null where the family folds the method into the label cell. */
  methodCell: string | null;
  unitsText: string;
  results: string;
}

/** A line of four cells, 執行策略 | 執行方法 | 主辦單位 | results, as both families that share this walk write it. */
export function fourCellRow(cells: readonly string[]): RowCells {
  const [labelCell, methodCell, unitsCell, resultsCell] = cells;
  return {
    labelCell: cellContent(labelCell),
    methodCell: cellContent(methodCell),
    unitsText: unitsCellText(unitsCell),
    results: cellContent(resultsCell),
  };
}

/** What differs between the families that share the strategy-table walk. */
export interface StrategyTableFamily {
  /** Column names, for messages. */
  columns: readonly string[];
  isFamilyHeader(names: string[]): boolean;
  rowCells(file: string, line: number, raw: string): RowCells;
  /** A non-table, non-heading line: keep it (return true) or let the walk reject it (false). */
  otherLine(text: string, line: number): boolean;
}

export interface StrategyTable {
  dimensions: ParsedDimension[];
  rows: ParsedRow[];
  layoutLines: LayoutLine[];
}

/** Walks a document line by line: 構面 headings, (repeated) header rows, table rows, other lines. */
export function readStrategyTable(source: SourceText, family: StrategyTableFamily): StrategyTable {
  const { file, lines, titleLine } = source;
  const dimensions: ParsedDimension[] = [];
  const layoutLines: LayoutLine[] = [];
  const entries: TableEntry[] = [];
  const cursor = new HierarchyCursor(file);
  let headerSeen = false;

  lines.forEach((raw, index) => {
    const line = index + 1;
    if (line === titleLine || raw.trim() === '') return;

    const dimension = parseDimensionHeading(raw, line);
    if (dimension) {
      if (dimensions.some((d) => d.number === dimension.number)) {
        throw new IngestError(file, line, `構面 ${dimension.number} appears a second time`);
      }
      dimensions.push(dimension);
      cursor.enterDimension(dimension);
      headerSeen = false;
      return;
    }

    const names = headerNames(raw);
    if (names) {
      if (!family.isFamilyHeader(names)) throw new IngestError(file, line, `unexpected table header: ${names.join(' | ')}`);
      layoutLines.push(headerLayoutLine(line, !headerSeen));
      headerSeen = true;
      return;
    }

    if (raw.includes('\t')) {
      if (!headerSeen) throw new IngestError(file, line, `table row before the ${family.columns.join(' | ')} header`);
      const cells = family.rowCells(file, line, raw);
      const { opensMethod, items } = cursor.read(line, cells.labelCell, cells.methodCell);
      entries.push({
        line,
        dimension: cursor.dimension!.number,
        strategy: cursor.strategy!,
        method: cursor.method,
        opensMethod,
        items,
        unitsText: cells.unitsText,
        results: cells.results,
      });
      return;
    }

    const text = collapseSpaces(raw);
    if (!family.otherLine(text, line)) {
      throw new IngestError(file, line, `text outside the tables that is no 構面 heading, section or note: "${text}"`);
    }
  });

  if (entries.length === 0) throw new IngestError(file, null, 'no strategy table rows found');
  return { dimensions, rows: moveResultsToTheirItems(rowsFromEntries(file, entries)), layoutLines };
}
