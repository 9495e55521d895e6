/**
 * Prose around the table of a PDF-extracted plan: the issuing line under the title and the sections
 * in formal numerals (壹、計畫依據 / 貳、計畫目標 / …). The PDF breaks every paragraph into lines with
 * blank lines between them; paragraphs are rebuilt the same way as table cells.
 */
import type { ParsedIssuedOn, ParsedNote, ParsedSection } from '../layout.ts';
import { collapseSpaces, FORMAL_NUMERALS } from '../text.ts';
import { isBlank, paragraphsOf, type PdfLine } from './pdf-text-lines.ts';

const SECTION_HEADING = new RegExp(`^([${FORMAL_NUMERALS}]{1,3})\\s*、\\s*(.*)$`);

export function isSectionHeading(text: string): boolean {
  return SECTION_HEADING.test(text);
}

/** "109 年 1 月 22 日經標高秘字第 10900504340 號函訂定": a date, then what the letter did. */
const ISSUED_LINE = /^(\d{2,3})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*(.*)$/;
const ISSUING_ACT = /(函|訂定|修正|核定|發布|頒布|修訂)/;
const LETTER = /^(.+?字第\s*[0-9A-Za-z]+\s*號)/;

export function readIssuedLine(l: PdfLine): ParsedIssuedOn | null {
  const text = collapseSpaces(l.raw);
  const m = text.match(ISSUED_LINE);
  if (!m || !ISSUING_ACT.test(m[4])) return null;
  const [year, month, day] = [Number(m[1]) + 1911, Number(m[2]), Number(m[3])];
  const valid = month >= 1 && month <= 12 && new Date(Date.UTC(year, month - 1, day)).getUTCDate() === day;
  return {
    text,
    date: valid ? `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}` : null,
    letter: m[4].match(LETTER)?.[1] ?? null,
    source: { lines: [l.line, l.line] },
  };
}

export interface Prose {
  issuedOn: ParsedIssuedOn | null;
  sections: ParsedSection[];
  notes: ParsedNote[];
}

/**
 * Reads prose lines (title excluded by the caller): an issuing line and untitled text before the
 * first section become the issuing date and "preamble" notes; every formal-numeral heading opens a
 * section that runs to the next one.
 */
export function readProse(lines: readonly PdfLine[]): Prose {
  const prose: Prose = { issuedOn: null, sections: [], notes: [] };
  const preamble: PdfLine[] = [];
  let section: { heading: PdfLine; body: PdfLine[] } | null = null;
  const closeSection = () => {
    if (section) prose.sections.push(sectionOf(section.heading, section.body));
  };
  for (const l of lines) {
    if (isBlank(l.raw)) continue;
    if (isSectionHeading(l.text)) {
      closeSection();
      section = { heading: l, body: [] };
    } else if (section) {
      section.body.push(l);
    } else {
      const issued = prose.issuedOn ? null : readIssuedLine(l);
      if (issued) prose.issuedOn = issued;
      else preamble.push(l);
    }
  }
  closeSection();
  for (const p of paragraphsOf(preamble))
    prose.notes.push({ text: p.text, kind: 'preamble', source: { lines: p.lines } });
  return prose;
}

function sectionOf(heading: PdfLine, body: readonly PdfLine[]): ParsedSection {
  const last = body.length ? body[body.length - 1].line : heading.line;
  return {
    heading: heading.text,
    text: paragraphsOf(body)
      .map((p) => p.text)
      .join('\n'),
    source: { lines: [heading.line, last] },
  };
}
