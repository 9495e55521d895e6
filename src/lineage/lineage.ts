/**
 * Lineage: the same framework item of the same organisation in the nearest earlier and later
 * year, in documents of the same kind (a plan follows plans, a report follows reports).
 *
 * Walking away from the row's year, document by document: in a document of the same framework,
 * the rows matched to the same template item are candidates; the first document with any wins,
 * and among its candidates the one most similar to the row (a document may split an item over
 * several rows). The walk crosses at most one framework change: in the first document of another
 * framework, the candidates are the rows sharing a practice with this row whose own text is at
 * least CROSS_FRAMEWORK_MINIMUM similar to it (template wording changes between frameworks, so
 * only a clear resemblance counts), and the walk stops there either way. Earlier and later links
 * are found independently, so two rows that split one item may both point at the same row.
 */
import type { Document } from '../model/schema.ts';
import type { RowLink } from './schema.ts';
import type { Corpus, RowRef } from './series.ts';
import { mostSimilar, WEAK_MATCH_THRESHOLD } from './similarity.ts';

/**
 * Below this similarity no row of another framework counts as the same practice's continuation.
 * Measured with Keelung 102 (2013 framework) before a 2017-framework report of the same branch
 * (tests/lineage/lineage.test.ts): rows about the same topic in both wordings score 0.39–1
 * (定期檢查各類硬體設施 ~ 定期檢查各類設施 0.392, 減除申辦案件需檢附之書表 ~ 減少申辦人檢附各類紙本
 * 書表 0.394, 多元案件查詢管道 ~ 案件處理流程查詢 0.426), while the best candidate of a row whose topic
 * the older document lacks stays at or below 0.29 (滿意度調查 ~ 服務禮儀滿意度調查 0.29). 0.35 sits
 * in the gap. Such links are mostly below the weak threshold too, so curators see them in the report.
 */
export const CROSS_FRAMEWORK_MINIMUM = 0.35;

export type Direction = 'previous' | 'next';

function link(found: { best: RowRef; similarity: number }, via: RowLink['via']): RowLink {
  return { row: found.best.key, via, similarity: found.similarity, weak: found.similarity < WEAK_MATCH_THRESHOLD };
}

/** The documents of the row's series before (nearest first) or after it. */
function walk(corpus: Corpus, document: Document, direction: Direction): readonly Document[] {
  const series = corpus.seriesOf(document);
  const at = series.indexOf(document);
  return direction === 'previous' ? series.slice(0, at).reverse() : series.slice(at + 1);
}

/** The adjacent document of the same organisation and kind, or null. */
export function adjacentDocument(corpus: Corpus, document: Document, direction: Direction): Document | null {
  return walk(corpus, document, direction)[0] ?? null;
}

/** The row's same item in the nearest earlier or later year that has it, or null. */
export function yearLink(corpus: Corpus, ref: RowRef, direction: Direction): RowLink | null {
  const item = ref.row.frameworkItem?.id;
  const practices = new Set(ref.row.practices.map((p) => p.id));
  for (const other of walk(corpus, ref.document, direction)) {
    if (other.framework.id === ref.document.framework.id) {
      if (!item) continue;
      const found = mostSimilar(ref.row, corpus.rowsWithItem(other, item));
      if (found) return link(found, 'same-item');
      continue;
    }
    const candidates = corpus
      .rowsOf(other)
      .filter((candidate) => candidate.row.practices.some((p) => practices.has(p.id)));
    const found = mostSimilar(ref.row, candidates);
    return found && found.similarity >= CROSS_FRAMEWORK_MINIMUM ? link(found, 'cross-framework') : null;
  }
  return null;
}
