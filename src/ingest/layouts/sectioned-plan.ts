/**
 * Layout family "sectioned-plan": a plan written in formal-numeral sections (壹、計畫依據 … 捌、),
 * one of which holds a 3-column strategy table (執行策略 | 主辦單位 | 具體推動作法), e.g. the
 * headquarters' 115 plan. Each strategy cell names the strategy ("一、完備基礎服務項目，…") and lists
 * sub-items (一)(二)…; the action cell lists actions (一)(二)… that pair with them by position.
 * The strategies are the document's dimensions; every sub-item becomes one row.
 */
import { IngestError } from '../../model/errors.ts';
import type {
  LayoutLine,
  LayoutParser,
  ParsedBody,
  ParsedDimension,
  ParsedIssuedOn,
  ParsedNote,
  ParsedRow,
  ParsedSection,
  SourceText,
} from '../layout.ts';
import { bodyParagraphs, splitSections, type NumberedLine, type SectionBlock } from '../sections.ts';
import { chineseNumber, collapseSpaces, leadingNumbering } from '../text.ts';
import { chineseNumeral } from '../../lib/format.ts';
import { cellContent, headerNames, sameNames, tabCellsOf, unitsCellText } from './toolkit/cells.ts';
import { parseIssuedLine } from './toolkit/issuing-line.ts';
import { parsedRow } from './toolkit/row.ts';

const TABLE_HEADER = ['執行策略', '主辦單位', '具體推動作法'] as const;

function isStrategyTableHeader(line: string): boolean {
  const names = headerNames(line);
  return names !== null && sameNames(names, TABLE_HEADER);
}

/** A sub-item marker (一)/（一） that opens the cell, a paragraph or follows a space or a full stop. */
const SUB_ITEM_MARKER = /(?<=^|[\s。；;])[（(]\s*([一二三四五六七八九十]+)\s*[)）]/g;

interface Enumeration {
  /** Text before the first marker, e.g. the strategy "一、完備基礎服務項目，注重服務特性差異化". */
  head: string;
  /** Each sub-item with its marker, in order: "(一)作業標準化與服務一致性。". */
  items: string[];
}

/**
 * Splits a cell at its sub-item markers, which must run (一), (二), (三)… without gaps: a skipped or
 * repeated number means the cell is not what this layout expects.
 */
function splitEnumeration(cell: string, file: string, line: number, column: string): Enumeration {
  const text = cellContent(cell);
  const starts: number[] = [];
  for (const m of text.matchAll(SUB_ITEM_MARKER)) {
    const expected = starts.length + 1;
    const found = chineseNumber(m[1]);
    if (found !== expected) {
      throw new IngestError(file, line, `${column}: sub-item (${m[1]}) where (${chineseNumeral(expected)}) was expected`);
    }
    starts.push(m.index);
  }
  const head = (starts.length ? text.slice(0, starts[0]) : text).trim();
  const items = starts.map((start, i) => text.slice(start, starts[i + 1] ?? text.length).trim());
  return { head, items };
}

interface StrategyRow {
  dimension: ParsedDimension;
  rows: ParsedRow[];
}

function parseStrategyRow(file: string, line: number, raw: string): StrategyRow {
  const cells = tabCellsOf(raw, TABLE_HEADER.length);
  if (cells.length !== TABLE_HEADER.length) {
    throw new IngestError(
      file,
      line,
      `strategy table row has ${cells.length} cells, expected ${TABLE_HEADER.length} (${TABLE_HEADER.join(' | ')})`,
    );
  }
  const [strategyCell, unitsCell, actionsCell] = cells;
  const strategy = splitEnumeration(strategyCell, file, line, TABLE_HEADER[0]);
  const actions = splitEnumeration(actionsCell, file, line, TABLE_HEADER[2]);

  const numbering = leadingNumbering(strategy.head);
  if (!numbering || numbering.style !== 'chinese-comma' || !numbering.rest.trim()) {
    throw new IngestError(file, line, `執行策略 cell does not start with a numbered strategy (一、…): "${strategy.head}"`);
  }
  if (actions.head) {
    throw new IngestError(file, line, `具體推動作法 cell has text before its first numbered action: "${actions.head}"`);
  }
  if (strategy.items.length !== actions.items.length) {
    throw new IngestError(
      file,
      line,
      `strategy ${strategy.head} lists ${strategy.items.length} sub-items but ${actions.items.length} actions; they pair by position`,
    );
  }

  const dimension: ParsedDimension = {
    number: numbering.value,
    heading: strategy.head,
    label: collapseSpaces(numbering.rest),
    maxPoints: null,
    source: { lines: [line, line] },
  };
  const unitsText = unitsCellText(unitsCell);
  const pairs = strategy.items.length
    ? strategy.items.map((item, i) => ({ item, number: i + 1, action: actions.items[i] }))
    : // A strategy without sub-items is one row; its action cell then has no numbering either.
      [{ item: '', number: 0, action: '' }];
  const rows = pairs.map(({ item, number, action }) =>
    parsedRow({
      key: { dimension: numbering.value, strategy: 0, method: 0, item: number },
      strategy: strategy.head,
      item,
      unitsText,
      actions: action,
      lines: [line, line],
    }),
  );
  return { dimension, rows };
}

