/**
 * Indicator extraction: patterns over the rows of a practice → per document at most one result
 * and one target, each with the exact sentence it was read from and the permalink of its row.
 * A result is a figure of the results column; a target is a planned figure (a sentence with 預計,
 * 預定, 預訂 …, the indicator's `target` marker) of the planned actions, e.g. the Kaohsiung 109
 * plan's 「年度預計測試 117 人次以上」 beside its mid-year 「1 至 6 月計測試 65 人次」. Pure: documents,
 * definitions and (for score tables) source lines in; values and a report of what was not counted out.
 *
 * Nothing is guessed; targets and results are decided apart, by the same rules. A document whose
 * matching sentences give different numbers gets no value (of that measure):
 * the candidates go into the report as "conflicting". A figure in a unit the indicator does not
 * accept goes into the report as "unit-differs". Several sentences giving the same number agree;
 * the first (in document order) is quoted and the others are reported as "repeated".
 */
import type { Document, Row } from '../model/schema.ts';
import { chartText } from '../lib/i18n.ts';
import { paths } from '../lib/urls.ts';
import {
  acceptedUnits,
  compileSentencePattern,
  type IndicatorDefinition,
  type RowIndicator,
  type ScoreIndicator,
} from './definitions.ts';
import { compact, numbersIn, originalRange, parseNumber, sentences, WHOLE_NUMBER_SOURCE } from './text.ts';

export interface DocumentRef {
  id: string;
  kind: Document['kind'];
  branch: Document['branch'];
  year: Document['year'];
}

/** What a figure is: a result the document reports, or a target it plans. */
export type Measure = 'result' | 'target';
export const MEASURES: readonly Measure[] = ['result', 'target'];

/** One figure found in one sentence. */
export interface Candidate {
  indicator: string;
  /** "target" for a planned figure (the indicator's `target` marker, read from its `targetFields`), else "result". */
  measure: Measure;
  document: DocumentRef;
  /** Row id, or null for a value read from the score table. */
  rowId: string | null;
  /** Row field the sentence stands in ("results", "actions"), or "scores". */
  field: 'results' | 'actions' | 'scores';
  /** Site path of the row (or, for scores, of the source line): where the quote can be read. */
  path: string;
  /** Source lines of the row (or the score line). */
  sourceLines: [number, number];
  /** Period the figure covers when it differs from the document's year, e.g. "1-6月"; null for targets (they plan the year). */
  period: string | null;
  /** Part of a breakdown (score tables: the dimension as written, or "總分"); null for a single figure. */
  series: string | null;
  value: number;
  /** Unit as written next to the value (the indicator's unit when the pattern does not capture one). */
  unit: string;
  /** Maximum the value is scored against (score tables), else null. */
  max: number | null;
  /** The exact sentence: a substring of the field's text. */
  quote: string;
  /** The exact part of the quote the pattern matched, number included. */
  match: string;
  /** The number exactly as written in the quote, e.g. "58,336". */
  written: string;
}

/** A counted value. */
export type IndicatorValue = Candidate;

export type AmbiguityReason = 'conflicting' | 'unit-differs' | 'repeated' | 'scores-unplaced';

export interface Ambiguity {
  indicator: string;
  /** Whether the figures concerned are results or targets. */
  measure: Measure;
  document: DocumentRef;
  reason: AmbiguityReason;
  /** Why, in words (Chinese, for the report on the compare page). */
  note: string;
  candidates: Candidate[];
}

export interface Extraction {
  values: IndicatorValue[];
  /** Everything not counted, and agreeing repeats: for review. */
  report: Ambiguity[];
}

export interface ExtractionInput {
  documents: readonly Document[];
  indicators: readonly IndicatorDefinition[];
  /** Decoded source lines of a document (1-based line n is element n - 1); needed for score tables only. */
  sourceLines?: (document: Document) => readonly string[];
}

