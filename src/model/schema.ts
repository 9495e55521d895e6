/**
 * The validated model of one source document: the contract between ingest and the site.
 * Everything the site shows is read from data that passed these schemas.
 */
import { z } from 'astro/zod';

/** Inclusive 1-based line range in the source file, as it was decoded and line-split. */
export const SourceRef = z.object({
  /** [first, last] source lines (1-based, inclusive) this piece of the model was read from. */
  lines: z.tuple([z.number().int().positive(), z.number().int().positive()]),
});
export type SourceRef = z.infer<typeof SourceRef>;

export const BranchId = z.enum(['hq', 'keelung', 'hsinchu', 'taichung', 'tainan', 'kaohsiung', 'hualien']);
export type BranchId = z.infer<typeof BranchId>;

export const DocumentKind = z.enum(['plan', 'report']);
export type DocumentKind = z.infer<typeof DocumentKind>;

export const Year = z.object({
  /** 民國 year as written in the document title, e.g. 111. */
  roc: z.number().int().min(1),
  /** Gregorian year = ROC + 1911. */
  gregorian: z.number().int().min(1912),
});
export type Year = z.infer<typeof Year>;

export const DimensionRef = z.object({
  /** Framework dimension id from content/reference/frameworks.yaml, e.g. "gsp-2017-d1". */
  id: z.string().min(1),
  /** The framework's canonical label for the dimension, e.g. "基礎服務". */
  label: z.string().min(1),
  /** Points the framework allots to the dimension (null where the framework has none, e.g. the HQ strategies). */
  maxPoints: z.number().int().positive().nullable(),
});
export type DimensionRef = z.infer<typeof DimensionRef>;

/** The numbering a row carries in its own document; 0 where a level is absent. Row ids derive from it. */
export const RowKey = z.object({
  /** 構面 number (1-based); for the HQ plan, the strategy number 一–五. */
  dimension: z.number().int().positive(),
  /** 執行策略 number: (一) → 1; 0 when the row sits directly under the dimension. */
  strategy: z.number().int().min(0),
  /** 執行方法 number: 1. → 1; 0 when the strategy has an unnumbered method or none. */
  method: z.number().int().min(0),
  /** Sub-item number: (1) → 1, HQ (一) sub-item → 1; 0 when absent. */
  item: z.number().int().min(0),
  /**
   * "" for the first row of a numbering; "b", "c", … for the rows that repeat it, in document order
   * (src/ingest/row-ids.ts), so a repeat added later never renames an existing row.
   */
  suffix: z.string().regex(/^[b-z]?$/).default(''),
});
export type RowKey = z.infer<typeof RowKey>;

export const PracticeMatch = z.object({
  /** Practice id from content/reference/practices.yaml. */
  id: z.string().min(1),
  /** zh label of the practice, copied for convenience. */
  label: z.string().min(1),
});

export const FrameworkItemMatch = z.object({
  /** Template item id the row was matched to (by meaning, not numbering). */
  id: z.string().min(1),
  /** Normalised text similarity of the row's strategy/method/item text to the template item, 0–1. */
  similarity: z.number().min(0).max(1),
  /** True when the similarity is below the weak-match threshold; listed in the ingest report. */
  weak: z.boolean(),
});

export const Row = z.object({
  /** Document-local id built from RowKey: "d1-s2-m3-i2" (+ suffix). Never from list position. */
  id: z.string().regex(/^d\d+-s\d+-m\d+-i\d+[b-z]?$/),
  key: RowKey,
  dimension: DimensionRef,
  /** 執行策略 text as written, numbering included, e.g. "(一) 服務一致及正確性". */
  strategy: z.string(),
  /** 執行方法 text as written, numbering included; "" where the document has no method level for the row. */
  method: z.string(),
  /** Sub-item text, e.g. "(2) 注重電話禮貌，…"; "" where absent. */
  item: z.string(),
  /** 主辦單位 as written in the cell (whitespace-normalised); "" where the document has no unit column. */
  unitsText: z.string(),
  /** 主辦單位 split into unit names. */
  units: z.array(z.string().min(1)),
  /** 具體作法 / 具體推動作法; "" where the document has none. Paragraphs separated by "\n". */
  actions: z.string(),
  /** 執行績效與成果 / 績效與成果; "" where the document has none. Paragraphs separated by "\n". */
  results: z.string(),
  /** Period the results cover when it differs from the year, e.g. "1-6月"; null otherwise. */
  resultsPeriod: z.string().nullable(),
  /** Framework template item the row matched. */
  frameworkItem: FrameworkItemMatch.nullable(),
  /** Canonical practices, through the crosswalk; at least one. */
  practices: z.array(PracticeMatch).min(1),
  source: SourceRef,
});
export type Row = z.infer<typeof Row>;

