/**
 * What the search index holds. Pure; the build script (scripts/build-search-index.ts) writes it,
 * the search page reads it back.
 *
 * One Pagefind record per document, not per row: Pagefind's metadata, which every search
 * downloads before anything else, has one entry per record, and at the full series (≈ 12,000
 * rows) per-row records made it larger than a whole first query may be. Rows stay the unit of
 * every result and count because their places in the record are known:
 *
 *   content   the document's rows one after another, each the bigram words (tokens.ts) of its
 *             heading fields (strategy, method, sub-item), then of its body fields (units,
 *             actions, results), each part padded with FIELD_BREAK to whole blocks of BLOCK
 *             words; a row's first word is at a block boundary
 *   table     (search-table.json) per document its id, branch, year, kind, Pagefind page and,
 *             per row, its kind of row (dimension and practices) and its heading and body lengths
 *             in blocks: from these a word position tells its row and whether it is in the heading
 *   row text  (rows/<document>/<row index>.json) each row's fields as written and its URL,
 *             fetched only for the rows shown
 *
 * Documents are listed newest year first, then branch in reference order, then kind; rows in
 * document order. That is the newest-first order; oldest-first reverses the years only.
 */
import type { Document, Row } from '../model/schema.ts';
import { paths, href } from '../lib/urls.ts';
import { searchKey, isPagefindWordChar } from './normalise.ts';
import { FIELD_BREAK, FIELD_END, fieldsWords } from './tokens.ts';

/** The row fields search looks in, in display order. */
export const ROW_FIELDS = ['strategy', 'method', 'item', 'unitsText', 'actions', 'results'] as const;
export type RowField = (typeof ROW_FIELDS)[number];
/** Fields that make up a row's heading; a match there ranks before a match in the body. */
export const HEADING_FIELDS: readonly RowField[] = ['strategy', 'method', 'item'];

/**
 * Words per block. Padding words (FIELD_BREAK) index as nothing and compress to nearly nothing,
 * but Pagefind still reads each one; blocks of 64 add about 20 % to the words of the rows.
 */
export const BLOCK = 64;

/** Pagefind's language for our records: "no linguistic content", so Pagefind neither stems nor segments. */
export const RECORD_LANGUAGE = 'zxx';

export const FILTER_KEYS = ['branch', 'year', 'kind', 'dimension', 'practice'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

/** A row's fields as written, fetched when the row is shown (rows/<document>/<index>.json). */
export interface RowText {
  /** The row page. */
  url: string;
  /** Row id, e.g. "d1-s2-m3-i2". */
  row: string;
  /** The ROW_FIELDS texts, as written, in that order. */
  fields: string[];
}

/** The filter values a row is listed under besides its document's. */
export interface RowKind {
  dimension: string;
  practices: string[];
}

export interface TableDocument {
  id: string;
  branch: string;
  /** ROC year. */
  year: number;
  kind: string;
  /** Pagefind's id for the document's record (its fragment hash), filled in by the build. */
  page: string;
  /** Per row, three numbers: index into SearchTable.kinds, heading blocks, body blocks. */
  rows: number[];
}

/** Everything the page needs to turn word positions into counted rows. */
export interface SearchTable {
  block: number;
  kinds: RowKind[];
  /** Newest first (see the module comment). */
  documents: TableDocument[];
}

/**
 * search-table.json as written: the table with its documents by column (one list per field),
 * which compresses a sixth smaller than a list of objects; the page gets the table back with
 * `searchTableFromFile`.
 */
export interface SearchTableFile {
  block: number;
  kinds: RowKind[];
  documents: { [K in keyof TableDocument]: TableDocument[K][] };
}

const DOCUMENT_COLUMNS = ['id', 'branch', 'year', 'kind', 'page', 'rows'] as const satisfies readonly (keyof TableDocument)[];

export function searchTableFile(table: SearchTable): SearchTableFile {
  const column = <K extends keyof TableDocument>(key: K) => table.documents.map((doc) => doc[key]);
  return {
    block: table.block,
    kinds: table.kinds,
    documents: { id: column('id'), branch: column('branch'), year: column('year'), kind: column('kind'), page: column('page'), rows: column('rows') },
  };
}

export function searchTableFromFile(file: SearchTableFile): SearchTable {
  const count = file.documents.id.length;
  for (const key of DOCUMENT_COLUMNS) {
    if (file.documents[key]?.length !== count) throw new Error(`search table: column ${key} has ${file.documents[key]?.length} entries, ${count} expected`);
  }
  const { id, branch, year, kind, page, rows } = file.documents;
  return {
    block: file.block,
    kinds: file.kinds,
    documents: id.map((docId, i) => ({ id: docId, branch: branch[i], year: year[i], kind: kind[i], page: page[i], rows: rows[i] })),
  };
}

export interface SearchRecord {
  url: string;
  content: string;
  language: string;
  meta: { title: string };
}

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

/** Blocks that hold `words` words and at least one FIELD_BREAK after them (none for none). */
function blocksFor(words: number): number {
  return words === 0 ? 0 : Math.ceil((words + 1) / BLOCK);
}

export interface RowLayout {
  words: string[];
  headingBlocks: number;
  bodyBlocks: number;
}

/** One row's words in its record (see the module comment). */
export function rowLayout(fields: readonly string[], where = 'row'): RowLayout {
  const keys = fields.map(searchKey);
  if (keys.some((key) => key.includes(FIELD_END))) throw new Error(`${where}: the text holds U+E000, which the search index reserves`);
  const heading = fieldsWords(keys.slice(0, HEADING_FIELDS.length));
  const body = fieldsWords(keys.slice(HEADING_FIELDS.length));
  const headingBlocks = blocksFor(heading.length);
  const bodyBlocks = blocksFor(body.length);
  const pad = (words: string[], blocks: number) => [...words, ...new Array<string>(blocks * BLOCK - words.length).fill(FIELD_BREAK)];
  return { words: [...pad(heading, headingBlocks), ...pad(body, bodyBlocks)], headingBlocks, bodyBlocks };
}

/** Where a document's rows lie in its record, from the table. */
export interface DocumentGeometry {
  /** First word position of each row, and one past the last row. */
  rowStart: number[];
  /** First body position of each row. */
  bodyStart: number[];
}

export function documentGeometry(doc: Pick<TableDocument, 'rows'>, block: number): DocumentGeometry {
  const rowStart: number[] = [];
  const bodyStart: number[] = [];
  let at = 0;
  for (let i = 0; i < doc.rows.length; i += 3) {
    rowStart.push(at);
    bodyStart.push(at + doc.rows[i + 1] * block);
    at += (doc.rows[i + 1] + doc.rows[i + 2]) * block;
  }
  rowStart.push(at);
  return { rowStart, bodyStart };
}

/** The row holding a word position (binary search), or -1 past the last row. */
export function rowAt(geometry: DocumentGeometry, position: number): number {
  let lo = 0;
  let hi = geometry.rowStart.length - 1;
  if (position < 0 || position >= geometry.rowStart[hi]) return -1;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (geometry.rowStart[mid] <= position) lo = mid;
    else hi = mid;
  }
  return lo;
}

