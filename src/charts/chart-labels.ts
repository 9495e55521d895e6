/** Labels charts give documents, organisations and years, and the colour series of an organisation. */
import { BranchId, type Document } from '../model/schema.ts';
import type { SiteIndex } from '../lib/site.ts';
import { rocYear } from '../lib/format.ts';
import { chartText, kindLabel } from '../lib/i18n.ts';
import { branchSeries as seriesOf } from './palette.ts';

export const KIND_SHORT = { plan: chartText.planShort, report: chartText.reportShort } as const;

/** A branch's colour series: fixed by its place in the BranchId enum, so it is the same in every chart. */
export function branchSeries(branchId: string): number {
  return seriesOf(BranchId.options, branchId);
}

export function shortName(index: SiteIndex, doc: Document): string {
  return index.branchById.get(doc.branch.id)?.branch.shortName ?? doc.branch.name;
}

/** "基隆 102 成果": compact label for matrix columns and tooltips. */
export function documentShortLabel(index: SiteIndex, doc: Document): string {
  return `${shortName(index, doc)} ${doc.year.roc} ${KIND_SHORT[doc.kind]}`;
}

/** "基隆分局 民國102年（2013）執行績效與成果". */
export function documentLongLabel(doc: Pick<Document, "branch" | "year" | "kind">): string {
  return `${doc.branch.name} ${rocYear(doc.year)} ${kindLabel(doc.kind)}`;
}

export function branchYearData(doc: Document): Record<string, string> {
  return { branch: doc.branch.id, year: String(doc.year.roc), document: doc.id };
}

/** Every ROC year of the corpus, oldest first: the x axis of every chart over time. */
export function corpusYears(index: SiteIndex): number[] {
  return index.years.map((y) => y.roc).sort((a, b) => a - b);
}

/** Year columns of a table over time: the ROC year, the Gregorian year under it. */
export function yearColumns(years: readonly number[]): { label: string; sub: string; numeric: true; year: string }[] {
  return years.map((roc) => ({ label: String(roc), sub: String(roc + 1911), numeric: true, year: String(roc) }));
}

/** Matrix columns for years: ROC year over Gregorian year. */
export function yearMatrixColumns(years: readonly number[]): { key: string; lines: string[]; title: string }[] {
  return years.map((roc) => ({ key: String(roc), lines: [String(roc), String(roc + 1911)], title: rocYear({ roc, gregorian: roc + 1911 }) }));
}
