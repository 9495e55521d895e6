/**
 * 目標達成: one organisation's target of a year beside that year's results, and result ÷ target
 * only where the two can be divided — the same unit and the same period. A plan's mid-year result
 * (「1 至 6 月計測試 65 人次」) against its full-year target (「年度預計測試 117 人次以上」) is shown
 * beside it, never divided. Pure: indicator values in, rows out; the page only renders them.
 */
import { BranchId } from '../model/schema.ts';
import type { IndicatorValue } from './extract.ts';

/** Why a result and a target stand side by side undivided. */
export type NotDivided = 'period-differs' | 'unit-differs' | 'zero-target';

export interface Achievement {
  branch: IndicatorValue['document']['branch'];
  year: IndicatorValue['document']['year'];
  target: IndicatorValue;
  /** A result of the same organisation and year; null when none is known yet. */
  result: IndicatorValue | null;
  /** result ÷ target (1 = the target met exactly); null unless the two are comparable. */
  ratio: number | null;
  /** Why there is no ratio although there is a result; null when there is a ratio or no result. */
  notDivided: NotDivided | null;
}

function key(v: IndicatorValue): string {
  return `${v.document.branch.id}/${v.document.year.roc}`;
}

/** Units as written are compared after width folding only (％ is %); 件 and 份 stay different units. */
export function sameUnit(a: string, b: string): boolean {
  return a.normalize('NFKC') === b.normalize('NFKC');
}

/** Whether a result may be divided by a target, and if not, why. */
export function comparability(target: IndicatorValue, result: IndicatorValue): NotDivided | null {
  if (!sameUnit(target.unit, result.unit)) return 'unit-differs';
  if (target.period !== result.period) return 'period-differs';
  if (target.value === 0) return 'zero-target';
  return null;
}

/**
 * The target each organisation set for each year: the plan's (the promise) where the plan states
 * one, else the report's own planned figure (a report's 具體作法 may restate the target).
 */
export function targetsByBranchYear(values: readonly IndicatorValue[]): Map<string, IndicatorValue> {
  const chosen = new Map<string, IndicatorValue>();
  for (const v of values) {
    if (v.measure !== 'target') continue;
    const earlier = chosen.get(key(v));
    if (!earlier || (earlier.document.kind === 'report' && v.document.kind === 'plan')) chosen.set(key(v), v);
  }
  return chosen;
}

const BRANCH_ORDER = new Map<string, number>(BranchId.options.map((id, i) => [id, i]));

/**
 * Every organisation-year with a target: one row per result of that year (the report's full-year
 * result first, then a plan's mid-year one), or one row without a result. Organisations in
 * BranchId order, newest year first. `values` are one indicator's.
 */
export function achievements(values: readonly IndicatorValue[]): Achievement[] {
  const targets = targetsByBranchYear(values);
  const results = new Map<string, IndicatorValue[]>();
  for (const v of values) {
    if (v.measure !== 'result') continue;
    results.set(key(v), [...(results.get(key(v)) ?? []), v]);
  }
  const rows: Achievement[] = [];
  const ordered = [...targets.values()].sort(
    (a, b) =>
      (BRANCH_ORDER.get(a.document.branch.id) ?? 99) - (BRANCH_ORDER.get(b.document.branch.id) ?? 99) ||
      b.document.year.roc - a.document.year.roc,
  );
  for (const target of ordered) {
    const own = (results.get(key(target)) ?? []).sort((a, b) => Number(a.period !== null) - Number(b.period !== null));
    const base = { branch: target.document.branch, year: target.document.year, target };
    if (own.length === 0) rows.push({ ...base, result: null, ratio: null, notDivided: null });
    for (const result of own) {
      const notDivided = comparability(target, result);
      rows.push({ ...base, result, ratio: notDivided ? null : result.value / target.value, notDivided });
    }
  }
  return rows;
}

/** The rows of each organisation's `years` latest years with a target (the page's share; the rest stay in the downloads). */
export function latestPerOrganisation(rows: readonly Achievement[], years: number): Achievement[] {
  const kept = new Map<string, Set<number>>();
  return rows.filter((row) => {
    const own = kept.get(row.branch.id) ?? new Set<number>();
    kept.set(row.branch.id, own);
    if (!own.has(row.year.roc) && own.size >= years) return false;
    own.add(row.year.roc);
    return true;
  });
}
