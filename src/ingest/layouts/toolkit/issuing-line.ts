/**
 * The issuing line under a plan's title, "115 年 1 月 28 日經標秘字第 11590001160 號函訂定": the
 * ROC date, then what the letter did. Read the same way whatever the layout.
 */
import type { ParsedIssuedOn } from '../../layout.ts';
import { collapseSpaces } from '../../text.ts';

const ISSUED_LINE = /^(\d{2,3})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*(.*)$/;
/** A date alone is not an issuing line: the letter must have done something. */
const ISSUING_ACT = /(函|訂定|修正|核定|發布|頒布|修訂)/;
const LETTER = /^(.+?字第\s*[0-9A-Za-z]+\s*號)/;

/** Reads an issuing line; null when the line is not one. An impossible date keeps the text, with date null. */
export function parseIssuedLine(raw: string, line: number): ParsedIssuedOn | null {
  const text = collapseSpaces(raw);
  const m = text.match(ISSUED_LINE);
  if (!m || !ISSUING_ACT.test(m[4])) return null;
  const [year, month, day] = [Number(m[1]) + 1911, Number(m[2]), Number(m[3])];
  const valid = month >= 1 && month <= 12 && new Date(Date.UTC(year, month - 1, day)).getUTCDate() === day;
  return {
    text,
    date: valid ? `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}` : null,
    letter: m[4].match(LETTER)?.[1] ?? null,
    source: { lines: [line, line] },
  };
}
