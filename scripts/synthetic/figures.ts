/**
 * Figures that change from year to year. Every count or percentage written before a unit
 * (「辦理 2 次」, 「受測 68 人次」, 「1,841 件」, 「95.3%」) is scaled by the organisation's trend for the
 * year with a little noise, keeping its written form (thousands separators, decimals), so the
 * indicator patterns of content/reference/indicators.yaml still read it. Within one document the
 * same written figure always becomes the same new figure: a value quoted twice still agrees.
 */
import { seedOf } from './random.ts';

export interface Trend {
  /** Multiplier for counts (1 = as in the source). */
  factor: number;
  /** Percentage points added to percentages (clamped to 0–100). */
  percentShift: number;
}

/** Units a count is written before; longest first so 人次 wins over 人. */
const COUNT_UNIT = '場次|人次|家次|件次|小時|萬元|次|件|案|份|具|家|場|筆|則|項|張|位|人|元';
/**
 * A number (1,841 / 68 / 2.5 / 95.3) not glued to other digits and not an ordinal (第 3 次),
 * followed (spaces and one line break allowed, as PDF text breaks them) by a unit.
 */
const FIGURE = new RegExp(
  `(?<![\\d.,，第])(?<!第\\s+)(\\d{1,3}(?:,\\d{3})+|\\d+)(\\.\\d+)?(?=[ \\u3000]*(?:\\n[ \\u3000]*)?(?:(${COUNT_UNIT})|(%|％)))`,
  'gu',
);

function withSeparators(n: number): string {
  return n.toLocaleString('en-US', { maximumFractionDigits: 0 });
}

/** The new written form of one figure. */
export function scaleFigure(written: string, percent: boolean, trend: Trend, noise: number): string {
  const [whole, fraction = ''] = written.split('.');
  const digits = fraction.length;
  const value = Number(`${whole.replace(/,/g, '')}${fraction ? `.${fraction}` : ''}`);
  let next: number;
  if (percent) {
    if (value > 100) return written;
    // Noise of ±1.5 points; a full 100 % stays full unless the trend falls.
    next = value === 100 && trend.percentShift >= 0 ? 100 : value + trend.percentShift + (noise - 1) * 10;
    next = Math.min(100, Math.max(0, next));
  } else {
    if (value === 0) return written;
    next = Math.max(digits > 0 ? 0.1 : 1, value * trend.factor * noise);
  }
  const rounded = Number(next.toFixed(digits));
  if (digits > 0) return rounded.toFixed(digits);
  return whole.includes(',') || (value >= 1000 && rounded >= 1000 && /,/.test(written)) ? withSeparators(rounded) : String(rounded);
}

/**
 * Every figure of `text` rescaled. `label` names the document, so noise differs between
 * documents but not between two mentions of one figure inside one document.
 */
export function scaleFigures(text: string, trend: Trend, seed: number, label: string): string {
  return text.replace(FIGURE, (match, whole: string, fraction: string | undefined, count: string | undefined, percent: string | undefined) => {
    const written = `${whole}${fraction ?? ''}`;
    const unit = count ?? percent ?? '';
    const noise = 0.85 + 0.3 * (seedOf(seed, label, 'figure', written, unit) / 4294967296);
    return scaleFigure(written, percent !== undefined, trend, noise);
  });
}
