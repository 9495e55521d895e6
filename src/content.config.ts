/**
 * The site's content contract: the ingest output under GENERATED_DIR (default content/generated),
 * validated on load by the same zod schemas the ingest validated against. A missing directory is
 * an error, not an empty site.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { Document } from './model/schema.ts';
import { Branch, Framework, Practice } from './model/reference.ts';
import { Lineage, LINEAGE_FILE } from './lineage/schema.ts';
import { siteSettings } from './lib/settings.ts';

const { generatedDir } = siteSettings(process.env);
const dir = generatedDir.replace(/\/*$/, '/');

for (const required of ['documents/', 'branches.json', 'frameworks.json', 'practices.json', 'crosswalk.json', LINEAGE_FILE]) {
  if (!existsSync(resolve(dir, required))) {
    throw new Error(`${dir}${required} is missing: run \`npm run ingest\` first (or set GENERATED_DIR).`);
  }
}

/** One entry per template item: the practices the crosswalk maps it to. */
const CrosswalkEntry = z.object({
  /** Template item id (strategy, method or sub-item), e.g. "gsp-2017-d1-s2-m3-i2". */
  id: z.string().min(1),
  /** Practice ids the item maps to. */
  practices: z.array(z.string().min(1)).min(1),
});

/**
 * Curated reference files are ordered on purpose (HQ first, frameworks by era, practices by
 * theme); collections do not keep file order, so each entry records its position.
 */
const order = {
  /** Position of the entry in its reference file (0-based); for ordering only, never for URLs. */
  order: z.number().int().min(0),
};
const withOrder = (text: string) =>
  (JSON.parse(text) as Record<string, unknown>[]).map((entry, order) => ({ ...entry, order }));

export const collections = {
  /** One validated Document per source file; entry id = document id, e.g. "hualien-111-report". */
  documents: defineCollection({
    loader: glob({ pattern: '*.json', base: `${dir}documents/` }),
    schema: Document,
  }),
  branches: defineCollection({ loader: file(`${dir}branches.json`, { parser: withOrder }), schema: Branch.extend(order) }),
  frameworks: defineCollection({ loader: file(`${dir}frameworks.json`, { parser: withOrder }), schema: Framework.extend(order) }),
  practices: defineCollection({ loader: file(`${dir}practices.json`, { parser: withOrder }), schema: Practice.extend(order) }),
  crosswalk: defineCollection({
    loader: file(`${dir}crosswalk.json`, {
      parser: (text) =>
        Object.entries(JSON.parse(text) as Record<string, string[]>).map(([id, practices]) => ({ id, practices })),
    }),
    schema: CrosswalkEntry,
  }),
  /** The lineage file as one entry (id "lineage"): previous/next year and plan ↔ report links of every row. */
  lineage: defineCollection({
    loader: file(`${dir}${LINEAGE_FILE}`, { parser: (text) => [{ id: 'lineage', ...JSON.parse(text) }] }),
    schema: Lineage,
  }),
};
