/**
 * The data the search page needs besides the Pagefind bundle, computed at build time from the
 * same documents the index is built from, and embedded in the page as JSON (a few KB): the
 * Simplified→Traditional table, the characters the index keeps, the filter labels (a result's
 * document label is composed from them: `documentLabelOf`).
 */
import type { Document } from '../model/schema.ts';
import type { Branch, Framework, Practice } from '../model/reference.ts';
import { composeDocumentLabel } from '../lib/document-label.ts';
import { rocYearFromRoc } from '../lib/format.ts';
import { kindLabel, ui } from '../lib/i18n.ts';
import { buildScriptTable, type ScriptConversion, type ScriptTable } from './chinese.ts';
import { FILTER_KEYS, includeCharacters, rowFieldTexts, rowLayout, type FilterKey } from './records.ts';
import { FIELD_END, type WordCosts } from './tokens.ts';
import { searchKey } from './normalise.ts';

export interface FacetValue {
  value: string;
  label: string;
  /** Heading of the group the value is listed under (dimensions: their framework). */
  group?: string;
}

export interface Facet {
  key: FilterKey;
  label: string;
  values: FacetValue[];
}

export interface SearchPageConfig {
  /** Server path of the Pagefind bundle, with a trailing slash. */
  bundle: string;
  /** Non-letter characters the index keeps. */
  includeCharacters: string;
  script: ScriptTable;
  /** Filters in display order, values in reference order. */
  facets: Facet[];
  /** Results rendered at once, and per "show more". */
  pageSize: number;
  /** The commonest words of the index and their positions, commonest first (`commonWords`). */
  commonWords: { words: string[]; positions: number[] };
}

export interface SearchPageInput {
  documents: readonly Document[];
  branches: readonly Pick<Branch, 'id' | 'name'>[];
  frameworks: readonly Framework[];
  practices: readonly Pick<Practice, 'id' | 'label'>[];
  /** Server path of the Pagefind bundle. */
  bundle: string;
  conversion: ScriptConversion;
}

export const PAGE_SIZE = 10;

export function searchPageConfig(input: SearchPageInput): SearchPageConfig {
  const rows = input.documents.flatMap((doc) => doc.rows.map((row) => ({ doc, row })));
  const valuesOf: Record<FilterKey, (entry: (typeof rows)[number]) => string[]> = {
    branch: ({ doc }) => [doc.branch.id],
    year: ({ doc }) => [String(doc.year.roc)],
    kind: ({ doc }) => [doc.kind],
    dimension: ({ row }) => [row.dimension.id],
    practice: ({ row }) => row.practices.map((p) => p.id),
  };
  const used = (key: FilterKey) => new Set(rows.flatMap(valuesOf[key]));

  const labels: Record<FilterKey, string> = {
    branch: ui.branch,
    year: ui.year,
    kind: ui.kind,
    dimension: ui.dimension,
    practice: ui.practice,
  };
  const values: Record<FilterKey, FacetValue[]> = {
    branch: input.branches.map((b) => ({ value: b.id, label: b.name })),
    year: [...used('year')].sort((a, b) => Number(b) - Number(a)).map((roc) => ({ value: roc, label: rocYearFromRoc(Number(roc)) })),
    kind: (['plan', 'report'] as const).map((kind) => ({ value: kind, label: kindLabel(kind) })),
    dimension: input.frameworks.flatMap((framework) =>
      framework.dimensions.map((d) => ({ value: d.id, label: d.label, group: framework.label })),
    ),
    practice: input.practices.map((p) => ({ value: p.id, label: p.label })),
  };
  const facets = FILTER_KEYS.map((key) => {
    const present = used(key);
    const known = values[key].filter((v) => present.has(v.value));
    const unknown = [...present].filter((v) => !values[key].some((k) => k.value === v)).sort();
    return { key, label: labels[key], values: [...known, ...unknown.map((value) => ({ value, label: value }))] };
  });

  return {
    bundle: input.bundle,
    includeCharacters: includeCharacters(rows.flatMap(({ row }) => rowFieldTexts(row).flatMap((field) => [...searchKey(field)]))),
    script: buildScriptTable(
      input.documents.flatMap((doc) => doc.rows.flatMap((row) => rowFieldTexts(row))),
      input.conversion,
    ),
    facets,
    pageSize: PAGE_SIZE,
    commonWords: commonWords(rows.map(({ row }) => rowLayout(rowFieldTexts(row)).words)),
  };
}

/** Words listed by `commonWords`: enough to steer queries around the ones with many thousand positions. */
export const COMMON_WORDS = 40;

/**
 * The `COMMON_WORDS` bigrams of the index with the most positions, and those counts: what a word
 * search costs is mostly its positions (tokens.ts `WordCosts`), and a few bigrams (服務, 提供,
 * 民眾 …) have thousands of times more than most.
 */
export function commonWords(rowWords: Iterable<readonly string[]>): SearchPageConfig['commonWords'] {
  const counts = new Map<string, number>();
  for (const words of rowWords) {
    for (const word of words) if ([...word].length === 2 && !word.endsWith(FIELD_END)) counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  const top = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, COMMON_WORDS);
  return { words: top.map(([word]) => word), positions: top.map(([, n]) => n) };
}

/** The costs the engine picks a key's words by, from the page's `commonWords`. */
export function wordCosts(common: SearchPageConfig['commonWords']): WordCosts {
  return { positions: new Map(common.words.map((word, i) => [word, common.positions[i]])), unlisted: common.positions.at(-1) ?? 0 };
}


/**
 * The label shown above a result: its document's, composed from the filter labels of its
 * organisation, year and kind as src/lib/labels.ts `documentLabel` composes it.
 */
export function documentLabelOf(config: Pick<SearchPageConfig, 'facets'>, doc: { branch: string; year: number; kind: string }): string {
  const label = (key: FilterKey, value: string) => config.facets.find((f) => f.key === key)?.values.find((v) => v.value === value)?.label ?? value;
  return composeDocumentLabel(label('branch', doc.branch), label('year', String(doc.year)), label('kind', doc.kind));
}
