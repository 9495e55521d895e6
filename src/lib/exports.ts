/**
 * The open-data downloads: /data/strategies.json, /data/strategies.csv, /data/documents.json
 * (the indicator downloads are in src/indicators/export.ts and share the pieces defined here).
 * Their shape is defined once here as zod schemas (published as JSON Schema next to the files;
 * tests/site/validators.test.ts validates every download against them with Ajv in strict mode);
 * the builders are pure functions of the SiteIndex.
 */
import { z } from 'astro/zod';
import { BranchId, DocumentKind, ScoreItem, Scores } from '../model/schema.ts';
import type { SiteIndex } from './site.ts';
import { absoluteUrl, href, paths } from './urls.ts';
import { toCsv, type CsvValue } from '../charts/csv.ts';

export interface ExportContext {
  site: string;
  base: string;
}

// Shared pieces of the download contracts. Every field carries a description: it becomes the
// field's `description` in the published JSON Schema and its row in the /data/ field tables.

/** A path on this site. A prefix is a `pattern` in JSON Schema (zod's startsWith() would become a format no validator knows). */
export const sitePathField = (description: string) => z.string().regex(/^\//).describe(description);
/** A path on this site, or null where there is none. */
const nullableSitePathField = (description: string) => z.string().regex(/^\//).nullable().describe(description);

export const BranchExport = z
  .object({
    id: BranchId.describe('Branch id as used in URLs, e.g. "hualien"; "hq" for the headquarters.'),
    name: z.string().describe('Chinese name, e.g. "花蓮分局".'),
  })
  .describe('分局 (or 總局) that wrote the document.');

export const YearExport = z
  .object({
    roc: z.number().int().describe('民國 year, e.g. 111.'),
    gregorian: z.number().int().describe('Gregorian year (民國 + 1911), e.g. 2022.'),
  })
  .describe('民國 year of the document and its Gregorian equivalent.');

export const sourceLinesField = (description: string) =>
  z.tuple([z.number().int().positive(), z.number().int().positive()]).describe(description);

export const DocumentKindExport = DocumentKind.describe('plan (執行計畫) or report (執行績效與成果).');

export const StrategyExportRow = z
  .object({
    id: z.string().regex(/^[a-z]+-\d+-(plan|report)\/d\d+-s\d+-m\d+-i\d+[a-z]?$/).describe(
      'Site-wide row id: "<document id>/<row id>", e.g. "hualien-111-report/d1-s2-m1-i2". The row id comes from the document\'s own numbering (構面 d, 策略 s, 方法 m, 細項 i; 0 where a level is absent).',
    ),
    permalink: sitePathField('Path of the row\'s page on this site, including the deployment base path.'),
    url: z.url().describe('Absolute URL of the row\'s page.'),
    branch: BranchExport,
    year: YearExport,
    document: z
      .object({
        id: z.string().describe('Document id "<branch>-<roc>-<kind>", e.g. "hualien-111-report".'),
        kind: DocumentKindExport,
        title: z.string().describe('Title line as written.'),
      })
      .describe('The document the row belongs to.'),
    dimension: z
      .object({
        id: z.string().describe('Framework dimension id, e.g. "gsp-2017-d1".'),
        label: z.string().describe('The framework\'s label for the dimension, e.g. "基礎服務".'),
        maxPoints: z.number().int().nullable().describe('Points the framework allots to the dimension; null where it has none.'),
      })
      .describe('Framework dimension (構面) the row sits under.'),
    strategy: z.string().describe('執行策略 as written, numbering included.'),
    method: z.string().describe('執行方法 as written; "" where the document has no method level.'),
    item: z.string().describe('Sub-item text as written; "" where absent.'),
    units: z.array(z.string()).describe('主辦單位, split into unit names.'),
    actions: z.string().describe('具體作法 as written; paragraphs separated by "\\n"; "" where the document has none.'),
    results: z.string().describe('執行績效與成果 as written; paragraphs separated by "\\n"; "" where the document has none.'),
    resultsPeriod: z.string().nullable().describe('Period the results cover when it differs from the year, e.g. "1-6月".'),
    practices: z
      .array(
        z
          .object({
            id: z.string().describe('Practice id as used in URLs, e.g. "phone-courtesy".'),
            label: z.string().describe('Chinese label of the practice, e.g. "電話禮貌".'),
          })
          .describe('One practice.'),
      )
      .min(1)
      .describe('Canonical practices (作法主題) the row maps to.'),
    frameworkItem: z.string().nullable().describe('Framework template item the row matched, or null.'),
    previousYear: nullableSitePathField('Permalink of the same item of the same organisation in the nearest earlier year that has it, in a document of the same kind (across a framework change: the same practice, closest by meaning); null when none.'),
    nextYear: nullableSitePathField('Permalink of the same item of the same organisation in the nearest later year that has it, in a document of the same kind; null when none.'),
    counterpart: nullableSitePathField('Permalink of the plan row (for a report row) or report row (for a plan row) of the same organisation, year and framework item; null when none.'),
    source: z
      .object({
        file: sitePathField('Path of the unchanged source text file on this site.'),
        lines: sourceLinesField('First and last source line (1-based, inclusive).'),
      })
      .describe('Where the row\'s text stands in the source file.'),
  })
  .describe('One strategy row (執行策略列) of one document.');
export type StrategyExportRow = z.infer<typeof StrategyExportRow>;

export const StrategiesExport = z.array(StrategyExportRow).describe('Every strategy row of every document, in site order.');

/** The model's score table without its source reference; the model keeps its rules, the export adds the words. */
const ScoresExport = z
  .object({
    items: z
      .array(
        z
          .object({
            dimension: ScoreItem.shape.dimension.describe('Dimension label as written in the score table, e.g. "一、基礎服務".'),
            dimensionId: ScoreItem.shape.dimensionId.describe('Framework dimension id the item refers to, when resolved; else null.'),
            score: ScoreItem.shape.score.describe('Score given.'),
            max: ScoreItem.shape.max.describe('Maximum score of the item.'),
          })
          .describe('One line of the score table.'),
      )
      .min(1)
      .describe('The score table\'s lines, in document order.'),
    total: Scores.shape.total.describe('Total score.'),
    max: Scores.shape.max.describe('Maximum total, e.g. 1000.'),
    grade: Scores.shape.grade.describe('等第: 優/甲/乙/丙/丁.'),
    assessedOnText: Scores.shape.assessedOnText.describe('ROC year-month of the assessment as written, e.g. "109.07".'),
    assessedOn: Scores.shape.assessedOn.describe('ISO year-month of the assessment, e.g. "2020-07"; null when not readable.'),
    scale: Scores.shape.scale.describe('Grade bands as written, e.g. "優=900 分以上；甲=899-800 分；…".'),
  })
  .nullable()
  .describe('Self-assessment score table (考核項目成績), when the document has one.');

export const DocumentExport = z
  .object({
    id: z.string().regex(/^[a-z]+-\d+-(plan|report)$/).describe('"<branch>-<roc>-<kind>", e.g. "hualien-111-report".'),
    permalink: sitePathField('Path of the document\'s page, including the deployment base path.'),
    url: z.url().describe('Absolute URL of the document\'s page.'),
    branch: BranchExport,
    year: YearExport,
    kind: DocumentKindExport,
    title: z.string().describe('Title line as written.'),
    issuedOn: z
      .object({
        text: z.string().describe('The issuing line as written, e.g. "115 年 1 月 28 日經標秘字第 11590001160 號函訂定".'),
        date: z.string().nullable().describe('ISO date of the issuing line, e.g. "2026-01-28"; null when not readable.'),
        letter: z.string().nullable().describe('Letter number (函), e.g. "經標秘字第 11590001160 號"; null when absent.'),
      })
      .nullable()
      .describe('Issuing line (函訂定), when the document has one.'),
    framework: z
      .object({
        id: z.string().describe('Framework id, e.g. "gsp-2017".'),
        label: z.string().describe('Framework name.'),
      })
      .describe('Evaluation framework the document follows.'),
    rows: z.number().int().positive().describe('Number of strategy rows (see strategies.json).'),
    source: z
      .object({
        file: sitePathField('Path of the unchanged source text file on this site.'),
        sha256: z.string().regex(/^[0-9a-f]{64}$/).describe('SHA-256 of the file, lower-case hex.'),
        encoding: z.string().describe('Encoding the source was read in, e.g. "utf-8".'),
      })
      .describe('The unchanged source text file.'),
    coverage: z.number().min(0).max(1).describe('Share of the source\'s content characters found in the model (0–1).'),
    scores: ScoresExport,
  })
  .describe('One source document.');
export type DocumentExport = z.infer<typeof DocumentExport>;

export const DocumentsExport = z.array(DocumentExport).describe('Every document, in site order.');

export function strategiesExport(index: SiteIndex, ctx: ExportContext): StrategyExportRow[] {
  return index.rows.map(({ document: doc, row, key, path, practices }) => ({
    id: key,
    permalink: href(path, ctx.base),
    url: absoluteUrl(path, ctx.site, ctx.base),
    branch: { id: doc.branch.id, name: doc.branch.name },
    year: { roc: doc.year.roc, gregorian: doc.year.gregorian },
    document: { id: doc.id, kind: doc.kind, title: doc.title },
    dimension: { id: row.dimension.id, label: row.dimension.label, maxPoints: row.dimension.maxPoints },
    strategy: row.strategy,
    method: row.method,
    item: row.item,
    units: row.units,
    actions: row.actions,
    results: row.results,
    resultsPeriod: row.resultsPeriod,
    practices: practices.map((p) => ({ id: p.id, label: p.label })),
    frameworkItem: row.frameworkItem?.id ?? null,
    ...lineagePermalinks(index, key, ctx),
    source: { file: href(paths.sourceFile(doc.id), ctx.base), lines: row.source.lines },
  }));
}

/** previousYear, nextYear and counterpart of a row as permalinks (null where there is none). */
function lineagePermalinks(index: SiteIndex, key: string, ctx: ExportContext) {
  const links = index.lineage.links(key);
  const permalink = (view: { path: string } | null) => (view ? href(view.path, ctx.base) : null);
  return { previousYear: permalink(links.previousYear), nextYear: permalink(links.nextYear), counterpart: permalink(links.counterpart) };
}

export function documentsExport(index: SiteIndex, ctx: ExportContext): DocumentExport[] {
  return index.documents.map(({ document: doc, path }) => ({
    id: doc.id,
    permalink: href(path, ctx.base),
    url: absoluteUrl(path, ctx.site, ctx.base),
    branch: doc.branch,
    year: doc.year,
    kind: doc.kind,
    title: doc.title,
    issuedOn: doc.issuedOn && { text: doc.issuedOn.text, date: doc.issuedOn.date, letter: doc.issuedOn.letter },
    framework: doc.framework,
    rows: doc.rows.length,
    source: { file: href(paths.sourceFile(doc.id), ctx.base), sha256: doc.sourceSha256, encoding: doc.encoding },
    coverage: doc.coverage.ratio,
    scores: doc.scores && (({ source: _source, ...rest }) => rest)(doc.scores),
  }));
}

/** CSV columns of strategies.csv, in order, with how each is read from a StrategyExportRow. */
export const STRATEGY_CSV_COLUMNS: readonly [string, (row: StrategyExportRow) => CsvValue][] = [
  ['id', (r) => r.id],
  ['url', (r) => r.url],
  ['branch_id', (r) => r.branch.id],
  ['branch_name', (r) => r.branch.name],
  ['year_roc', (r) => r.year.roc],
  ['year_gregorian', (r) => r.year.gregorian],
  ['document_id', (r) => r.document.id],
  ['document_kind', (r) => r.document.kind],
  ['document_title', (r) => r.document.title],
  ['dimension_id', (r) => r.dimension.id],
  ['dimension_label', (r) => r.dimension.label],
  ['dimension_max_points', (r) => r.dimension.maxPoints],
  ['strategy', (r) => r.strategy],
  ['method', (r) => r.method],
  ['item', (r) => r.item],
  ['units', (r) => r.units.join('；')],
  ['actions', (r) => r.actions],
  ['results', (r) => r.results],
  ['results_period', (r) => r.resultsPeriod],
  ['practice_ids', (r) => r.practices.map((p) => p.id).join(';')],
  ['practice_labels', (r) => r.practices.map((p) => p.label).join('；')],
  ['framework_item', (r) => r.frameworkItem],
  ['previous_year', (r) => r.previousYear],
  ['next_year', (r) => r.nextYear],
  ['counterpart', (r) => r.counterpart],
  ['source_file', (r) => r.source.file],
  ['source_line_from', (r) => r.source.lines[0]],
  ['source_line_to', (r) => r.source.lines[1]],
];

/** strategies.csv: one record per row, through the site's one CSV writer (src/charts/csv.ts). */
export function strategiesCsv(rows: readonly StrategyExportRow[]): string {
  return toCsv(
    STRATEGY_CSV_COLUMNS.map(([name]) => name),
    rows.map((row) => STRATEGY_CSV_COLUMNS.map(([, read]) => read(row))),
  );
}

/**
 * JSON Schema (draft 2020-12) of a download, generated from its zod schema. Only 2020-12 keywords
 * and formats come out (tests/quality/validators.test.ts compiles it with Ajv in strict mode).
 */
export function jsonSchema(schema: z.ZodType, id: string, title: string): Record<string, unknown> {
  const { $schema, ...body } = z.toJSONSchema(schema, { target: 'draft-2020-12' });
  return { $schema, $id: id, title, ...body };
}

export interface SchemaField {
  /** Dotted path, "[]" for array elements, e.g. "practices[].id". */
  name: string;
  type: string;
  description: string;
}

/** Flattens a zod object schema into documented fields, for the data page's schema tables. */
export function schemaFields(schema: z.ZodType): SchemaField[] {
  type Json = { type?: string | string[]; description?: string; properties?: Record<string, Json>; items?: Json | Json[]; prefixItems?: Json[]; anyOf?: Json[]; enum?: unknown[] };
  const out: SchemaField[] = [];
  const typeOf = (node: Json): string => {
    if (node.anyOf) return node.anyOf.map(typeOf).join(' | ');
    if (node.enum) return node.enum.map((v) => JSON.stringify(v)).join(' | ');
    if (node.prefixItems) return `[${node.prefixItems.map(typeOf).join(', ')}]`;
    if (node.type === 'array' && node.items && !Array.isArray(node.items)) return `${typeOf(node.items)}[]`;
    return Array.isArray(node.type) ? node.type.join(' | ') : (node.type ?? 'any');
  };
  const walk = (node: Json, name: string) => {
    const inner = node.anyOf?.find((n) => n.type === 'object') ?? node;
    if (name) out.push({ name, type: typeOf(node), description: node.description ?? inner.description ?? '' });
    if (inner.properties) for (const [key, child] of Object.entries(inner.properties)) walk(child, name ? `${name}.${key}` : key);
    const element = inner.type === 'array' && inner.items && !Array.isArray(inner.items) ? inner.items : null;
    if (element?.properties) for (const [key, child] of Object.entries(element.properties)) walk(child, `${name}[].${key}`);
  };
  walk(z.toJSONSchema(schema) as Json, '');
  return out;
}