function documentRef(doc: Document): DocumentRef {
  return { id: doc.id, kind: doc.kind, branch: doc.branch, year: doc.year };
}

/** What a sentence of `field` can give: a target, a result, or nothing (null). */
function sentenceMeasure(indicator: RowIndicator, field: 'results' | 'actions', planned: boolean): Measure | null {
  if (planned) return indicator.targetFields.includes(field) ? 'target' : null;
  return indicator.fields.includes(field) ? 'result' : null;
}

/** Every figure the indicator's patterns find in one row: results and targets. */
export function rowCandidates(indicator: RowIndicator, doc: Document, row: Row): Candidate[] {
  const exclude = indicator.exclude ? new RegExp(indicator.exclude, 'u') : null;
  const target = new RegExp(indicator.target, 'u');
  const patterns = indicator.patterns.map((p) => ({
    sentence: compileSentencePattern(p.sentence),
    item: p.item ? new RegExp(p.item, 'u') : null,
  }));
  const fields = [...new Set([...indicator.fields, ...indicator.targetFields])];
  const found: Candidate[] = [];
  for (const field of fields) {
    const text = row[field];
    for (const sentence of sentences(text)) {
      const view = compact(sentence.text);
      if (exclude?.test(view.text)) continue;
      const measure = sentenceMeasure(indicator, field, target.test(view.text));
      if (!measure) continue;
      const itemText = compact(sentence.item.text).text;
      const seen = new Set<string>();
      for (const pattern of patterns) {
        if (pattern.item && !pattern.item.test(itemText)) continue;
        for (const m of view.text.matchAll(pattern.sentence)) {
          const groups = m.groups ?? {};
          if (!m[0] || groups.value === undefined) continue;
          const from = m.index ?? 0;
          const [start, end] = originalRange(view, from, from + m[0].length);
          // The value group's own place (match indices), to quote the number exactly as written.
          const [valueFrom, valueTo] = m.indices!.groups!.value!;
          const [valueStart, valueEnd] = originalRange(view, valueFrom, valueTo);
          const key = `${valueStart}`;
          if (seen.has(key)) continue;
          seen.add(key);
          found.push({
            indicator: indicator.id,
            measure,
            document: documentRef(doc),
            rowId: row.id,
            field,
            path: paths.row(doc, row.id),
            sourceLines: row.source.lines,
            // A target plans the document's year; a result covers the period of its column.
            period: measure === 'target' || field !== 'results' ? null : row.resultsPeriod,
            series: null,
            value: parseNumber(groups.value),
            unit: groups.unit ?? indicator.unit,
            max: null,
            quote: sentence.text,
            match: sentence.text.slice(start, end),
            written: sentence.text.slice(valueStart, valueEnd),
          });
        }
      }
    }
  }
  return found;
}

/** One document's candidates of one measure → its value (when they agree) and what to report. */
function decide(indicator: RowIndicator, ref: DocumentRef, measure: Measure, candidates: Candidate[], units: ReadonlySet<string>, out: Extraction): void {
  const otherUnit = candidates.filter((c) => !units.has(c.unit));
  if (otherUnit.length > 0) {
    out.report.push({
      indicator: indicator.id,
      measure,
      document: ref,
      reason: 'unit-differs',
      note: chartText.noteUnitDiffers([...units]),
      candidates: otherUnit,
    });
  }
  const counted = candidates.filter((c) => units.has(c.unit));
  const distinct = [...new Set(counted.map((c) => c.value))];
  if (distinct.length > 1) {
    out.report.push({
      indicator: indicator.id,
      measure,
      document: ref,
      reason: 'conflicting',
      note: chartText.noteConflicting(distinct.length),
      candidates: counted,
    });
  } else if (distinct.length === 1) {
    out.values.push(counted[0]);
    if (counted.length > 1) {
      out.report.push({
        indicator: indicator.id,
        measure,
        document: ref,
        reason: 'repeated',
        note: chartText.noteRepeated,
        candidates: counted,
      });
    }
  }
}

