/**
 * The indicator downloads: /data/indicators.json and /data/indicators.csv, one entry per value (a
 * result or a target) with the exact sentence it was read from and the permalink of its row. Shape
 * defined once as a zod schema; builders are pure.
 */
import { z } from 'astro/zod';
import { absoluteUrl, href } from '../lib/urls.ts';
import { toCsv, type CsvValue } from '../charts/csv.ts';
import { BranchExport, sitePathField, sourceLinesField, YearExport, type ExportContext } from '../lib/exports.ts';
import type { IndicatorDefinition } from './definitions.ts';
import type { Extraction } from './extract.ts';
import { Measure } from './data.ts';

export const IndicatorExportEntry = z
  .object({
    indicator: z.string().describe('Indicator id from content/reference/indicators.yaml, e.g. "phone-courtesy-tests".'),
    indicatorLabel: z.string().describe('Chinese label of the indicator, e.g. "電話禮貌測試人次".'),
    indicatorEn: z.string().describe('English label of the indicator.'),
    branch: BranchExport,
    year: YearExport,
    document: z.string().regex(/^[a-z]+-\d+-(plan|report)$/).describe('Document id "<branch>-<roc>-<kind>".'),
    measure: Measure.describe(
      '"result": a figure the document reports as done (its results column, a plan\'s mid-year column included, see period). "target": a figure it plans, read from a sentence of its planned actions (具體作法) that says 預計, 預定 or 預訂, e.g. 「年度預計測試 117 人次以上」; a target covers the whole year.',
    ),
    series: z.string().nullable().describe('Part of a breakdown: for score tables the dimension as written or "總分"; null for a single figure.'),
    value: z.number().describe('The number, exactly as written in the quote (thousands separators removed).'),
    written: z.string().describe('The number as the quote writes it, e.g. "58,336".'),
    unit: z.string().describe('Unit as written next to the number, e.g. "人次", "件", "%".'),
    max: z.number().nullable().describe('Maximum the value is scored against (score tables), else null.'),
    period: z.string().nullable().describe('Period the value covers when it is not the whole year, e.g. "1-6月"; null for the whole year.'),
    quote: z.string().describe('The exact source sentence the value was read from (a substring of the row text, or the score table line).'),
    permalink: sitePathField('Path of the row page (score tables: the numbered source line), including the deployment base path.'),
    url: z.url().describe('Absolute URL of the permalink.'),
    source: z
      .object({
        row: z.string().nullable().describe('Row id within the document, or null for score tables.'),
        field: z.enum(['results', 'actions', 'scores']).describe('Row field the quote stands in, or "scores".'),
        lines: sourceLinesField('Source lines of the row (or the score line).'),
      })
      .describe('Where the quote stands.'),
  })
  .describe('One indicator value read from one sentence of one document.');
export type IndicatorExportEntry = z.infer<typeof IndicatorExportEntry>;

export const IndicatorsExport = z.array(IndicatorExportEntry).describe('Every indicator value, indicator by indicator.');

export function indicatorsExport(
  extraction: Extraction,
  indicators: readonly IndicatorDefinition[],
  ctx: ExportContext,
): IndicatorExportEntry[] {
  const byId = new Map(indicators.map((i) => [i.id, i]));
  return extraction.values.map((v) => {
    const indicator = byId.get(v.indicator);
    if (!indicator) throw new Error(`value of unknown indicator ${v.indicator}`);
    return {
      indicator: v.indicator,
      indicatorLabel: indicator.label,
      indicatorEn: indicator.en,
      branch: { id: v.document.branch.id, name: v.document.branch.name },
      year: { roc: v.document.year.roc, gregorian: v.document.year.gregorian },
      document: v.document.id,
      measure: v.measure,
      series: v.series,
      value: v.value,
      written: v.written,
      unit: v.unit,
      max: v.max,
      period: v.period,
      quote: v.quote,
      permalink: href(v.path, ctx.base),
      url: absoluteUrl(v.path, ctx.site, ctx.base),
      source: { row: v.rowId, field: v.field, lines: v.sourceLines },
    };
  });
}

/**
 * Columns of /data/indicators.csv, in order, with how each is read from an IndicatorExportEntry.
 * (A chart's own CSV, /compare/charts/indicator-<id>.csv, has its columns in src/charts/catalog.ts.)
 */
export const INDICATORS_CSV_COLUMNS: readonly [string, (e: IndicatorExportEntry) => CsvValue][] = [
  ['indicator', (e) => e.indicator],
  ['indicator_label', (e) => e.indicatorLabel],
  ['branch_id', (e) => e.branch.id],
  ['branch_name', (e) => e.branch.name],
  ['year_roc', (e) => e.year.roc],
  ['year_gregorian', (e) => e.year.gregorian],
  ['document_id', (e) => e.document],
  ['measure', (e) => e.measure],
  ['series', (e) => e.series],
  ['value', (e) => e.value],
  ['unit', (e) => e.unit],
  ['max', (e) => e.max],
  ['period', (e) => e.period],
  ['quote', (e) => e.quote],
  ['permalink', (e) => e.url],
  ['source_row', (e) => e.source.row],
  ['source_line_from', (e) => e.source.lines[0]],
  ['source_line_to', (e) => e.source.lines[1]],
];

/** indicators.csv: one record per value, through the site's one CSV writer (src/charts/csv.ts). */
export function indicatorsCsv(entries: readonly IndicatorExportEntry[]): string {
  return toCsv(
    INDICATORS_CSV_COLUMNS.map(([name]) => name),
    entries.map((entry) => INDICATORS_CSV_COLUMNS.map(([, read]) => read(entry))),
  );
}
