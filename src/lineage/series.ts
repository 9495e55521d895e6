/**
 * The corpus arranged for following an item through time: each organisation's documents of one
 * kind in year order, and each document's rows by framework item. Built once per lineage run.
 */
import type { Document, Row } from '../model/schema.ts';

/** A row together with its document and site-wide key. */
export interface RowRef {
  document: Document;
  row: Row;
  /** "<document id>/<row id>". */
  key: string;
}

export interface Corpus {
  /** Every row, documents in id order, rows in document order. */
  rows: RowRef[];
  /** The documents of the row's organisation and kind, oldest first. */
  seriesOf(document: Document): readonly Document[];
  /** The document's rows matched to a framework item, in document order. */
  rowsWithItem(document: Document, itemId: string): readonly RowRef[];
  /** The document's rows in document order. */
  rowsOf(document: Document): readonly RowRef[];
  /** The other kind's document of the same organisation and year, if the corpus has it. */
  sibling(document: Document): Document | null;
}

const seriesKey = (document: Document) => `${document.branch.id}/${document.kind}`;

export function arrangeCorpus(documents: readonly Document[]): Corpus {
  const sorted = [...documents].sort((a, b) => a.id.localeCompare(b.id));
  const series = new Map<string, Document[]>();
  const byId = new Map<string, Document>();
  const rowRefs = new Map<Document, RowRef[]>();
  const byItem = new Map<Document, Map<string, RowRef[]>>();
  for (const document of sorted) {
    if (byId.has(document.id)) throw new Error(`lineage: document ${document.id} appears twice`);
    byId.set(document.id, document);
    series.set(seriesKey(document), [...(series.get(seriesKey(document)) ?? []), document]);
    const refs = document.rows.map((row) => ({ document, row, key: `${document.id}/${row.id}` }));
    rowRefs.set(document, refs);
    const items = new Map<string, RowRef[]>();
    for (const ref of refs) {
      const item = ref.row.frameworkItem?.id;
      if (item) items.set(item, [...(items.get(item) ?? []), ref]);
    }
    byItem.set(document, items);
  }
  for (const documents of series.values()) documents.sort((a, b) => a.year.roc - b.year.roc);
  return {
    rows: sorted.flatMap((document) => rowRefs.get(document)!),
    seriesOf: (document) => series.get(seriesKey(document))!,
    rowsWithItem: (document, itemId) => byItem.get(document)?.get(itemId) ?? [],
    rowsOf: (document) => rowRefs.get(document)!,
    sibling: (document) =>
      byId.get(`${document.branch.id}-${document.year.roc}-${document.kind === 'plan' ? 'report' : 'plan'}`) ?? null,
  };
}