/** Path of a row's text inside the search bundle. */
export function rowTextPath(docId: string, index: number): string {
  return `rows/${docId}/${index}.json`;
}

export const TABLE_FILE = 'search-table.json';

export interface SearchCorpus {
  records: SearchRecord[];
  table: SearchTable;
  /** Bundle-relative path → text of each row. */
  rowTexts: Map<string, RowText>;
  /** Every key character of the indexed text. */
  characters: Set<string>;
  /** Key characters Pagefind must be told to keep (punctuation, symbols and FIELD_END). */
  includeCharacters: string;
  /** Word positions Pagefind will index (not counting padding), over all records. */
  positions: number;
  rows: number;
}

export function searchCorpus(documents: readonly Document[], branchOrder: readonly string[], base: string): SearchCorpus {
  const records: SearchRecord[] = [];
  const rowTexts = new Map<string, RowText>();
  const characters = new Set<string>();
  const kinds: RowKind[] = [];
  const kindIndex = new Map<string, number>();
  const tableDocuments: TableDocument[] = [];
  let positions = 0;
  let rows = 0;
  for (const doc of orderDocuments(documents, branchOrder)) {
    const words: string[] = [];
    const shapes: number[] = [];
    for (const [i, row] of doc.rows.entries()) {
      const fields = rowFieldTexts(row);
      for (const field of fields) {
        for (const char of searchKey(field)) {
          characters.add(char);
          positions++;
        }
      }
      const layout = rowLayout(fields, `${doc.id} ${row.id}`);
      words.push(...layout.words);
      const kind: RowKind = { dimension: row.dimension.id, practices: row.practices.map((p) => p.id) };
      const kindKey = JSON.stringify(kind);
      if (!kindIndex.has(kindKey)) {
        kindIndex.set(kindKey, kinds.length);
        kinds.push(kind);
      }
      shapes.push(kindIndex.get(kindKey)!, layout.headingBlocks, layout.bodyBlocks);
      rowTexts.set(rowTextPath(doc.id, i), { url: href(paths.row(doc, row.id), base), row: row.id, fields });
      rows++;
    }
    // Padding after the last word is no use to anyone.
    while (words.length > 0 && words[words.length - 1] === FIELD_BREAK) words.pop();
    records.push({ url: href(paths.document(doc), base), content: words.join(' '), language: RECORD_LANGUAGE, meta: { title: doc.id } });
    tableDocuments.push({ id: doc.id, branch: doc.branch.id, year: doc.year.roc, kind: doc.kind, page: '', rows: shapes });
  }
  return { records, table: { block: BLOCK, kinds, documents: tableDocuments }, rowTexts, characters, includeCharacters: includeCharacters(characters), positions, rows };
}

/** The characters Pagefind must be told to keep, for an index of these key characters. */
export function includeCharacters(characters: Iterable<string>): string {
  return [...new Set([...characters, FIELD_END])].filter((char) => !isPagefindWordChar(char)).sort().join('');
}
