/**
 * The lineage file (content/generated/lineage.json): for every strategy row, the same item of the
 * same organisation in the nearest earlier and later year, and its plan ↔ report counterpart of
 * the same year; for every plan and report of one organisation and year, their items side by
 * side. Written by the ingest (src/lineage/build.ts), read by the site; validated on both sides.
 */
import { z } from 'astro/zod';

/** Site-wide row key "<document id>/<row id>", e.g. "kaohsiung-109-plan/d1-s1-m1-i0". */
export const RowKeyText = z.string().regex(/^[a-z]+-\d+-(plan|report)\/d\d+-s\d+-m\d+-i\d+[a-z]?$/);

/** A document id "<branch>-<roc>-<kind>". */
export const DocumentIdText = z.string().regex(/^[a-z]+-\d+-(plan|report)$/);

export const LinkVia = z.enum(['same-item', 'cross-framework']);
export type LinkVia = z.infer<typeof LinkVia>;

/** One row linked to another. */
export const RowLink = z.object({
  /** The linked row, "<document id>/<row id>". */
  row: RowKeyText,
  /**
   * How the rows were linked: "same-item" — both matched the same framework template item;
   * "cross-framework" — the documents follow different frameworks, so the linked row shares a
   * practice with this one and is the closest to it by meaning.
   */
  via: LinkVia,
  /** Similarity of the two rows' own texts (their deepest level), 0–1, as the ingest measures meaning. */
  similarity: z.number().min(0).max(1),
  /** True when the similarity is below the weak-match threshold; such links are listed in the ingest report. */
  weak: z.boolean(),
});
export type RowLink = z.infer<typeof RowLink>;

export const RowLineage = z.object({
  /** The row, "<document id>/<row id>". */
  row: RowKeyText,
  /** The same item in the nearest earlier year that has it: same organisation, same document kind. */
  previousYear: RowLink.nullable(),
  /** The same item in the nearest later year that has it: same organisation, same document kind. */
  nextYear: RowLink.nullable(),
  /**
   * The organisation's document of the same kind just before this one (whether or not it has the
   * item); null when the corpus has none. With previousYear null, the item first appears in this year.
   */
  previousDocument: DocumentIdText.nullable(),
  /** The organisation's document of the same kind just after this one; with nextYear not in it, the item was not continued. */
  nextDocument: DocumentIdText.nullable(),
  /** The plan row (for a report row) or report row (for a plan row) of the same organisation and year with the same item. */
  counterpart: RowLink.nullable(),
});
export type RowLineage = z.infer<typeof RowLineage>;

/** One framework item as a plan and a report of the same year carry it. */
export const PairedItem = z.object({
  /** Framework template item id, e.g. "gsp-2017-d1-s2-m3-i2". */
  item: z.string().min(1),
  /** Plan rows matched to the item, in document order; empty when the item was reported but not planned. */
  plan: z.array(RowKeyText),
  /** Report rows matched to the item, in document order; empty when the item was planned but not reported. */
  report: z.array(RowKeyText),
});
export type PairedItem = z.infer<typeof PairedItem>;

/** A plan and a report of one organisation and year. */
export const DocumentPair = z.object({
  /** The plan's document id. */
  plan: DocumentIdText,
  /** The report's document id. */
  report: DocumentIdText,
  /** False when the two follow different frameworks: their rows are then never paired and `items` is empty. */
  sameFramework: z.boolean(),
  /** Every item of either document: plan order first, then items only the report has, in report order. */
  items: z.array(PairedItem),
});
export type DocumentPair = z.infer<typeof DocumentPair>;

/** A link whose similarity is below the threshold, for curators to review. */
export const WeakPairing = z.object({
  /** "previous-year" (a row and the same item in an earlier year) or "counterpart" (plan ↔ report). */
  kind: z.enum(['previous-year', 'counterpart']),
  /** The earlier row (previous-year) or the plan row (counterpart). */
  from: RowKeyText,
  /** The later row (previous-year) or the report row (counterpart). */
  to: RowKeyText,
  /** "same-item" or "cross-framework", as in RowLink. */
  via: LinkVia,
  /** Similarity of the two rows' own texts, 0–1. */
  similarity: z.number().min(0).max(1),
  /** The `from` row's own text (its deepest level), for reading the report without opening the documents. */
  fromText: z.string(),
  /** The `to` row's own text. */
  toText: z.string(),
});
export type WeakPairing = z.infer<typeof WeakPairing>;

export const Lineage = z.object({
  /** One entry per row of every document, documents in id order, rows in document order. */
  rows: z.array(RowLineage),
  /** Every plan/report pair of one organisation and year, by plan id. */
  pairs: z.array(DocumentPair),
  /** Every weak link, each pair of rows once. */
  weakPairings: z.array(WeakPairing),
});
export type Lineage = z.infer<typeof Lineage>;

