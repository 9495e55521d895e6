/**
 * What every chart is, whatever its kind: SVG (a pure function of width), caption, source note,
 * the data table beside it and its CSV. The chart modules (indicator-chart.ts, practice-chart.ts,
 * coverage-chart.ts, scores-chart.ts, profile-chart.ts) each build one kind; catalog.ts collects them.
 */
import type { CsvValue } from './csv.ts';

export type ChartKind = 'coverage' | 'indicator' | 'practice' | 'branch-practices' | 'scores' | 'profile';

export interface TableCell {
  text: string;
  /** Site path the cell links to. */
  href?: string | null;
  /** Right-aligned number. */
  numeric?: boolean;
  /** Text quoted from a report: shown as a quotation. */
  quote?: boolean;
  /** Row header (th scope=row). */
  header?: boolean;
  /** Muted: says that a value is missing rather than giving one. */
  missing?: boolean;
}

export interface TableRow {
  key: string;
  cells: TableCell[];
  /** data-* attributes for the compare island (branch, year, document). */
  data?: Record<string, string>;
}

export interface ChartTable {
  caption: string;
  /** `sub`: a second, smaller header line (the Gregorian year under a ROC year). */
  columns: { label: string; sub?: string; numeric?: boolean; /** A year column (ROC year): the compare island hides it when other years are chosen. */ year?: string }[];
  rows: TableRow[];
}

export interface SourceNote {
  text: string;
  href?: string;
}

export interface Chart {
  /** Unique, URL-safe: prefixes the SVG's element ids and names the downloads. */
  id: string;
  kind: ChartKind;
  title: string;
  /** Shown under the chart: what it shows and how to read it. */
  caption: string;
  /** The SVG's <desc>: the data in words for screen readers. */
  desc: string;
  sources: SourceNote[];
  /** The chart as one SVG (the download; on pages unless `panels` is given). */
  svg(width?: number): string;
  /** Small multiples: one SVG per panel, laid out by the page in a grid that reflows. */
  panels?: () => string[];
  /** The marks' legend (an SVG), shown above the panels. */
  legend?: () => string;
  table: ChartTable;
  csv: { columns: string[]; rows: CsvValue[][] };
  /** Chart and table stacked at full width (time series, heatmaps over years) rather than side by side. */
  wide?: boolean;
  /** The document a per-document chart shows (branch, year …), for the compare island's filter. */
  scope?: Record<string, string>;
}


export interface CatalogInput {
  index: import('../lib/site.ts').SiteIndex;
  indicators: readonly import('../indicators/definitions.ts').IndicatorDefinition[];
  extraction: import('../indicators/extract.ts').Extraction;
}
