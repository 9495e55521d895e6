/**
 * Plan ↔ report pairing: a plan and a report of the same organisation and year, row by row
 * through their framework items. Never across organisations, years or frameworks: documents of
 * different frameworks form a pair with no paired rows. A row whose item the other document
 * splits over several rows is paired with the most similar of them.
 */
import type { Document } from '../model/schema.ts';
import type { DocumentPair, PairedItem, RowLink } from './schema.ts';
import type { Corpus, RowRef } from './series.ts';
import { mostSimilar, WEAK_MATCH_THRESHOLD } from './similarity.ts';

/** The row's counterpart in the other kind's document of its organisation and year, or null. */
export function counterpartLink(corpus: Corpus, ref: RowRef): RowLink | null {
  const other = corpus.sibling(ref.document);
  const item = ref.row.frameworkItem?.id;
  if (!other || !item || other.framework.id !== ref.document.framework.id) return null;
  const found = mostSimilar(ref.row, corpus.rowsWithItem(other, item));
  if (!found) return null;
  return { row: found.best.key, via: 'same-item', similarity: found.similarity, weak: found.similarity < WEAK_MATCH_THRESHOLD };
}

/** Every item of a plan and its report side by side: plan order first, then the report's own items. */
export function pairDocuments(corpus: Corpus, plan: Document, report: Document): DocumentPair {
  const sameFramework = plan.framework.id === report.framework.id;
  const items: PairedItem[] = [];
  if (sameFramework) {
    const seen = new Set<string>();
    for (const ref of [...corpus.rowsOf(plan), ...corpus.rowsOf(report)]) {
      const item = ref.row.frameworkItem?.id;
      if (!item || seen.has(item)) continue;
      seen.add(item);
      items.push({
        item,
        plan: corpus.rowsWithItem(plan, item).map((r) => r.key),
        report: corpus.rowsWithItem(report, item).map((r) => r.key),
      });
    }
  }
  return { plan: plan.id, report: report.id, sameFramework, items };
}

/** Every plan of the corpus that has a report of the same organisation and year, paired with it. */
export function documentPairs(corpus: Corpus, documents: readonly Document[]): DocumentPair[] {
  return documents
    .filter((document) => document.kind === 'plan')
    .flatMap((plan) => {
      const report = corpus.sibling(plan);
      return report ? [pairDocuments(corpus, plan, report)] : [];
    })
    .sort((a, b) => a.plan.localeCompare(b.plan));
}
