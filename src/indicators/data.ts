/**
 * The indicator data the ingest writes (indicators.json in the generated folder) and the site
 * reads back: the curated definitions, validated against the curated practices, and what the
 * extraction (extract.ts) found in the documents. The zod schemas mirror the interfaces in
 * extract.ts; a field added there without its schema here fails the round trip in the tests.
 */
import { z } from 'astro/zod';
import { Document } from '../model/schema.ts';
import { IndicatorDefinitions, type IndicatorDefinition } from './definitions.ts';
import { extractIndicators, type Extraction } from './extract.ts';

const DocumentRef = z.object({
  /** Document id, e.g. "kaohsiung-109-plan". */
  id: Document.shape.id,
  /** Plan or report. */
  kind: Document.shape.kind,
  /** Branch id and name. */
  branch: Document.shape.branch,
  /** ROC and Gregorian year. */
  year: Document.shape.year,
});

/**
 * What a value is: "result", a figure the document reports as done (its results column, a plan's
 * mid-year column included), or "target", a figure it plans (a sentence of its planned actions
 * with 預計, 預定, 預訂 …: the indicator's `target` marker).
 */
export const Measure = z.enum(['result', 'target']);

const Candidate = z.object({
  /** Indicator id. */
  indicator: z.string().min(1),
  /** "result" (reported as done) or "target" (planned); see Measure. */
  measure: Measure,
  /** The document the figure was read from. */
  document: DocumentRef,
  /** Row id, or null for a value read from the score table. */
  rowId: z.string().nullable(),
  /** Row field the sentence stands in, or "scores". */
  field: z.enum(['results', 'actions', 'scores']),
  /** Site path (without the base) where the quote can be read. */
  path: z.string().startsWith('/'),
  /** Source lines of the row (or the score line). */
  sourceLines: z.tuple([z.number().int().min(1), z.number().int().min(1)]),
  /** Period the figure covers when it differs from the document's year, e.g. "1-6月"; null for targets (they plan the whole year). */
  period: z.string().nullable(),
  /** Part of a breakdown (score tables: the dimension as written, or "總分"); null for a single figure. */
  series: z.string().nullable(),
  /** The figure. */
  value: z.number(),
  /** Unit as written next to the value. */
  unit: z.string().min(1),
  /** Maximum the value is scored against (score tables), else null. */
  max: z.number().nullable(),
  /** The exact sentence the figure was read from. */
  quote: z.string().min(1),
  /** The part of the quote the pattern matched. */
  match: z.string().min(1),
  /** The number exactly as written in the quote. */
  written: z.string().min(1),
});

const Ambiguity = z.object({
  /** Indicator id. */
  indicator: z.string().min(1),
  /** Whether the figures concerned are results or targets. */
  measure: Measure,
  /** The document concerned. */
  document: DocumentRef,
  /** Why nothing (or only one of several candidates) was counted. */
  reason: z.enum(['conflicting', 'unit-differs', 'repeated', 'scores-unplaced']),
  /** Why, in words (Chinese, for the report on the compare page). */
  note: z.string().min(1),
  /** The figures concerned. */
  candidates: z.array(Candidate),
});

export const IndicatorData = z.object({
  /** The curated definitions (content/reference/indicators.yaml), in file order. */
  definitions: IndicatorDefinitions,
  /** Counted values, in indicator then document order. */
  values: z.array(Candidate),
  /** Everything not counted, and agreeing repeats: for review. */
  report: z.array(Ambiguity),
});
export type IndicatorData = z.infer<typeof IndicatorData>;

/** The extraction part of the data, in the shape extract.ts returns. */
export function extractionOf(data: IndicatorData): Extraction {
  return { values: data.values, report: data.report };
}

/** Runs the extraction over the documents: `linesOf` gives a document's decoded source lines (score tables). */
export function indicatorData(
  documents: readonly Document[],
  definitions: IndicatorDefinition[],
  linesOf: (document: Document) => readonly string[],
): IndicatorData {
  const { values, report } = extractIndicators({ documents, indicators: definitions, sourceLines: linesOf });
  return IndicatorData.parse({ definitions, values, report });
}
