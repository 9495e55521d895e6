/**
 * The open-data downloads: /data/strategies.json, /data/strategies.csv, /data/documents.json.
 * Their shape is defined once here as zod schemas (published as JSON Schema next to the files and
 * checked by the build-output tests); the builders are pure functions of the SiteIndex.
 */
import { z } from 'astro/zod';
import { Scores } from '../model/schema.ts';
import type { SiteIndex } from './site.ts';
import { absoluteUrl, href, paths } from './urls.ts';

export interface ExportContext {
  site: string;
  base: string;
}

export const StrategyExportRow = z
  .object({
    id: z.string().regex(/^[a-z]+-\d+-(plan|report)\/d\d+-s\d+-m\d+-i\d+[a-z]?$/).describe(
      'Site-wide row id: "<document id>/<row id>", e.g. "hualien-111-report/d1-s2-m1-i2". The row id comes from the document\'s own numbering (構面 d, 策略 s, 方法 m, 細項 i; 0 where a level is absent).',
    ),
    permalink: z.string().startsWith('/').describe('Path of the row\'s page on this site, including the deployment base path.'),
    url: z.url().describe('Absolute URL of the row\'s page.'),
    branch: z.object({ id: z.string(), name: z.string() }).describe('分局 (or 總局) that wrote the document.'),
    year: z.object({ roc: z.number().int(), gregorian: z.number().int() }).describe('民國 year of the document and its Gregorian equivalent.'),
    document: z
      .object({ id: z.string(), kind: z.enum(['plan', 'report']), title: z.string() })
      .describe('The document: id "<branch>-<roc>-<kind>", kind (plan 執行計畫 / report 執行績效與成果), title as written.'),
    dimension: z
      .object({ id: z.string(), label: z.string(), maxPoints: z.number().int().nullable() })
      .describe('Framework dimension (構面) the row sits under, with the framework\'s points for it (null where none).'),
    strategy: z.string().describe('執行策略 as written, numbering included.'),
    method: z.string().describe('執行方法 as written; "" where the document has no method level.'),
    item: z.string().describe('Sub-item text as written; "" where absent.'),
    units: z.array(z.string()).describe('主辦單位, split into unit names.'),
    actions: z.string().describe('具體作法 as written; paragraphs separated by "\\n"; "" where the document has none.'),
    results: z.string().describe('執行績效與成果 as written; paragraphs separated by "\\n"; "" where the document has none.'),
    resultsPeriod: z.string().nullable().describe('Period the results cover when it differs from the year, e.g. "1-6月".'),
    practices: z.array(z.object({ id: z.string(), label: z.string() })).min(1).describe('Canonical practices (作法主題) the row maps to.'),
    frameworkItem: z.string().nullable().describe('Framework template item the row matched, or null.'),
    previousYear: z
      .string()
      .startsWith('/')
      .nullable()
      .describe('Permalink of the same item of the same organisation in the nearest earlier year that has it, in a document of the same kind (across a framework change: the same practice, closest by meaning); null when none.'),
    nextYear: z
      .string()
      .startsWith('/')
      .nullable()
      .describe('Permalink of the same item of the same organisation in the nearest later year that has it, in a document of the same kind; null when none.'),
    counterpart: z
      .string()
      .startsWith('/')
      .nullable()
      .describe('Permalink of the plan row (for a report row) or report row (for a plan row) of the same organisation, year and framework item; null when none.'),
    source: z
      .object({
        file: z.string().startsWith('/').describe('Path of the unchanged source text file on this site.'),
        lines: z.tuple([z.number().int().positive(), z.number().int().positive()]).describe('First and last source line (1-based, inclusive).'),
      })
      .describe('Where the row\'s text stands in the source file.'),
  })
  .describe('One strategy row (執行策略列) of one document.');
export type StrategyExportRow = z.infer<typeof StrategyExportRow>;

export const StrategiesExport = z.array(StrategyExportRow);

export const DocumentExport = z
  .object({
    id: z.string().regex(/^[a-z]+-\d+-(plan|report)$/).describe('"<branch>-<roc>-<kind>", e.g. "hualien-111-report".'),
    permalink: z.string().startsWith('/').describe('Path of the document\'s page, including the deployment base path.'),
    url: z.url().describe('Absolute URL of the document\'s page.'),
    branch: z.object({ id: z.string(), name: z.string() }),
    year: z.object({ roc: z.number().int(), gregorian: z.number().int() }),
    kind: z.enum(['plan', 'report']),
    title: z.string().describe('Title line as written.'),
    issuedOn: z
      .object({ text: z.string(), date: z.string().nullable(), letter: z.string().nullable() })
      .nullable()
      .describe('Issuing line (函訂定) as written, its ISO date and letter number, when the document has one.'),
    framework: z.object({ id: z.string(), label: z.string() }).describe('Evaluation framework the document follows.'),
    rows: z.number().int().positive().describe('Number of strategy rows (see strategies.json).'),
    source: z
      .object({ file: z.string().startsWith('/'), sha256: z.string().regex(/^[0-9a-f]{64}$/), encoding: z.string() })
      .describe('The unchanged source text file, its SHA-256 and the encoding it was read in.'),
    coverage: z.number().min(0).max(1).describe('Share of the source\'s content characters found in the model (0–1).'),
    scores: Scores.omit({ source: true }).nullable().describe('Self-assessment score table (考核項目成績), when the document has one.'),
  })
  .describe('One source document.');
export type DocumentExport = z.infer<typeof DocumentExport>;

export const DocumentsExport = z.array(DocumentExport);

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
export const STRATEGY_CSV_COLUMNS: readonly [string, (row: StrategyExportRow) => string | number | null][] = [
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

function csvField(value: string | number | null): string {
  const text = value === null ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** RFC 4180 CSV with CRLF line ends and a UTF-8 byte-order mark, so Excel shows the Chinese text. */
export function strategiesCsv(rows: readonly StrategyExportRow[]): string {
  const lines = [
    STRATEGY_CSV_COLUMNS.map(([name]) => name).join(','),
    ...rows.map((row) => STRATEGY_CSV_COLUMNS.map(([, read]) => csvField(read(row))).join(',')),
  ];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** JSON Schema (draft 2020-12) of a download, generated from its zod schema. */
export function jsonSchema(schema: z.ZodType, id: string, title: string): unknown {
  return { $id: id, title, ...z.toJSONSchema(schema) };
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
