/**
 * Dates moved with the document: a report of 民國 98 made from the 102 report cites its own year,
 * the previous years and letter numbers of its own time (第 1020001230 號 → 第 0980001230 號),
 * not the source's. Only numbers written as years (before 年) and the year prefix of letter numbers
 * move, and only those at most twenty years before the source's year (older ones are history).
 */

const YEAR = /(?<![\d.,])(\d{2,3})(?=[ \u3000]*年)/gu;
const LETTER = /(第[ \u3000]*)(\d{3})(\d{6,8})(?=[ \u3000]*號)/gu;

function moved(year: number, from: number, to: number): number | null {
  return year <= from + 1 && year >= from - 20 ? year + (to - from) : null;
}

export function shiftYears(text: string, from: number, to: number): string {
  if (from === to) return text;
  return text
    .replace(YEAR, (match, digits: string) => {
      const year = moved(Number(digits), from, to);
      return year === null || year < 1 ? match : String(year);
    })
    .replace(LETTER, (match, head: string, digits: string, rest: string) => {
      const year = moved(Number(digits), from, to);
      return year === null || year < 1 ? match : `${head}${String(year).padStart(3, '0')}${rest}`;
    });
}
