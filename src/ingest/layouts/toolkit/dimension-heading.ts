/**
 * The one reader of 構面 headings, in every spelling the documents use: "構面一：基礎服務（200 分）",
 * "構面二、服務遞送 (300 分)", "#### 構面四:服務評價 (200分)", "構面一、優質便民服務（第 1 類：第一線服務機關）",
 * "構面一：基礎服務(200 分)" (pdf-text, letter-spacing already undone).
 */
import type { ParsedDimension } from '../../layout.ts';
import { chineseNumber, collapseSpaces } from '../../text.ts';

/** Markdown heading markers the extraction left in front of a line ("## ", "#### "). */
const MARKDOWN_HEADING = /^\s*#{1,6}\s*/;
const HEADING = /^構面([一二三四五六七八九十]+)\s*[、：:．.]?\s*(.+)$/;
/** The points written at the end of the heading, "(200 分)". */
const POINTS = /[（(]\s*(\d+)\s*分\s*[)）]$/;
/** A parenthetical closing the heading (points, or the award category): not part of the label. */
const TRAILING_PARENTHETICAL = /\s*[（(][^（）()]*[)）]$/;

/** Reads a dimension heading line; null when the line is not one (table lines never are). */
export function parseDimensionHeading(raw: string, line: number): ParsedDimension | null {
  if (raw.includes('\t')) return null;
  const heading = collapseSpaces(raw.replace(MARKDOWN_HEADING, ''));
  const m = heading.match(HEADING);
  if (!m) return null;
  const points = heading.match(POINTS);
  return {
    number: chineseNumber(m[1]),
    heading,
    label: m[2].replace(TRAILING_PARENTHETICAL, '').trim(),
    maxPoints: points ? Number(points[1]) : null,
    source: { lines: [line, line] },
  };
}
