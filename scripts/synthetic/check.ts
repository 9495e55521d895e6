/**
 * The ingest as the generator's judge: an edit is kept only if the real layout parsers
 * (src/ingest/layouts/) read the edited text at full coverage with the intended rows.
 *
 * `read` runs the steps of src/ingest/pipeline.ts that an edit can break (layout, framework,
 * completeness, unique numbering, coverage, framework-item and practice match) with the matches
 * memoised, because the generator reads each document a dozen times. The whole pipeline
 * (schema validation included) runs on the finished corpus in tests/synthetic/corpus.test.ts and
 * in every ingest of it.
 */
import type { Reference } from '../../src/model/reference.ts';
import type { RowKey } from '../../src/model/schema.ts';
import { measureCoverage } from '../../src/ingest/coverage.ts';
import { IngestError } from '../../src/model/errors.ts';
import type { ParsedRow } from '../../src/ingest/layout.ts';
import { LAYOUTS } from '../../src/ingest/layouts/index.ts';
import { chooseLayout } from '../../src/ingest/pipeline.ts';
import { keysInDocumentOrder } from '../../src/ingest/row-ids.ts';
import { matchRow, resolveFramework } from '../../src/ingest/practices.ts';
import { loadSourceBytes } from '../../src/ingest/source.ts';

export interface ReadRow extends Omit<ParsedRow, 'key'> {
  key: Required<RowKey>;
  /** Framework item and practices the row matched: "gsp-2017-1-2-3:phone-courtesy". */
  meaning: string;
}

export interface Reading {
  rows: ReadRow[];
  /** Layout lines (headers, footers) with content, as the coverage report lists them. */
  excluded: { line: number; reason: string }[];
}

export type Read = { ok: true; reading: Reading } | { ok: false; reason: string };

const matches = new WeakMap<Reference, Map<string, string>>();

function meaningOf(ref: Reference, frameworkId: string, dimension: number, row: ParsedRow): string {
  let cache = matches.get(ref);
  if (!cache) matches.set(ref, (cache = new Map()));
  const key = [frameworkId, dimension, row.strategy, row.method, row.item].join('\u0000');
  let meaning = cache.get(key);
  if (meaning === undefined) {
    const framework = ref.frameworks.find((f) => f.id === frameworkId)!;
    const match = matchRow(ref, framework, dimension, row);
    meaning = `${match.frameworkItem.id}:${match.practices.map((p) => p.id).join(',')}`;
    cache.set(key, meaning);
  }
  return meaning;
}

export function read(file: string, text: string, ref: Reference): Read {
  try {
    const loaded = loadSourceBytes(file, new TextEncoder().encode(text), ref.branches);
    const body = chooseLayout(loaded, LAYOUTS).parse(loaded.text);
    const { framework, dimensionRefs } = resolveFramework(ref, file, body.dimensions);
    const present = new Set(body.rows.map((row) => dimensionRefs.get(row.key.dimension)?.id));
    const missing = framework.dimensions.find((d) => !present.has(d.id));
    if (missing) return { ok: false, reason: `no rows for dimension ${missing.number}` };
    const keys = keysInDocumentOrder(file, body.rows);
    const coverage = measureCoverage(loaded.text, body);
    if (coverage.ratio < 1) {
      const first = coverage.uncovered[0];
      return { ok: false, reason: `coverage ${(coverage.ratio * 100).toFixed(2)} % (line ${first?.line}: ${first?.missing})` };
    }
    const rows = body.rows.map((row, i) => {
      const dimension = dimensionRefs.get(row.key.dimension);
      if (!dimension) throw new IngestError(file, row.source.lines[0], `row names 構面 ${row.key.dimension}, which has no heading`);
      const number = framework.dimensions.find((d) => d.id === dimension.id)!.number;
      return { ...row, key: keys[i], meaning: meaningOf(ref, framework.id, number, row) };
    });
    return { ok: true, reading: { rows, excluded: coverage.excluded.map(({ line, reason }) => ({ line, reason })) } };
  } catch (error) {
    if (error instanceof IngestError || error instanceof RangeError) return { ok: false, reason: error.message };
    throw error;
  }
}

export function readOrThrow(file: string, text: string, ref: Reference): Reading {
  const result = read(file, text, ref);
  if (!result.ok) throw new Error(`${file}: synthetic document does not ingest: ${result.reason}`);
  return result.reading;
}
