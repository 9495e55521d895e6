/** Presentation of years, dates and numbers, the same everywhere on the site. */

/** 民國111年（2022）. */
export function rocYear(year: { roc: number; gregorian: number }): string {
  return `民國${year.roc}年（${year.gregorian}）`;
}

export function rocYearFromRoc(roc: number): string {
  return rocYear({ roc, gregorian: roc + 1911 });
}

/** ISO date "2026-01-28" → "民國115年1月28日". */
export function rocDate(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) throw new Error(`not an ISO date: ${iso}`);
  const [, y, m, d] = match;
  return `民國${Number(y) - 1911}年${Number(m)}月${Number(d)}日`;
}

/** ISO year-month "2020-07" → "民國109年7月". */
export function rocMonth(isoMonth: string): string {
  const match = /^(\d{4})-(\d{2})$/.exec(isoMonth);
  if (!match) throw new Error(`not an ISO month: ${isoMonth}`);
  return `民國${Number(match[1]) - 1911}年${Number(match[2])}月`;
}

export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

const DIGITS = ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1 → 一, 10 → 十, 12 → 十二, 21 → 二十一 (numbers under 100 suffice for dimensions). */
export function chineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n >= 100) return String(n);
  if (n < 10) return DIGITS[n];
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? '' : DIGITS[tens]}十${ones === 0 ? '' : DIGITS[ones]}`;
}

/** Percentage with up to two decimals: 0.99876 → "99.88 %". */
export function percent(ratio: number): string {
  return `${(Math.floor(ratio * 10000) / 100).toFixed(2)} %`;
}

/** Paragraphs of a model text field ("\n"-separated), blank ones dropped. */
export function paragraphs(text: string): string[] {
  return text.split('\n').filter((p) => p.trim() !== '');
}
