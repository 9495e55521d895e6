/**
 * How alike two rows are: the ingest's own measure of meaning (src/ingest/practices.ts, character
 * bigrams after normalisation) applied to each row's own text, its deepest level. Lineage reuses
 * it, and its weak-match threshold, so "weak" means the same thing in the ingest report for
 * framework matches and for pairings.
 */
import type { Row } from '../model/schema.ts';
import { diceSimilarity, normaliseForMatch, WEAK_MATCH_THRESHOLD } from '../ingest/practices.ts';

export { WEAK_MATCH_THRESHOLD };

/** The row's own text: sub-item, else method, else strategy (what it matched its framework item by). */
export function ownText(row: Pick<Row, 'item' | 'method' | 'strategy'>): string {
  return row.item || row.method || row.strategy;
}

const normalised = new WeakMap<object, string>();

function comparable(row: Row): string {
  let text = normalised.get(row);
  if (text === undefined) {
    text = normaliseForMatch(ownText(row));
    normalised.set(row, text);
  }
  return text;
}

/** Similarity of two rows' own texts, 0–1, rounded to three decimals as the ingest rounds its matches. */
export function rowSimilarity(a: Row, b: Row): number {
  return Math.round(diceSimilarity(comparable(a), comparable(b)) * 1000) / 1000;
}

/** The candidate most similar to `row` (the first in document order on a tie), with its similarity. */
export function mostSimilar<T extends { row: Row }>(row: Row, candidates: readonly T[]): { best: T; similarity: number } | null {
  let found: { best: T; similarity: number } | null = null;
  for (const candidate of candidates) {
    const similarity = rowSimilarity(row, candidate.row);
    if (!found || similarity > found.similarity) found = { best: candidate, similarity };
  }
  return found;
}
