/**
 * The one reader of the generated folder (src/model/generated.ts names its files): the content
 * collections, the indicator pages, the source pages and every script read the ingest output
 * through this module, validated by the same zod schemas the ingest validated against. Nothing
 * here reads content/sources or content/reference.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { z } from 'astro/zod';
import { Document } from '../model/schema.ts';
import { Branch, Crosswalk, Framework, Practice } from '../model/reference.ts';
import { generatedFiles } from '../model/generated.ts';
import { IndicatorData } from '../indicators/data.ts';
import { siteSettings } from './settings.ts';
import { Lineage } from '../lineage/schema.ts';
import { buildSiteIndex, type SiteIndex, type SiteInput } from './site.ts';

export interface Generated extends SiteInput {
  documents: Document[];
  indicators: IndicatorData;
}

function readJson<T>(file: string, schema: z.ZodType<T>): T {
  if (!existsSync(file)) throw new Error(`${file} is missing: run \`npm run ingest\` first (or set GENERATED_DIR).`);
  const parsed = schema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`${file}: ${issue.path.join('.') || '(root)'}: ${issue.message} (run \`npm run ingest\` again)`);
  }
  return parsed.data;
}

/** Reads and validates everything in `dir` but the source texts (see sourceBytes, sourceLines). */
export function readGenerated(dir: string): Generated {
  const documentsDir = generatedFiles.documentsDir(dir);
  if (!existsSync(documentsDir)) throw new Error(`${documentsDir} is missing: run \`npm run ingest\` first (or set GENERATED_DIR).`);
  return {
    documents: readdirSync(documentsDir)
      .filter((name) => name.endsWith('.json'))
      .sort()
      .map((name) => readJson(generatedFiles.document(dir, name.slice(0, -'.json'.length)), Document)),
    branches: readJson(generatedFiles.branches(dir), z.array(Branch)),
    frameworks: readJson(generatedFiles.frameworks(dir), z.array(Framework)),
    practices: readJson(generatedFiles.practices(dir), z.array(Practice)),
    crosswalk: readJson(generatedFiles.crosswalk(dir), Crosswalk),
    indicators: readJson(generatedFiles.indicators(dir), IndicatorData),
    lineage: readJson(generatedFiles.lineage(dir), Lineage),
  };
}

export function siteIndexFromDir(dir: string): SiteIndex {
  return buildSiteIndex(readGenerated(dir));
}

/** The generated folder this process builds from (GENERATED_DIR), resolved against the working directory. */
export function generatedDir(): string {
  return resolve(siteSettings(process.env).generatedDir);
}

const cache = new Map<string, Generated>();

/** readGenerated of the folder this process builds from, read once. */
export function generated(): Generated {
  const dir = generatedDir();
  let data = cache.get(dir);
  if (!data) {
    data = readGenerated(dir);
    cache.set(dir, data);
  }
  return data;
}

type SourceKey = Pick<Document, 'id' | 'sourceSha256'>;

/**
 * A document's source bytes exactly as received, from the generated folder; checked against the
 * SHA-256 the ingest recorded, so a folder edited after the ingest fails the build.
 */
export function sourceBytes(document: SourceKey, dir = generatedDir()): Uint8Array<ArrayBuffer> {
  const file = generatedFiles.sourceBytes(dir, document.id);
  const bytes = new Uint8Array(readFileSync(file));
  const sha = createHash('sha256').update(bytes).digest('hex');
  if (sha !== document.sourceSha256) {
    throw new Error(`${file} is not the source the ingest read (sha256 ${sha}, ingest saw ${document.sourceSha256}): run npm run ingest`);
  }
  return bytes;
}

/** A document's decoded source lines, numbered as the ingest numbered them. */
export function sourceLines(document: Pick<Document, 'id'>, dir = generatedDir()): string[] {
  const lines = readFileSync(generatedFiles.sourceText(dir, document.id), 'utf8').split('\n');
  lines.pop();
  return lines;
}
