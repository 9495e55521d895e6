/**
 * One source → one validated Document: pick the layout, parse, resolve the framework and the
 * practices, measure coverage, validate against the model schema. Pure given its inputs.
 */
import { Document, type DimensionRef, type Row } from '../model/schema.ts';
import type { Framework, Reference } from '../model/reference.ts';
import { IngestError } from '../model/errors.ts';
import type { LayoutParser, ParsedBody, SourceText } from './layout.ts';
import type { LoadedSource } from './source.ts';
import { measureCoverage } from './coverage.ts';
import { matchRow, resolveFramework } from './practices.ts';
import { splitUnits, squash } from './text.ts';
import { keysInDocumentOrder, rowId } from './row-ids.ts';

export function chooseLayout(loaded: LoadedSource, layouts: readonly LayoutParser[]): LayoutParser {
  const matching = layouts.filter((layout) => layout.detect(loaded.text));
  if (matching.length === 1) return matching[0];
  if (matching.length === 0) {
    throw new IngestError(loaded.text.file, null, 'no known layout recognises this document (no strategy table found)');
  }
  throw new IngestError(loaded.text.file, null, `ambiguous layout: ${matching.map((l) => l.id).join(', ')} all recognise it`);
}

/**
 * A document cut short (truncated mid-table) loses its last dimensions: every dimension of the
 * framework must be present with at least one row.
 */
function checkComplete(
  text: SourceText,
  body: ParsedBody,
  framework: Framework,
  dimensionRefs: ReadonlyMap<number, DimensionRef>,
): void {
  const lastLine = text.lines.length;
  if (body.rows.length === 0) throw new IngestError(text.file, lastLine, 'the strategy table has no rows');
  const present = new Set(body.rows.map((row) => dimensionRefs.get(row.key.dimension)?.id));
  for (const dimension of framework.dimensions) {
    if (!present.has(dimension.id)) {
      throw new IngestError(
        text.file,
        lastLine,
        `no rows for ${framework.id} dimension ${dimension.number} (${dimension.label}): is the file truncated?`,
      );
    }
  }
}

/** The source line a schema issue points at, when it is inside a row. */
function lineOfIssue(document: { rows: { source: { lines: [number, number] } }[] }, path: PropertyKey[]): number | null {
  if (path[0] === 'rows' && typeof path[1] === 'number') return document.rows[path[1]]?.source.lines[0] ?? null;
  return null;
}

export function buildDocument(loaded: LoadedSource, ref: Reference, layouts: readonly LayoutParser[]): Document {
  const { text, title } = loaded;
  const file = text.file;
  const layout = chooseLayout(loaded, layouts);
  const body = layout.parse(text);
  const { framework, dimensionRefs } = resolveFramework(ref, file, body.dimensions);
  checkComplete(text, body, framework, dimensionRefs);

  const keys = keysInDocumentOrder(file, body.rows);
  const rows: Row[] = body.rows.map((parsed, index) => {
    const key = keys[index];
    const id = rowId(key);
    const firstLine = parsed.source.lines[0];
    const dimension = dimensionRefs.get(parsed.key.dimension);
    if (!dimension) throw new IngestError(file, firstLine, `row ${id} names 構面 ${parsed.key.dimension}, which has no heading`);
    // The document's own 構面 number may differ from the framework's; match within the resolved dimension.
    const frameworkDimension = framework.dimensions.find((d) => d.id === dimension.id)!;
    const match = matchRow(ref, framework, frameworkDimension.number, parsed);
    return {
      id,
      key,
      dimension,
      strategy: parsed.strategy,
      method: parsed.method,
      item: parsed.item,
      unitsText: parsed.unitsText,
      units: splitUnits(parsed.unitsText),
      actions: parsed.actions,
      results: parsed.results,
      resultsPeriod: parsed.resultsPeriod,
      frameworkItem: match.frameworkItem,
      practices: match.practices,
      source: parsed.source,
    };
  });

  const scores = body.scores && {
    ...body.scores,
    items: body.scores.items.map((item) => ({
      ...item,
      dimensionId:
        framework.dimensions.find((d) => squash(item.dimension).includes(squash(d.label)))?.id ?? null,
    })),
  };

  const document = {
    id: documentId(loaded),
    branch: { id: title.branch.id, name: title.branch.name },
    year: { roc: title.roc, gregorian: title.roc + 1911 },
    kind: title.kind,
    title: title.title,
    sourceFile: file,
    sourceSha256: loaded.sha256,
    encoding: loaded.encoding,
    layout: layout.id,
    issuedOn: body.issuedOn,
    framework: { id: framework.id, label: framework.label },
    dimensions: body.dimensions.map((d) => ({
      dimension: dimensionRefs.get(d.number)!,
      heading: d.heading,
      source: d.source,
    })),
    sections: body.sections,
    notes: body.notes,
    scores,
    rows,
    coverage: measureCoverage(text, body),
  };
  const parsed = Document.safeParse(document);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new IngestError(
      file,
      lineOfIssue(document, issue.path),
      `model validation failed at ${issue.path.join('.')}: ${issue.message}`,
    );
  }
  return parsed.data;
}

/** Two sources may not describe the same branch, year and kind; checked on titles before any parsing. */
export function checkUnique(sources: readonly LoadedSource[]): void {
  const byId = new Map<string, LoadedSource>();
  for (const source of sources) {
    const id = documentId(source);
    const other = byId.get(id);
    if (other) {
      throw new IngestError(
        source.text.file,
        source.title.line,
        `same branch, year and kind (${id}) as ${other.text.file}:${other.title.line}`,
      );
    }
    byId.set(id, source);
  }
}

export function documentId(source: LoadedSource): string {
  return `${source.title.branch.id}-${source.title.roc}-${source.title.kind}`;
}
