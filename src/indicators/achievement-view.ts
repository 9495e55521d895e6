/**
 * The 目標達成 table as the indicator page shows it: each organisation's latest years with a
 * target, every figure as text with the permalink of the row it was read from, and either the
 * ratio or why there is none. Computed once here; IndicatorAchievement.astro only renders it.
 */
import { formatNumber } from '../charts/format.ts';
import { documentLongLabel } from '../charts/chart-labels.ts';
import { rocYear } from '../lib/format.ts';
import { targetsText } from '../lib/i18n.ts';
import { paths } from '../lib/urls.ts';
import { achievements, latestPerOrganisation, type Achievement, type NotDivided } from './achievement.ts';
import type { IndicatorValue } from './extract.ts';

/** Years per organisation the page lists; every year's targets and results are in the chart CSV. */
export const ACHIEVEMENT_YEARS = 3;

export interface FigureCell {
  /** "117 人次", "65 人次（1-6月）". */
  text: string;
  /** Row permalink (site path) where the sentence stands. */
  href: string;
  /** The sentence, for the link's title. */
  quote: string;
  /** Which document: "高雄分局 民國109年（2020） 執行計畫". */
  document: string;
}

export interface AchievementLine {
  key: string;
  branch: { id: string; name: string; href: string };
  year: string;
  target: FigureCell;
  result: FigureCell | null;
  /** "130%" when divided; otherwise why not, or that no result is known. */
  outcome: string;
  divided: boolean;
}

export interface AchievementTableView {
  lines: AchievementLine[];
  /** Organisation-years with a target, all of them (the lines are the latest of each organisation). */
  total: number;
  shownYears: number;
}

function figure(v: IndicatorValue): FigureCell {
  return {
    text: `${formatNumber(v.value)} ${v.unit}${v.period ? `（${v.period}）` : ''}`,
    href: v.path,
    quote: v.quote,
    document: documentLongLabel(v.document),
  };
}

function reason(notDivided: NotDivided, result: IndicatorValue): string {
  if (notDivided === 'period-differs') return targetsText.periodDiffers(result.period ?? '');
  if (notDivided === 'zero-target') return targetsText.zeroTarget;
  return targetsText.unitDiffers;
}

/** 1.3 → "130%", 0.5556 → "55.6%". */
export function percentText(ratio: number): string {
  return targetsText.ratio(formatNumber(Math.round(ratio * 1000) / 10));
}

function line(row: Achievement): AchievementLine {
  const result = row.result;
  return {
    key: `${row.target.document.id}/${result?.document.id ?? '-'}`,
    branch: { id: row.branch.id, name: row.branch.name, href: paths.branch(row.branch.id) },
    year: rocYear(row.year),
    target: figure(row.target),
    result: result ? figure(result) : null,
    outcome: row.ratio !== null ? percentText(row.ratio) : result && row.notDivided ? reason(row.notDivided, result) : targetsText.noResultYet,
    divided: row.ratio !== null,
  };
}

/** One indicator's values → the table the page shows. */
export function achievementTable(values: readonly IndicatorValue[], years = ACHIEVEMENT_YEARS): AchievementTableView {
  const rows = achievements(values);
  return {
    lines: latestPerOrganisation(rows, years).map(line),
    total: new Set(rows.map((r) => r.target.document.id)).size,
    shownYears: years,
  };
}
