/**
 * The site's content contract: the generated folder (GENERATED_DIR, default content/generated),
 * read and validated by the one reader, src/lib/generated.ts, which uses the same zod schemas the
 * ingest validated against. A missing folder is an error, not an empty site.
 */
import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { Document } from './model/schema.ts';
import { Branch, Framework, Practice } from './model/reference.ts';
import { generated } from './lib/generated.ts';
import { Lineage } from './lineage/schema.ts';

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
const withOrder = <T extends object>(entries: readonly T[]) => entries.map((entry, position) => ({ ...entry, order: position }));

export const collections = {
  /** One validated Document per source; entry id = document id, e.g. "hualien-111-report". */
  documents: defineCollection({ loader: () => generated().documents, schema: Document }),
  branches: defineCollection({ loader: () => withOrder(generated().branches), schema: Branch.extend(order) }),
  frameworks: defineCollection({ loader: () => withOrder(generated().frameworks), schema: Framework.extend(order) }),
  practices: defineCollection({ loader: () => withOrder(generated().practices), schema: Practice.extend(order) }),
  crosswalk: defineCollection({
    loader: () => Object.entries(generated().crosswalk).map(([id, practices]) => ({ id, practices })),
    schema: CrosswalkEntry,
  }),
  /** The lineage file as one entry (id "lineage"): previous/next year and plan ↔ report links of every row. */
  lineage: defineCollection({
    loader: () => [{ id: 'lineage', ...generated().lineage }],
    schema: Lineage,
  }),
};
