/**
 * Writes the generated collections the site reads. Deterministic (sorted, no timestamps) and
 * atomic: everything goes to a sibling temp directory that replaces the old one by rename, so a
 * failed run never leaves half-written output.
 */
import { mkdirSync, renameSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Document } from '../model/schema.ts';
import type { Reference } from '../model/reference.ts';
import { buildLineage, lineageReport } from '../lineage/build.ts';
import { LINEAGE_FILE } from '../lineage/schema.ts';

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

/** Replaces `dir` with the generated collections in one swap. */
export function writeGenerated(dir: string, documents: readonly Document[], ref: Reference): void {
  const temp = `${dir}.tmp-${process.pid}`;
  const old = `${dir}.old-${process.pid}`;
  rmSync(temp, { recursive: true, force: true });
  try {
    mkdirSync(join(temp, 'documents'), { recursive: true });
    for (const doc of documents) writeFileSync(join(temp, 'documents', `${doc.id}.json`), json(doc));
    writeFileSync(join(temp, 'branches.json'), json(ref.branches));
    writeFileSync(join(temp, 'frameworks.json'), json(ref.frameworks));
    writeFileSync(join(temp, 'practices.json'), json(ref.practices));
    writeFileSync(join(temp, 'crosswalk.json'), json(ref.crosswalk));
    // Lineage needs every document at once: years and plan/report pairs link documents to each other.
    const lineage = buildLineage(documents);
    writeFileSync(join(temp, LINEAGE_FILE), json(lineage));
    writeFileSync(join(temp, 'report.json'), json({ ...ingestReport(documents), lineage: lineageReport(lineage) }));
  } catch (error) {
    rmSync(temp, { recursive: true, force: true });
    throw error;
  }
  if (existsSync(dir)) renameSync(dir, old);
  renameSync(temp, dir);
  rmSync(old, { recursive: true, force: true });
}