interface SectionContent {
  section: ParsedSection;
  dimensions: ParsedDimension[];
  rows: ParsedRow[];
  layoutLines: LayoutLine[];
}

/** One section: its prose becomes the section text; a strategy table inside it becomes rows. */
function parseSection(file: string, block: SectionBlock, headerSeen: boolean): SectionContent {
  const tableLines = block.body.filter((l) => l.text.includes('\t'));
  const firstTable = tableLines[0]?.line ?? Infinity;
  const lastTable = tableLines.at(-1)?.line ?? -Infinity;
  const prose: NumberedLine[] = [];
  for (const l of block.body) {
    if (l.text.includes('\t')) continue;
    if (l.line > firstTable && l.line < lastTable && l.text.trim()) {
      throw new IngestError(file, l.line, `text inside the strategy table that belongs to no cell: "${collapseSpaces(l.text)}"`);
    }
    prose.push(l);
  }

  const dimensions: ParsedDimension[] = [];
  const rows: ParsedRow[] = [];
  const layoutLines: LayoutLine[] = [];
  let inTable = false;
  for (const { line, text } of tableLines) {
    if (isStrategyTableHeader(text)) {
      layoutLines.push({ line, reason: headerSeen || inTable ? 'repeated-header' : 'table-header' });
      inTable = true;
      continue;
    }
    if (!inTable && !headerSeen) {
      throw new IngestError(file, line, 'table row before any 執行策略 | 主辦單位 | 具體推動作法 header');
    }
    const parsed = parseStrategyRow(file, line, text);
    dimensions.push(parsed.dimension);
    rows.push(...parsed.rows);
  }

  const section: ParsedSection = {
    heading: block.heading,
    text: bodyParagraphs(prose)
      .map((p) => p.text)
      .join('\n'),
    source: { lines: [block.line, block.lastLine] },
  };
  return { section, dimensions, rows, layoutLines };
}

function parse(text: SourceText): ParsedBody {
  const { file, lines, titleLine } = text;
  const { preamble, sections: blocks } = splitSections(lines);
  if (blocks.length === 0) throw new IngestError(file, null, 'no formal-numeral sections (壹、…) found');

  let issuedOn: ParsedIssuedOn | null = null;
  const preambleProse: NumberedLine[] = [];
  for (const l of preamble) {
    if (l.line === titleLine || !l.text.trim()) continue;
    const issued: ParsedIssuedOn | null = issuedOn ? null : parseIssuedLine(l.text, l.line);
    if (issued) issuedOn = issued;
    else preambleProse.push(l);
  }
  const notes: ParsedNote[] = bodyParagraphs(preambleProse).map((p) => ({
    text: p.text,
    kind: 'preamble',
    source: { lines: p.lines },
  }));

  const body: ParsedBody = { issuedOn, sections: [], dimensions: [], rows: [], notes, scores: null, layoutLines: [] };
  for (const block of blocks) {
    const headerSeen = body.layoutLines.length > 0;
    const content = parseSection(file, block, headerSeen);
    body.sections.push(content.section);
    body.rows.push(...content.rows);
    body.layoutLines.push(...content.layoutLines);
    for (const dimension of content.dimensions) {
      const earlier = body.dimensions.find((d) => d.number === dimension.number);
      if (earlier) {
        throw new IngestError(
          file,
          dimension.source.lines[0],
          `strategy ${dimension.number} repeats the strategy at line ${earlier.source.lines[0]}`,
        );
      }
      body.dimensions.push(dimension);
    }
  }
  return body;
}

export const sectionedPlanLayout: LayoutParser = {
  id: 'sectioned-plan',
  detect: (text) => text.lines.some(isStrategyTableHeader),
  parse,
};
