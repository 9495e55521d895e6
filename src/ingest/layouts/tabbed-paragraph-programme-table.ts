/**
 * The innovation-programme table of 構面三 in the tabbed-paragraph-table family (執行策略 | 執行方法 |
 * 具體作法 | 執行成果與績效, no 主辦單位), describing a named programme. Its 執行方法, 具體作法 and
 * 執行成果與績效 columns are three numbered lists that line up by their numbering, not by table row: a
 * page break pushes the tail of one method's actions and results into the row that opens the next
 * method. The columns are therefore read as continuous lists per strategy and cut into one group
 * per method.
 */
import { IngestError } from '../../model/errors.ts';
import { cellParagraphs, leadingNumbering } from '../text.ts';
import { appendFlow, paragraphsOf, type DataLine, type DraftRow, type Level, type Paragraph, type Table } from './tabbed-paragraph-flow.ts';

interface MethodEntry {
  method: Level;
  item: Paragraph[];
  itemNumber: number;
  /** True for the first entry under a method heading: the heading's lines are its own. */
  ownsMethod: boolean;
}

export function rowsOfProgrammeTable(file: string, table: Table): DraftRow[] {
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
