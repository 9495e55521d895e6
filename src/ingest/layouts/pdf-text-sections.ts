/**
 * Prose around the table of a PDF-extracted plan: the issuing line under the title and the sections
 * in formal numerals (壹、計畫依據 / 貳、計畫目標 / …). The PDF breaks every paragraph into lines with
 * blank lines between them; paragraphs are rebuilt the same way as table cells.
 */
import type { ParsedIssuedOn, ParsedNote, ParsedSection } from '../layout.ts';
import { parseSectionHeading } from '../sections.ts';
import { parseIssuedLine } from './toolkit/issuing-line.ts';
import { isBlank, paragraphsOf, type PdfLine } from './pdf-text-lines.ts';

/** A formal-numeral section heading (壹、計畫依據), read as every sectioned layout reads it (src/ingest/sections.ts). */
export function isSectionHeading(text: string): boolean {
  return parseSectionHeading(text) !== null;
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
      const issued = prose.issuedOn ? null : parseIssuedLine(l.raw, l.line);
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
