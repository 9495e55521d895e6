/**
 * Layout family "pdf-text": a plan whose text was extracted from a PDF, e.g. the Kaohsiung 109 plan.
 * There are no tabs; the strategy table's cells come out as runs of short lines in column order,
 * words are broken across lines and letter-spaced, pages end in footers and restart mid-row.
 *
 * Document order: title, issuing line, sections 壹、貳、… (the last of which introduces the table),
 * then per dimension a heading "構面一：基礎服務(200 分)", the column header and the rows, and finally
 * the self-assessment appendix 【附表 …】 with the score table.
 */
import { IngestError } from '../../model/errors.ts';
import type { LayoutParser, ParsedBody, ParsedDimension, ParsedRow, SourceText } from '../layout.ts';
import { isBlank, toPdfLines, type PdfLine } from './pdf-text-lines.ts';
import { isSectionHeading, readProse } from './pdf-text-sections.ts';
import { isAppendixStart, readScoreAppendix } from './pdf-text-scores.ts';
import { readDimensionRows, readTableHeader } from './pdf-text-table.ts';
import { parseDimensionHeading } from './toolkit/dimension-heading.ts';
import { endsSentence } from './toolkit/truncation.ts';

function detect(text: SourceText): boolean {
  return !text.lines.some((l) => l.includes('\t')) && text.lines.some((l) => l.includes('執行策略'));
}

function parse(text: SourceText): ParsedBody {
  const { file, titleLine } = text;
  const lines = toPdfLines(text.lines);
  const tableStart = lines.findIndex((l) => parseDimensionHeading(l.text, l.line) !== null);
  if (tableStart === -1) throw new IngestError(file, null, 'no dimension heading (構面一：…) found');
  const tableEnd = findTableEnd(lines, tableStart);
  const appendixStart = lines.findIndex((l, i) => i >= tableEnd && isAppendixStart(l.text));
  const proseAfterEnd = appendixStart === -1 ? lines.length : appendixStart;

  const front = readProse(lines.slice(0, tableStart).filter((l) => l.line !== titleLine));
  const back = readProse(lines.slice(tableEnd, proseAfterEnd));
  const body: ParsedBody = {
    issuedOn: front.issuedOn,
    sections: [...front.sections, ...back.sections],
    dimensions: [],
    rows: [],
    notes: [...front.notes, ...back.notes],
    scores: null,
    layoutLines: [],
  };

  readTable(file, lines.slice(tableStart, tableEnd), body);
  if (tableEnd === lines.length) checkNotTruncated(file, lines, body.rows);

  if (appendixStart !== -1) {
    const appendix = readScoreAppendix(file, lines.slice(appendixStart));
    body.scores = appendix.scores;
    body.notes.push(...appendix.notes);
    body.layoutLines.push(...appendix.layoutLines);
  }
  return body;
}

/** The table runs from the first dimension heading to the appendix or the next formal-numeral section. */
function findTableEnd(lines: readonly PdfLine[], tableStart: number): number {
  for (let i = tableStart + 1; i < lines.length; i++) {
    if (isAppendixStart(lines[i].text) || isSectionHeading(lines[i].text)) return i;
  }
  return lines.length;
}

function readTable(file: string, lines: readonly PdfLine[], body: ParsedBody): void {
  const headings = lines.flatMap((l, i) => (parseDimensionHeading(l.text, l.line) ? [i] : []));
  let resultsPeriod: string | null = null;
  headings.forEach((at, n) => {
    const end = headings[n + 1] ?? lines.length;
    const heading = lines[at];
    const dimension = parseDimensionHeading(heading.text, heading.line) as ParsedDimension;
    if (body.dimensions.some((d) => d.number === dimension.number)) {
      throw new IngestError(file, heading.line, `${heading.text} repeats an earlier dimension`);
    }
    body.dimensions.push(dimension);

    const header = readTableHeader(file, lines, at + 1, end);
    if (header) {
      const reason = body.layoutLines.some((l) => l.reason === 'table-header') ? 'repeated-header' : 'table-header';
      body.layoutLines.push(...header.lines.map((line) => ({ line, reason })));
      resultsPeriod = header.period ?? resultsPeriod;
    } else if (n === 0) {
      throw new IngestError(file, heading.line, 'the first dimension is not followed by the table header (執行策略 …)');
    }
    const rowLines = lines.slice(header ? header.next : at + 1, end);
    const { rows, layoutLines } = readDimensionRows(file, dimension, rowLines, resultsPeriod);
    body.rows.push(...rows);
    body.layoutLines.push(...layoutLines);
  });
}

/** A table that runs to the end of the file with its last result cut mid-sentence was truncated. */
function checkNotTruncated(file: string, lines: readonly PdfLine[], rows: readonly ParsedRow[]): void {
  const last = rows[rows.length - 1];
  if (last && !endsSentence(last.results)) {
    const lastLine = [...lines].reverse().find((l) => !isBlank(l.raw));
    throw new IngestError(
      file,
      lastLine?.line ?? null,
      'the table ends mid-sentence at the end of the file (truncated?)',
    );
  }
}

export const pdfTextLayout: LayoutParser = { id: 'pdf-text', detect, parse };
