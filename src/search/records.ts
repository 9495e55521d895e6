/**
 * What the search index holds: one Pagefind record per strategy row. Pure; the build script
 * (scripts/build-search-index.ts) feeds the records to Pagefind, the search page reads them back.
 *
 *   content  the bigram words of the row's keys (tokens.ts): heading fields (strategy, method,
 *            sub-item) first, then, from word position BODY_START on, units, actions and results
 *   meta     `row`: the row's real text as written (encodeUnindexed), for excerpts and checks
 *   filters  branch, year (ROC), kind, dimension, practice
 *   sort     `order`: newest year first, then branch in reference order, then the document's rows;
 *            `oldest`: the same with the oldest year first (the rows of each document still in order)
 */
import type { Document, Row } from '../model/schema.ts';
import { paths, href } from '../lib/urls.ts';
import { searchKey, isPagefindWordChar } from './normalise.ts';
import { FIELD_BREAK, fieldsWords } from './tokens.ts';
import { encodeUnindexed } from './unindexed.ts';

/** The row fields search looks in, in display order. */
export const ROW_FIELDS = ['strategy', 'method', 'item', 'unitsText', 'actions', 'results'] as const;
export type RowField = (typeof ROW_FIELDS)[number];
/** Fields that make up a row's heading; a match there ranks before a match in the body. */
export const HEADING_FIELDS: readonly RowField[] = ['strategy', 'method', 'item'];

/**
 * Word position where body fields start in every record, so that the position of a phrase match
 * tells heading from body. Padding words (FIELD_BREAK) index as nothing and compress to nearly
 * nothing.
 */
export const BODY_START = 512;

/** Pagefind's language for our records: "no linguistic content", so Pagefind neither stems nor segments. */
export const RECORD_LANGUAGE = 'zxx';

export const FILTER_KEYS = ['branch', 'year', 'kind', 'dimension', 'practice'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

/** The row as the search page shows it, stored in the record's meta. */
export interface RowPayload {
  /** Document id, e.g. "hualien-111-report". */
  doc: string;
  /** Row id, e.g. "d1-s2-m3-i2". */
  row: string;
  /** The ROW_FIELDS texts, as written, in that order. */
  fields: string[];
}

export interface SearchRecord {
  url: string;
  content: string;
  language: string;
  meta: { row: string };
  filters: Record<FilterKey, string[]>;
  sort: Record<SortKey, string>;
}

/** Pagefind sort keys: one per year order, both ascending. */
export const SORT_KEYS = ['order', 'oldest'] as const;
export type SortKey = (typeof SORT_KEYS)[number];

/** Documents in result order: newest year first, then branch in reference order, then kind. */
export function orderDocuments(documents: readonly Document[], branchOrder: readonly string[]): Document[] {
  const rank = (id: string) => {
    const i = branchOrder.indexOf(id);
    return i < 0 ? branchOrder.length : i;
  };
  return [...documents].sort(
    (a, b) => b.year.roc - a.year.roc || rank(a.branch.id) - rank(b.branch.id) || a.kind.localeCompare(b.kind) || a.id.localeCompare(b.id),
  );
}

export function rowFieldTexts(row: Row): string[] {
  return ROW_FIELDS.map((field) => row[field]);
}

/** Record content for one row's field texts (see the module comment). */
export function rowContent(fields: readonly string[], where = 'row'): string {
  const keys = fields.map(searchKey);
  const heading = fieldsWords(keys.slice(0, HEADING_FIELDS.length));
  const body = fieldsWords(keys.slice(HEADING_FIELDS.length));
  if (heading.length >= BODY_START) {
    throw new Error(`${where}: heading has ${heading.length} search words, more than BODY_START (${BODY_START}) allows`);
  }
  const padding = new Array<string>(BODY_START - heading.length).fill(FIELD_BREAK);
  return [...heading, ...padding, ...body].join(' ');
}

/** Whether a match starting at this word position lies in the row's heading. */
export function isHeadingPosition(position: number): boolean {
  return position < BODY_START;
}

export interface SearchCorpus {
  records: SearchRecord[];
  /** Every key character of the indexed text. */
  characters: Set<string>;
  /** Key characters Pagefind must be told to keep (punctuation and symbols). */
  includeCharacters: string;
  /** Word positions Pagefind will index, over all records. */
  positions: number;
}

export function searchCorpus(documents: readonly Document[], branchOrder: readonly string[], base: string): SearchCorpus {
  const records: SearchRecord[] = [];
  const characters = new Set<string>();
  let order = 0;
  let positions = 0;
  const ordered = orderDocuments(documents, branchOrder);
  // Oldest first: the documents of each year as in `order`, years reversed.
  const years = [...new Set(ordered.map((doc) => doc.year.roc))].sort((a, b) => a - b);
  const oldestFirst = years.flatMap((roc) => ordered.filter((doc) => doc.year.roc === roc));
  const oldestStart = new Map<string, number>();
  let at = 0;
  for (const doc of oldestFirst) {
    oldestStart.set(doc.id, at);
    at += doc.rows.length;
  }
  const rank = (n: number) => String(n).padStart(6, '0');
  for (const doc of ordered) {
    for (const [i, row] of doc.rows.entries()) {
      const fields = rowFieldTexts(row);
      for (const field of fields) {
        for (const char of searchKey(field)) {
          characters.add(char);
          positions++;
        }
      }
      const payload: RowPayload = { doc: doc.id, row: row.id, fields };
      records.push({
        url: href(paths.row(doc, row.id), base),
        content: rowContent(fields, `${doc.id} ${row.id}`),
        language: RECORD_LANGUAGE,
        meta: { row: encodeUnindexed(JSON.stringify(payload)) },
        filters: {
          branch: [doc.branch.id],
          year: [String(doc.year.roc)],
          kind: [doc.kind],
          dimension: [row.dimension.id],
          practice: row.practices.map((p) => p.id),
        },
        sort: { order: rank(order++), oldest: rank(oldestStart.get(doc.id)! + i) },
      });
    }
  }
  const includeCharacters = [...characters].filter((char) => !isPagefindWordChar(char)).sort().join('');
  return { records, characters, includeCharacters, positions };
}
