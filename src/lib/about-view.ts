/**
 * What /about/ and the sources listing (/about/sources/, /about/sources/<roc>/) show, computed once
 * from the site index. /about/ keeps what does not grow with the series — method, frameworks,
 * crosswalk, totals — and one line per year links to that year's documents, so no page lists every
 * document.
 */
import type { Document } from '../model/schema.ts';
import type { Practice } from '../model/reference.ts';
import type { FrameworkView, PracticeView, YearView } from './site.ts';
import { paths } from './urls.ts';

/** Coverage summed over some documents. */
export interface CoverageTotals {
  documents: number;
  rows: number;
  contentChars: number;
  coveredChars: number;
  /** coveredChars / contentChars, or null without content. */
  ratio: number | null;
  uncoveredLines: number;
  excludedLines: number;
}

export interface CrosswalkEntry {
  id: string;
  text: string;
  /** 0 strategy, 1 method, 2 sub-item. */
  depth: 0 | 1 | 2;
  dimensionLabel: string;
  practices: Practice[];
}

export interface AboutFramework {
  view: FrameworkView;
  /** Documents read with this framework, and their first and last year (null while none). */
  documents: number;
  years: { first: number; last: number } | null;
  crosswalk: CrosswalkEntry[];
}

export interface SourcesYear {
  roc: number;
  path: string;
  documents: Document[];
  totals: CoverageTotals;
}

export interface AboutView {
  totals: CoverageTotals;
  /** Rows whose framework item was matched by meaning only (a weak match). */
  weakMatches: number;
  frameworks: AboutFramework[];
  /** One entry per year, newest first: the sources listing. */
  sourcesByYear: SourcesYear[];
  sourcesYear(roc: number): SourcesYear | null;
}

export function coverageTotals(documents: readonly Document[]): CoverageTotals {
  const sum = (pick: (d: Document) => number) => documents.reduce((n, d) => n + pick(d), 0);
  const contentChars = sum((d) => d.coverage.contentChars);
  const coveredChars = sum((d) => d.coverage.coveredChars);
  return {
    documents: documents.length,
    rows: sum((d) => d.rows.length),
    contentChars,
    coveredChars,
    ratio: contentChars > 0 ? coveredChars / contentChars : null,
    uncoveredLines: sum((d) => d.coverage.uncovered.length),
    excludedLines: sum((d) => d.coverage.excluded.length),
  };
}

/** A framework's template in reading order (strategy, its methods, their sub-items), each with the practices the crosswalk maps it to. */
function crosswalkEntries(framework: FrameworkView, practices: readonly PracticeView[]): CrosswalkEntry[] {
  const practicesOf = (itemId: string) => practices.filter((p) => p.templateItems.includes(itemId)).map((p) => p.practice);
  return framework.dimensions.flatMap((d) => {
    const entry = (id: string, text: string, depth: CrosswalkEntry['depth']): CrosswalkEntry => ({
      id,
      text,
      depth,
      dimensionLabel: d.dimension.label,
      practices: practicesOf(id),
    });
    return d.dimension.strategies.flatMap((s) => [
      entry(s.id, s.text, 0),
      ...s.methods.flatMap((m) => [entry(m.id, m.text, 1), ...m.items.map((i) => entry(i.id, i.text, 2))]),
    ]);
  });
}

export function buildAboutView(index: {
  documents: readonly { document: Document }[];
  frameworks: readonly FrameworkView[];
  practices: readonly PracticeView[];
  years: readonly YearView[];
  rows: readonly { row: Document['rows'][number] }[];
}): AboutView {
  const sourcesByYear = index.years.map((year) => ({
    roc: year.roc,
    path: paths.aboutSourcesYear(year.roc),
    documents: year.documents,
    totals: coverageTotals(year.documents),
  }));
  const byYear = new Map(sourcesByYear.map((y) => [y.roc, y]));
  return {
    totals: coverageTotals(index.documents.map((d) => d.document)),
    weakMatches: index.rows.filter((v) => v.row.frameworkItem?.weak).length,
    frameworks: index.frameworks.map((view) => {
      const years = view.documents.map((d) => d.year.roc);
      return {
        view,
        documents: view.documents.length,
        years: years.length > 0 ? { first: Math.min(...years), last: Math.max(...years) } : null,
        crosswalk: crosswalkEntries(view, index.practices),
      };
    }),
    sourcesByYear,
    sourcesYear: (roc) => byYear.get(roc) ?? null,
  };
}
