/**
 * The ingest's lineage step: from every parsed document, the lineage file (see schema.ts) —
 * per row its previous and next year and its counterpart, per plan/report pair their items,
 * and every weak link. Pure and deterministic; validated before it is returned.
 */
import type { Document } from '../model/schema.ts';
import { Lineage, type RowLineage, type WeakPairing } from './schema.ts';
import { adjacentDocument, yearLink } from './lineage.ts';
import { counterpartLink, documentPairs } from './pairing.ts';
import { arrangeCorpus, type RowRef } from './series.ts';
import { ownText } from './similarity.ts';

export function buildLineage(documents: readonly Document[]): Lineage {
  const corpus = arrangeCorpus(documents);
  const byKey = new Map(corpus.rows.map((ref) => [ref.key, ref]));
  const rows: RowLineage[] = corpus.rows.map((ref) => ({
    row: ref.key,
    previousYear: yearLink(corpus, ref, 'previous'),
    nextYear: yearLink(corpus, ref, 'next'),
    previousDocument: adjacentDocument(corpus, ref.document, 'previous')?.id ?? null,
    nextDocument: adjacentDocument(corpus, ref.document, 'next')?.id ?? null,
    counterpart: counterpartLink(corpus, ref),
  }));

  // Each weak pair of rows once, however many of its links name it.
  const weak = new Map<string, WeakPairing>();
  const note = (kind: WeakPairing['kind'], from: RowRef, to: RowRef, link: NonNullable<RowLineage['previousYear']>) => {
    const id = `${kind} ${from.key} ${to.key}`;
    if (!link.weak || weak.has(id)) return;
    weak.set(id, {
      kind,
      from: from.key,
      to: to.key,
      via: link.via,
      similarity: link.similarity,
      fromText: ownText(from.row),
      toText: ownText(to.row),
    });
  };
  for (const entry of rows) {
    const self = byKey.get(entry.row)!;
    if (entry.previousYear) note('previous-year', byKey.get(entry.previousYear.row)!, self, entry.previousYear);
    if (entry.nextYear) note('previous-year', self, byKey.get(entry.nextYear.row)!, entry.nextYear);
    if (entry.counterpart) {
      const other = byKey.get(entry.counterpart.row)!;
      const [plan, report] = self.document.kind === 'plan' ? [self, other] : [other, self];
      note('counterpart', plan, report, entry.counterpart);
    }
  }
  const weakPairings = [...weak.values()].sort(
    (a, b) => a.kind.localeCompare(b.kind) || a.from.localeCompare(b.from) || a.to.localeCompare(b.to),
  );

  return Lineage.parse({ rows, pairs: documentPairs(corpus, documents), weakPairings });
}

/** Counts and weak links for the ingest report (content/generated/report.json). */
export function lineageReport(lineage: Lineage) {
  return {
    rows: lineage.rows.length,
    withPreviousYear: lineage.rows.filter((r) => r.previousYear).length,
    withPreviousYearAcrossFrameworks: lineage.rows.filter((r) => r.previousYear?.via === 'cross-framework').length,
    withNextYear: lineage.rows.filter((r) => r.nextYear).length,
    paired: lineage.rows.filter((r) => r.counterpart).length,
    documentPairs: lineage.pairs.length,
    weakPairings: lineage.weakPairings,
  };
}
