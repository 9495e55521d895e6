/**
 * Scoring one engine's run: recall and precision against the expected rows, and the costs
 * (bytes, latency) of first and later queries.
 */
import type { Cost, EngineRun, Measured } from './bench-search-driver.ts';
import type { Expected } from './bench-search-queries.ts';

export interface Score {
  recall: number;
  precision: number;
  /** Rows expected, and rows listed by queries of two or more characters. */
  relevant: number;
  results: number;
  missedQueries: Measured[];
  wrongQueries: Measured[];
}

export interface Costs {
  firstBytes: number;
  firstMs: number;
  /** Second query of a fresh visit. */
  later: Cost[];
  /** Later queries of one long session (caches warm). */
  sessionBytes: number[];
  sessionMs: number[];
}

/** The value at quantile q (0…1) by nearest rank; 0 for no values. */
export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * (sorted.length - 1) + 0.5))];
}

/**
 * Recall over every query; precision over queries of two or more characters (one character is a
 * prefix search, so any row holding that character is right by definition).
 */
export function score(measured: readonly Measured[], expected: Expected, only?: (m: Measured) => boolean): Score {
  let hits = 0;
  let relevant = 0;
  let precisionHits = 0;
  let results = 0;
  const missedQueries: Measured[] = [];
  const wrongQueries: Measured[] = [];
  for (const m of only ? measured.filter(only) : measured) {
    const want = expected.get(m.query.text)!;
    const got = new Set(m.found);
    const correct = [...got].filter((p) => want.has(p)).length;
    hits += correct;
    relevant += want.size;
    if (correct < want.size) missedQueries.push(m);
    if ([...m.query.text.replace(/\s/g, '')].length >= 2) {
      precisionHits += correct;
      results += got.size;
      if (correct < got.size) wrongQueries.push(m);
    }
  }
  return {
    recall: relevant === 0 ? 1 : hits / relevant,
    precision: results === 0 ? 1 : precisionHits / results,
    relevant,
    results,
    missedQueries,
    wrongQueries,
  };
}

export function costs(run: EngineRun): Costs {
  return {
    firstBytes: run.session[0]?.bytes ?? 0,
    firstMs: run.session[0]?.ms ?? 0,
    later: run.later,
    sessionBytes: run.session.slice(1).map((m) => m.bytes),
    sessionMs: run.session.slice(1).map((m) => m.ms),
  };
}

export const laterBytes = (c: Costs, q: number) => quantile(c.later.map((l) => l.bytes), q);
export const laterMs = (c: Costs, q = 0.5) => quantile(c.later.map((l) => l.ms), q);
/** The median later-query latency of each pass over the sample, in pass order. */
export function laterMsByPass(c: Costs): number[] {
  const passes = Math.max(1, ...c.later.map((l) => l.pass + 1));
  return Array.from({ length: passes }, (_, pass) => quantile(c.later.filter((l) => l.pass === pass).map((l) => l.ms), 0.5));
}
