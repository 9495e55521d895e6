/**
 * The 主辦單位 column of a PDF-extracted table. Its cell is narrow, so unit names come out broken
 * and letter-spaced over several short lines ("各 業 務" / "課", "金門、澎" / "湖 辦 事" / "處"), and its
 * first line sometimes carries the start of the next column ("各單位 3. 各單位辦理各類專業教育").
 * Units are recognised by what they are called, never by position.
 */
import { squash } from '../text.ts';
import type { PdfLine } from './pdf-text-lines.ts';

/** One unit name as branches write them; an optional bracketed note may follow ("秘書室(研考)"). */
const UNIT_NAME =
  '(?:各業務課|各單位|各課室|各課|第[一二三四五六七八九十]+課|秘書室|人事室|主計室|會計室|政風室|研考|資訊小組|' +
  '(?:\\p{Script=Han}{2}、)*\\p{Script=Han}{2}辦事處)(?:[（(]\\p{Script=Han}{1,8}[)）])?';
const UNIT_SEQUENCE = new RegExp(`^(?:${UNIT_NAME})+$`, 'u');
const UNIT_TOKEN = new RegExp(UNIT_NAME, 'uy');

/** Characters a broken unit name can consist of. */
const UNIT_FRAGMENT = /^[\p{Script=Han}、（）() ]+$/u;
/** A unit fragment is short: the column holds about four characters a line. */
const UNIT_FRAGMENT_MAX_WIDTH = 12;

/** "秘書室第五課金門、澎湖辦事處" → ["秘書室", "第五課", "金門、澎湖辦事處"]; null unless it is all unit names. */
export function unitNames(squashed: string): string[] | null {
  if (!UNIT_SEQUENCE.test(squashed)) return null;
  const names: string[] = [];
  UNIT_TOKEN.lastIndex = 0;
  while (UNIT_TOKEN.lastIndex < squashed.length) {
    const start = UNIT_TOKEN.lastIndex;
    const m = UNIT_TOKEN.exec(squashed);
    if (!m) return null;
    names.push(m[0]);
    if (UNIT_TOKEN.lastIndex === start) return null;
  }
  return names;
}

export interface UnitRun {
  names: string[];
  /** Lines the unit names were read from. */
  lines: number[];
  /** Index (into the scanned line array) of the last line of the run. */
  endIndex: number;
  /** Text after the unit names on the run's last line: the start of the 具體作法 cell, or "". */
  rest: string;
}

/**
 * Reads a 主辦單位 cell starting at `lines[start]`: consecutive short fragments whose joined text is
 * a sequence of unit names (the longest such run), the last of which may go on with the next
 * column after a space. Returns null when the lines there are not a unit cell.
 */
export function readUnitRun(lines: readonly PdfLine[], start: number): UnitRun | null {
  let squashed = '';
  const used: number[] = [];
  let best: UnitRun | null = null;
  for (let i = start; i < lines.length; i++) {
    const l = lines[i];
    if (!l.text) break;
    const merged = splitUnitPrefix(squashed, l.text);
    if (merged) {
      return { names: merged.names, lines: [...used, l.line], endIndex: i, rest: merged.rest };
    }
    if (!UNIT_FRAGMENT.test(l.text) || l.width > UNIT_FRAGMENT_MAX_WIDTH) break;
    squashed += squash(l.text);
    used.push(l.line);
    const names = unitNames(squashed);
    if (names) best = { names, lines: [...used], endIndex: i, rest: '' };
  }
  return best;
}

/**
 * "各單位 3. 各單位辦理…" → names ["各單位"], rest "3. 各單位辦理…": the longest run of leading
 * space-separated tokens that completes the unit names read so far, when text follows them.
 */
function splitUnitPrefix(before: string, text: string): { names: string[]; rest: string } | null {
  const tokens = text.split(' ');
  for (let n = tokens.length - 1; n >= 1; n--) {
    const names = unitNames(before + squash(tokens.slice(0, n).join('')));
    if (names) return { names, rest: tokens.slice(n).join(' ') };
  }
  return null;
}
