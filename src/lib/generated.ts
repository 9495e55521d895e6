/**
 * Reads the ingest output straight from disk, validated with the same schemas the content
 * collections use — for scripts and tests that need the SiteIndex outside an Astro build.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { Document } from '../model/schema.ts';
import { Branch, Crosswalk, Framework, Practice } from '../model/reference.ts';
import { Lineage, LINEAGE_FILE } from '../lineage/schema.ts';
import { buildSiteIndex, type SiteIndex, type SiteInput } from './site.ts';

export function readGenerated(dir: string): SiteInput {
  const read = <T>(name: string, schema: z.ZodType<T>): T => schema.parse(JSON.parse(readFileSync(join(dir, name), 'utf8')));
  const documentsDir = join(dir, 'documents');
  return {
    documents: readdirSync(documentsDir)
      .filter((name) => name.endsWith('.json'))
      .sort()
      .map((name) => read(join('documents', name), Document)),
    branches: read('branches.json', z.array(Branch)),
    frameworks: read('frameworks.json', z.array(Framework)),
    practices: read('practices.json', z.array(Practice)),
    crosswalk: read('crosswalk.json', Crosswalk),
    lineage: read(LINEAGE_FILE, Lineage),
  };
}

export function siteIndexFromDir(dir: string): SiteIndex {
  return buildSiteIndex(readGenerated(dir));
}
