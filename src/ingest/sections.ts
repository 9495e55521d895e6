/**
 * Splits documents written in formal-numeral sections (壹、計畫依據 / 貳、計畫目標 / …) into their
 * sections, and a section's body lines into paragraphs. Pure; works on the normalised lines of a
 * SourceText so every piece keeps the source lines it came from.
 */
import { collapseSpaces, FORMAL_NUMERALS, leadingNumbering } from './text.ts';

/** One source line with its 1-based number. */
export interface NumberedLine {
  line: number;
  text: string;
}

export interface SectionHeading {
  /** The formal numeral as written, e.g. "伍". */
  numeral: string;
  /** 壹 → 1 … 拾 → 10, 拾壹 → 11. */
  number: number;
  /**
   * The whole heading line as written (spaces collapsed), e.g. "伍、 實施步驟". A section that is a
   * single sentence on its heading line ("捌、 本計畫如有未盡事宜，…") keeps the sentence in its heading.
   */
  heading: string;
}

export interface SectionBlock extends SectionHeading {
  /** Line of the heading. */
  line: number;
  /** Lines after the heading up to the next heading, blank lines included. */
  body: NumberedLine[];
  /** Last non-blank line of the section (the heading line when the body is empty). */
  lastLine: number;
}

export interface Paragraph {
  text: string;
  lines: [number, number];
}

/** 壹 → 1 … 拾 → 10; 拾壹 → 11, 貳拾 → 20. NaN when not a formal numeral. */
export function formalNumber(numeral: string): number {
  const digit = (ch: string) => FORMAL_NUMERALS.indexOf(ch) + 1;
  if (![...numeral].every((ch) => FORMAL_NUMERALS.includes(ch))) return NaN;
  const ten = FORMAL_NUMERALS[9];
  if (!numeral.includes(ten)) return numeral.length === 1 ? digit(numeral) : NaN;
  const [tens, ones, ...extra] = numeral.split(ten);
  if (extra.length > 0 || tens.length > 1 || ones.length > 1) return NaN;
  return (tens ? digit(tens) : 1) * 10 + (ones ? digit(ones) : 0);
}

const HEADING = new RegExp(`^\\s*(?:#{1,6}\\s+)?([${FORMAL_NUMERALS}]{1,3})\\s*、\\s*(.*)$`);

export function parseSectionHeading(raw: string): SectionHeading | null {
  if (raw.includes('\t')) return null;
  const m = raw.match(HEADING);
  if (!m) return null;
  const number = formalNumber(m[1]);
  if (Number.isNaN(number)) return null;
  return { numeral: m[1], number, heading: collapseSpaces(raw.replace(/^\s*#{1,6}\s+/, '')) };
}

/**
 * Splits lines [from, to] (1-based, inclusive) into the lines before the first heading and the
 * sections. A section runs from its heading to the line before the next heading.
 */
export function splitSections(
  lines: readonly string[],
  from = 1,
  to = lines.length,
): { preamble: NumberedLine[]; sections: SectionBlock[] } {
  const preamble: NumberedLine[] = [];
  const sections: SectionBlock[] = [];
  for (let line = from; line <= to; line++) {
    const text = lines[line - 1];
    const heading = parseSectionHeading(text);
    if (heading) {
      sections.push({ ...heading, line, body: [], lastLine: line });
      continue;
    }
    const current = sections.at(-1);
    if (!current) {
      preamble.push({ line, text });
      continue;
    }
    current.body.push({ line, text });
    if (text.trim()) current.lastLine = line;
  }
  return { preamble, sections };
}

/** Markdown list dashes left by the extraction: layout, not words (the numbering after them is kept). */
const LIST_MARKER = /^\s*[-*]\s+/;

/** A line ending like this closes its paragraph; anything else was cut mid-sentence by the extraction. */
const PARAGRAPH_END = /[。！？；：!?;:][」』”"）)]?$/;

function startsNewParagraph(text: string): boolean {
  return LIST_MARKER.test(text) || leadingNumbering(text) !== null || parseSectionHeading(text) !== null;
}

const CJK = /[\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF\u3000-\u303F]/;

/** Chinese text broken across lines rejoins without a space; Latin words and numbers keep one. */
function joinBrokenLine(before: string, after: string): string {
  const glue = CJK.test(before.slice(-1)) || CJK.test(after[0]) ? '' : ' ';
  return before + glue + after;
}

/**
 * Body lines → paragraphs. Blank lines separate nothing by themselves: a line that does not end a
 * sentence continues in the next non-blank line unless that line starts a numbered item, a list
 * entry or a heading (PDF/Word extraction breaks lines, and sometimes inserts a blank line, mid-word).
 */
export function bodyParagraphs(body: readonly NumberedLine[]): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  let open: Paragraph | null = null;
  for (const { line, text: raw } of body) {
    if (!raw.trim()) continue;
    const text = collapseSpaces(raw.replace(LIST_MARKER, ''));
    if (open && !PARAGRAPH_END.test(open.text) && !startsNewParagraph(raw)) {
      open.text = joinBrokenLine(open.text, text);
      open.lines[1] = line;
      continue;
    }
    open = { text, lines: [line, line] };
    paragraphs.push(open);
  }
  return paragraphs;
}
