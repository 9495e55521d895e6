/** Small pure helpers shared by the layout parsers. */

const CHINESE_DIGITS: Readonly<Record<string, number>> = {
  〇: 0, 零: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};

/** 一 → 1, 十 → 10, 十二 → 12, 二十三 → 23; NaN when the text is not a Chinese numeral. */
export function chineseNumber(text: string): number {
  if (!/^[〇零一二三四五六七八九十]+$/.test(text)) return NaN;
  if (!text.includes('十')) return [...text].reduce((n, ch) => n * 10 + CHINESE_DIGITS[ch], 0);
  const [tens, ones] = text.split('十');
  return (tens ? CHINESE_DIGITS[tens] : 1) * 10 + (ones ? CHINESE_DIGITS[ones] : 0);
}

/** The formal numerals of top-level sections: 壹 → 1 … 拾 → 10. */
export const FORMAL_NUMERALS = '壹貳參肆伍陸柒捌玖拾';

/**
 * Splits a tab-table cell into paragraphs. `<p>` and `</p>` are layout left by the extraction and
 * are removed; any other markup-like text stays literal.
 */
export function cellParagraphs(cell: string): string[] {
  const trimmed = cell.trim();
  if (!/^<p>/.test(trimmed) && !/<\/p>$/.test(trimmed)) return trimmed ? [collapseSpaces(trimmed)] : [];
  return trimmed
    .split(/<\/p>\s*<p>|<\/p>|<p>/)
    .map(collapseSpaces)
    .filter((p) => p.length > 0);
}

/** Trims and collapses runs of spaces/tabs (never newlines) to one space. */
export function collapseSpaces(text: string): string {
  return text.replace(/[ \t\u00A0\u3000]+/g, ' ').trim();
}

/** Removes all whitespace: the form used to compare text across layouts and line breaks. */
export function squash(text: string): string {
  return text.replace(/[\s\u00A0\u3000]+/g, '');
}

const UNIT_SUFFIX = /(辦事處|小組|[課室組局處])/;

/**
 * Splits a 主辦單位 cell into unit names: "第三課 桃園辦事處" → ["第三課", "桃園辦事處"];
 * "資訊小組各課室" → ["資訊小組", "各課室"]; "秘書室 (研考)" → ["秘書室（研考）"];
 * "各單位 (各分局)" → ["各單位（各分局）"].
 */
export function splitUnits(text: string): string[] {
  const tokens = collapseSpaces(text.replace(/\n/g, ' ')).split(' ').filter(Boolean);
  const units: string[] = [];
  for (const token of tokens) {
    const bracketed = token.match(/^[（(](.+)[)）]$/);
    if (bracketed && units.length > 0) {
      units[units.length - 1] += `（${bracketed[1]}）`;
      continue;
    }
    units.push(...splitGluedUnits(token));
  }
  return units;
}

/** "資訊小組各課室" → ["資訊小組", "各課室"]: split where a unit suffix is followed by 各/第 or another unit. */
function splitGluedUnits(token: string): string[] {
  const parts: string[] = [];
  let rest = token;
  for (;;) {
    const m = rest.match(/^(.+?(?:辦事處|小組|[課室]))(各.+|第.+|秘書.+|人事.+|主計.+|政風.+|資訊.+)$/);
    if (!m || !UNIT_SUFFIX.test(m[1])) break;
    parts.push(m[1]);
    rest = m[2];
  }
  parts.push(rest);
  return parts;
}

export interface Numbering {
  /** "chinese-paren" (一), "chinese-comma" 一、, "arabic-dot" 1., "arabic-paren" (1) */
  style: 'chinese-paren' | 'chinese-comma' | 'arabic-dot' | 'arabic-paren';
  value: number;
  /** Text after the numbering. */
  rest: string;
}

/** Reads a leading numbering marker: "(一)", "（一）", "一、", "1.", "1、", "(1)", "（1）". */
export function leadingNumbering(text: string): Numbering | null {
  const t = text.trimStart();
  let m = t.match(/^[（(]\s*([一二三四五六七八九十]+)\s*[)）]\s*(.*)$/s);
  if (m) return { style: 'chinese-paren', value: chineseNumber(m[1]), rest: m[2] };
  m = t.match(/^([一二三四五六七八九十]+)\s*、\s*(.*)$/s);
  if (m) return { style: 'chinese-comma', value: chineseNumber(m[1]), rest: m[2] };
  m = t.match(/^[（(]\s*(\d{1,2})\s*[)）]\s*(.*)$/s);
  if (m) return { style: 'arabic-paren', value: Number(m[1]), rest: m[2] };
  m = t.match(/^(\d{1,2})\s*[.．、]\s*(?!\d)(.*)$/s);
  if (m) return { style: 'arabic-dot', value: Number(m[1]), rest: m[2] };
  return null;
}