function rowIndicator(indicator: RowIndicator, documents: readonly Document[]): Extraction {
  const out: Extraction = { values: [], report: [] };
  const units = new Set(acceptedUnits(indicator));
  for (const doc of documents) {
    const rows = doc.rows.filter((row) => row.practices.some((p) => p.id === indicator.practice));
    const candidates = rows.flatMap((row) => rowCandidates(indicator, doc, row));
    for (const measure of MEASURES) {
      decide(indicator, documentRef(doc), measure, candidates.filter((c) => c.measure === measure), units, out);
    }
  }
  return out;
}

/**
 * Where each score of the table stands in one source line: the line must carry the dimension scores
 * and the total in table order (e.g. "180 275 185 180 90 910 優 109.07"); null when no line does.
 */
function placeScores(
  scores: NonNullable<Document['scores']>,
  lines: readonly string[],
): { line: number; quote: string; numbers: { start: number; end: number }[] } | null {
  const wanted = [...scores.items.map((i) => i.score), scores.total];
  const [from, to] = scores.source.lines;
  for (let n = from; n <= to; n++) {
    const raw = lines[n - 1];
    if (raw === undefined) continue;
    const quote = raw.trim();
    const numbers = [...quote.matchAll(new RegExp(WHOLE_NUMBER_SOURCE, 'gu'))].map((m) => ({
      value: parseNumber(m[0]),
      start: m.index ?? 0,
      end: (m.index ?? 0) + m[0].length,
    }));
    // The scores must appear as consecutive numbers of the line, in table order.
    for (let s = 0; s + wanted.length <= numbers.length; s++) {
      if (wanted.every((v, k) => numbers[s + k].value === v)) {
        return { line: n, quote, numbers: numbers.slice(s, s + wanted.length) };
      }
    }
  }
  return null;
}

function scoreIndicator(indicator: ScoreIndicator, input: ExtractionInput): Extraction {
  const values: IndicatorValue[] = [];
  const report: Ambiguity[] = [];
  for (const doc of input.documents) {
    const scores = doc.scores;
    if (!scores) continue;
    const placed = input.sourceLines ? placeScores(scores, input.sourceLines(doc)) : null;
    const ref = documentRef(doc);
    const entries = [
      ...scores.items.map((item) => ({ series: item.dimension, value: item.score, max: item.max })),
      { series: '總分', value: scores.total, max: scores.max },
    ];
    if (!placed) {
      report.push({
        indicator: indicator.id,
        measure: 'result',
        document: ref,
        reason: 'scores-unplaced',
        note: chartText.noteScoresUnplaced,
        candidates: [],
      });
      continue;
    }
    entries.forEach((entry, k) => {
      const { start, end } = placed.numbers[k];
      values.push({
        indicator: indicator.id,
        measure: 'result',
        document: ref,
        rowId: null,
        field: 'scores',
        path: paths.documentSource(doc, placed.line),
        sourceLines: [placed.line, placed.line],
        period: null,
        series: entry.series,
        value: entry.value,
        unit: indicator.unit,
        max: entry.max,
        quote: placed.quote,
        match: placed.quote.slice(start, end),
        written: placed.quote.slice(start, end),
      });
    });
  }
  return { values, report };
}

/** Runs every indicator over every document. Values and report follow indicator order, then document order, results before targets. */
export function extractIndicators(input: ExtractionInput): Extraction {
  const values: IndicatorValue[] = [];
  const report: Ambiguity[] = [];
  for (const indicator of input.indicators) {
    const result = indicator.from === 'rows' ? rowIndicator(indicator, input.documents) : scoreIndicator(indicator, input);
    values.push(...result.values);
    report.push(...result.report);
  }
  return { values, report };
}

/** True when `value` is one of the numbers written in `quote` (used by tests and the build check). */
export function quoteStatesValue(quote: string, value: number): boolean {
  return numbersIn(quote).includes(value);
}
