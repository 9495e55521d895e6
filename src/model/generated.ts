/**
 * The generated folder: everything the site is built from, written by the ingest
 * (src/ingest/output.ts) and read back only through src/lib/generated.ts. One place names its files
 * so writer and reader cannot drift apart.
 */
import { join } from 'node:path';

/** Default location, relative to the project root; GENERATED_DIR overrides it (src/lib/settings.ts). */
export const DEFAULT_GENERATED_DIR = 'content/generated';

export const generatedFiles = {
  /** One validated Document per source: documents/<document-id>.json. */
  document: (dir: string, id: string) => join(dir, 'documents', `${id}.json`),
  documentsDir: (dir: string) => join(dir, 'documents'),
  /** The curated reference data, validated and cross-checked. */
  branches: (dir: string) => join(dir, 'branches.json'),
  frameworks: (dir: string) => join(dir, 'frameworks.json'),
  practices: (dir: string) => join(dir, 'practices.json'),
  crosswalk: (dir: string) => join(dir, 'crosswalk.json'),
  /** Indicator definitions and what the extraction found (src/indicators/data.ts). */
  indicators: (dir: string) => join(dir, 'indicators.json'),
  /** The source file as received, byte for byte: what /sources/<document-id>.txt publishes. */
  sourceBytes: (dir: string, id: string) => join(dir, 'sources', `${id}.txt`),
  /** The source decoded to UTF-8 with line endings unified, numbered as the ingest numbered it. */
  sourceText: (dir: string, id: string) => join(dir, 'source-text', `${id}.txt`),
  /** Each row's previous / next year and plan ↔ report counterpart (src/lineage/schema.ts). */
  lineage: (dir: string) => join(dir, 'lineage.json'),
  /** The ingest report (coverage, weak matches): for curators, not read by the site. */
  report: (dir: string) => join(dir, 'report.json'),
} as const;
