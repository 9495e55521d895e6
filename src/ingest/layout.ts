/**
 * The contract every layout family implements. A layout parser is a pure function from the
 * normalised lines of one source to the structure it holds; the pipeline (src/ingest/pipeline.ts)
 * then resolves frameworks and practices, measures coverage and validates the result.
 */
import type { SourceRef } from '../model/schema.ts';
import type { RowNumbering } from './row-ids.ts';

export interface SourceText {
  /** Path used in error messages, e.g. "content/sources/hualien-111-report.txt". */
  file: string;
  /** Normalised lines (see normalise.ts); lines[0] is source line 1. */
  lines: readonly string[];
  /** 1-based line of the document title (found by title.ts before any layout runs). */
  titleLine: number;
}

export interface ParsedRow {
  /** Numbering the row carries in its own document; repeats are told apart by src/ingest/row-ids.ts. */
  key: RowNumbering;
  strategy: string;
  method: string;
  item: string;
  unitsText: string;
  actions: string;
  results: string;
  /** e.g. "1-6月" when the results column covers only part of the year; null otherwise. */
  resultsPeriod: string | null;
  /** Must include every line any of this row's text was read from. */
  source: SourceRef;
}

export interface ParsedDimension {
  /** 構面 number as written (一 → 1); for the HQ plan, the strategy number. */
  number: number;
  /** Heading as written, e.g. "構面一：基礎服務（200 分）"; for HQ, the strategy text "一、完備基礎服務項目，注重服務特性差異化". */
  heading: string;
  /** Label without numbering or points, e.g. "基礎服務". */
  label: string;
  /** Points as written in the heading, or null. */
  maxPoints: number | null;
  source: SourceRef;
}

export interface ParsedSection {
  heading: string;
  text: string;
  source: SourceRef;
}

export interface ParsedNote {
  text: string;
  kind: string;
  source: SourceRef;
}

export interface ParsedScores {
  items: { dimension: string; score: number; max: number }[];
  total: number;
  max: number;
  grade: string;
  assessedOnText: string;
  assessedOn: string | null;
  scale: string;
  source: SourceRef;
}

export interface ParsedIssuedOn {
  text: string;
  date: string | null;
  letter: string | null;
  source: SourceRef;
}

export interface LayoutLine {
  line: number;
  /** "repeated-header", "table-header", "page-footer", … */
  reason: string;
}

export interface ParsedBody {
  issuedOn: ParsedIssuedOn | null;
  sections: ParsedSection[];
  dimensions: ParsedDimension[];
  rows: ParsedRow[];
  notes: ParsedNote[];
  scores: ParsedScores | null;
  /** Lines that are layout, not content (table headers, page footers). Listed in the coverage report. */
  layoutLines: LayoutLine[];
}

export interface LayoutParser {
  /** Layout family id, e.g. "tabbed-table". */
  id: string;
  /** Cheap, pure recognition of the layout from the text itself (never from the file name). */
  detect(text: SourceText): boolean;
  /** Parses the document; throws IngestError (src/model/errors.ts) naming file and line on anything it cannot place. */
  parse(text: SourceText): ParsedBody;
}