export const Section = z.object({
  /** Heading as written, e.g. "壹、計畫依據". */
  heading: z.string(),
  /** Body text; paragraphs separated by "\n". */
  text: z.string(),
  source: SourceRef,
});
export type Section = z.infer<typeof Section>;

export const DimensionHeading = z.object({
  dimension: DimensionRef,
  /** The heading line as written in the document, e.g. "構面一：基礎服務（200 分）". */
  heading: z.string(),
  source: SourceRef,
});

export const Note = z.object({
  /** Text the document carries outside rows and sections, e.g. an editor's note left in the text. */
  text: z.string().min(1),
  /** Why it is a note: "editor-note", "category-heading", "table-caption", … */
  kind: z.string().min(1),
  source: SourceRef,
});

export const ScoreItem = z.object({
  /** Dimension label as written in the score table, e.g. "一、基礎服務". */
  dimension: z.string().min(1),
  /** Framework dimension id the item refers to, when resolved. */
  dimensionId: z.string().nullable(),
  score: z.number(),
  max: z.number().positive(),
});

export const Scores = z.object({
  items: z.array(ScoreItem).min(1),
  total: z.number(),
  /** Maximum total, e.g. 1000. */
  max: z.number().positive(),
  /** 等第: 優/甲/乙/丙/丁. */
  grade: z.string().min(1),
  /** ROC year-month of the assessment as written, e.g. "109.07". */
  assessedOnText: z.string(),
  /** ISO year-month of the assessment, e.g. "2020-07". */
  assessedOn: z.string().regex(/^\d{4}-\d{2}$/).nullable(),
  /** Grade bands as written, e.g. "優=900 分以上；甲=899-800 分；…". */
  scale: z.string(),
  source: SourceRef,
});
export type Scores = z.infer<typeof Scores>;

export const UncoveredLine = z.object({
  line: z.number().int().positive(),
  text: z.string(),
  /** Characters of this line not found in the model. */
  missing: z.string(),
});

export const ExcludedLine = z.object({
  line: z.number().int().positive(),
  text: z.string(),
  /** Why the line is layout rather than content: "repeated-header", "page-footer", … */
  reason: z.string(),
});

export const Coverage = z.object({
  /** Non-whitespace characters of content lines (after normalisation, layout lines excluded). */
  contentChars: z.number().int().min(0),
  /** Of those, characters found in the model element that claims their line. */
  coveredChars: z.number().int().min(0),
  /** coveredChars / contentChars, 0–1. */
  ratio: z.number().min(0).max(1),
  uncovered: z.array(UncoveredLine),
  excluded: z.array(ExcludedLine),
});
export type Coverage = z.infer<typeof Coverage>;

export const IssuedOn = z.object({
  /** The issuing line as written, e.g. "115 年 1 月 28 日經標秘字第 11590001160 號函訂定". */
  text: z.string(),
  /** ISO date when one is written, e.g. "2026-01-28". */
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable(),
  /** Official letter number, e.g. "經標秘字第 11590001160 號"; null when absent. */
  letter: z.string().nullable(),
  source: SourceRef,
});

export const Document = z.object({
  /** "<branch>-<roc>-<kind>", e.g. "hualien-111-report". Derived from the title, never the file name. */
  id: z.string().regex(/^[a-z]+-\d+-(plan|report)$/),
  branch: z.object({ id: BranchId, name: z.string().min(1) }),
  year: Year,
  kind: DocumentKind,
  /** Title line as written (normalised). */
  title: z.string().min(1),
  /** Source file path relative to the project root. */
  sourceFile: z.string().min(1),
  /** SHA-256 of the source file's bytes. */
  sourceSha256: z.string().regex(/^[0-9a-f]{64}$/),
  /** Encoding the source was decoded from. */
  encoding: z.enum(['utf-8', 'utf-8-bom', 'utf-16le', 'utf-16be', 'big5']),
  /** Layout family that parsed the document. */
  layout: z.string().min(1),
  issuedOn: IssuedOn.nullable(),
  framework: z.object({ id: z.string().min(1), label: z.string().min(1) }),
  dimensions: z.array(DimensionHeading),
  sections: z.array(Section),
  notes: z.array(Note),
  scores: Scores.nullable(),
  rows: z.array(Row).min(1),
  coverage: Coverage,
});
export type Document = z.infer<typeof Document>;
