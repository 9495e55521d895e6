/** What every layout-parser test needs: real branches, fixtures as SourceText, rows by id, expected errors. */
import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { z } from 'astro/zod';
import { Branch } from '../../src/model/reference.ts';
import { loadSourceBytes } from '../../src/ingest/source.ts';
import { IngestError } from '../../src/model/errors.ts';
import { keysInDocumentOrder, rowId } from '../../src/ingest/row-ids.ts';
import type { ParsedBody, ParsedRow, SourceText } from '../../src/ingest/layout.ts';

/** Branches only: parser tests must not depend on the rest of the reference data. */
export const branches = z.array(Branch).parse(parseYaml(readFileSync('content/reference/branches.yaml', 'utf8')));

/** Decoded, normalised lines of `content` as if read from `file`. */
export function sourceOf(file: string, content: string | Uint8Array): SourceText {
  const bytes = typeof content === 'string' ? new TextEncoder().encode(content) : content;
  return loadSourceBytes(file, bytes, branches).text;
}

/** Loader for tests/fixtures/<family>/<name> (".txt" optional). */
export function fixturesOf(family: string): (name: string) => SourceText {
  return (name) => {
    const file = `tests/fixtures/${family}/${name.endsWith('.txt') ? name : `${name}.txt`}`;
    return sourceOf(file, new Uint8Array(readFileSync(file)));
  };
}

/** The row's numbering as an id, without the suffix a repeat gets (see rowIdsOf). */
export function rowIdOf(row: ParsedRow): string {
  return rowId({ ...row.key, suffix: '' });
}

/** The ids the ingest gives the parsed rows (src/ingest/row-ids.ts), in document order. */
export function rowIdsOf(body: ParsedBody): string[] {
  return keysInDocumentOrder('test', body.rows).map(rowId);
}

export function rowById(body: ParsedBody, id: string): ParsedRow {
  const ids = rowIdsOf(body);
  const index = ids.indexOf(id);
  if (index < 0) throw new Error(`no row ${id}; rows: ${ids.join(' ')}`);
  return body.rows[index];
}

/** The IngestError `run` throws; fails the test when it throws nothing or something else. */
export function ingestErrorOf(run: () => unknown): IngestError {
  try {
    run();
  } catch (error) {
    if (error instanceof IngestError) return error;
    throw error;
  }
  throw new Error('expected an IngestError, but parsing succeeded');
}
