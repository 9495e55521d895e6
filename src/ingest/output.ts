/**
 * Writes the generated folder (src/model/generated.ts names its files): everything the site is
 * built from, so the site build never reads content/sources or content/reference. Deterministic
 * (sorted, no timestamps) and atomic: everything goes to a sibling temp directory that replaces
 * the old one by rename, so a failed run never leaves half-written output.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Document } from '../model/schema.ts';
import type { Reference } from '../model/reference.ts';
import { generatedFiles } from '../model/generated.ts';
import { IngestError } from '../model/errors.ts';
import type { IndicatorDefinition } from '../indicators/definitions.ts';
import { indicatorData, type IndicatorData } from '../indicators/data.ts';
import { documentOrder } from '../lib/site.ts';
import { decode, decodedLines } from './decode.ts';
import { buildLineage, lineageReport } from '../lineage/build.ts';
import type { Lineage } from '../lineage/schema.ts';

/** A source as the site publishes it. */
export interface PublishedSource {
  /** Document id. */
  id: string;
  /** The file's bytes as received. */
  bytes: Uint8Array;
  /** Decoded lines, numbered as the ingest numbered them. */
  lines: readonly string[];
}

/** Everything the ingest writes for the site. */
export interface GeneratedOutput {
  documents: readonly Document[];
  reference: Reference;
  indicators: IndicatorData;
  /** Links between rows of different documents; needs every document at once. */
  lineage: Lineage;
  sources: readonly PublishedSource[];
}

/** The curated files the ingest validates: reference data and indicator definitions. */
export interface Curated {
  reference: Reference;
  indicators: IndicatorDefinition[];
}

/** Puts the output together; the indicator extraction runs here, once, over the documents. */
export function generatedOutput(
  documents: readonly Document[],
  sources: readonly PublishedSource[],
  curated: Curated,
): GeneratedOutput {
  const linesById = new Map(sources.map((source) => [source.id, source.lines]));
  const linesOf = (document: Document) => {
    const lines = linesById.get(document.id);
    if (!lines) throw new Error(`no source lines for ${document.id}`);
    return lines;
  };
  return {
    documents,
    reference: curated.reference,
    // Values follow document order as the site lists documents, so charts and downloads read them in that order.
    indicators: indicatorData([...documents].sort(documentOrder(curated.reference.branches)), curated.indicators, linesOf),
    lineage: buildLineage(documents),
    sources,
  };
}

/**
 * A document's source read back from its sourceFile under `root` (for documents that were not
 * ingested in this run, such as test fixtures); its bytes must still have the recorded SHA-256.
 */
export function publishedSourceOf(root: string, document: Document): PublishedSource {
  const bytes = new Uint8Array(readFileSync(resolve(root, document.sourceFile)));
  const sha = createHash('sha256').update(bytes).digest('hex');
  if (sha !== document.sourceSha256) {
    throw new IngestError(document.sourceFile, null, `changed since it was ingested (sha256 ${sha}, ingest saw ${document.sourceSha256})`);
  }
  return { id: document.id, bytes, lines: decodedLines(decode(document.sourceFile, bytes).text) };
}

export interface IngestReport {
  documents: {
    id: string;
    sourceFile: string;
    layout: string;
    rows: number;
    rowsPerDimension: Record<string, number>;
    coverage: { ratio: number; contentChars: number; coveredChars: number };
    uncovered: Document['coverage']['uncovered'];
    excluded: number;
  }[];
  rows: number;
  uncoveredLines: number;
  /** Rows whose framework-item match was weak: listed for curators to review the crosswalk. */
  weakMatches: { document: string; row: string; line: number; text: string; matched: string; similarity: number }[];
}

export function ingestReport(documents: readonly Document[]): IngestReport {
  const weakMatches: IngestReport['weakMatches'] = [];
  for (const doc of documents) {
    for (const row of doc.rows) {
      if (row.frameworkItem?.weak) {
        weakMatches.push({
          document: doc.id,
          row: row.id,
          line: row.source.lines[0],
          text: row.item || row.method || row.strategy,
          matched: row.frameworkItem.id,
          similarity: Number(row.frameworkItem.similarity.toFixed(3)),
        });
      }
    }
  }
  return {
    documents: documents.map((doc) => ({
      id: doc.id,
      sourceFile: doc.sourceFile,
      layout: doc.layout,
      rows: doc.rows.length,
      rowsPerDimension: Object.fromEntries(
        doc.dimensions.map((d) => [d.dimension.id, doc.rows.filter((r) => r.dimension.id === d.dimension.id).length]),
      ),
      coverage: { ratio: doc.coverage.ratio, contentChars: doc.coverage.contentChars, coveredChars: doc.coverage.coveredChars },
      uncovered: doc.coverage.uncovered,
      excluded: doc.coverage.excluded.length,
    })),
    rows: documents.reduce((n, doc) => n + doc.rows.length, 0),
    uncoveredLines: documents.reduce((n, doc) => n + doc.coverage.uncovered.length, 0),
    weakMatches,
  };
}

function json(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

function writeFile(file: string, content: string | Uint8Array): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, content);
}

/** Replaces `dir` with the generated folder in one swap. */
export function writeGenerated(dir: string, output: GeneratedOutput): void {
  const temp = `${dir}.tmp-${process.pid}`;
  const old = `${dir}.old-${process.pid}`;
  rmSync(temp, { recursive: true, force: true });
  try {
    mkdirSync(generatedFiles.documentsDir(temp), { recursive: true });
    for (const doc of output.documents) writeFile(generatedFiles.document(temp, doc.id), json(doc));
    writeFile(generatedFiles.branches(temp), json(output.reference.branches));
    writeFile(generatedFiles.frameworks(temp), json(output.reference.frameworks));
    writeFile(generatedFiles.practices(temp), json(output.reference.practices));
    writeFile(generatedFiles.crosswalk(temp), json(output.reference.crosswalk));
    writeFile(generatedFiles.indicators(temp), json(output.indicators));
    for (const source of output.sources) {
      writeFile(generatedFiles.sourceBytes(temp, source.id), source.bytes);
      writeFile(generatedFiles.sourceText(temp, source.id), `${source.lines.join('\n')}\n`);
    }
    writeFile(generatedFiles.lineage(temp), json(output.lineage));
    writeFile(generatedFiles.report(temp), json({ ...ingestReport(output.documents), lineage: lineageReport(output.lineage) }));
  } catch (error) {
    rmSync(temp, { recursive: true, force: true });
    throw error;
  }
  if (existsSync(dir)) renameSync(dir, old);
  renameSync(temp, dir);
  rmSync(old, { recursive: true, force: true });
}
