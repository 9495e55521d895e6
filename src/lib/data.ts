/**
 * The site's data, loaded from the content collections once per build and indexed by
 * buildSiteIndex. The only module that talks to astro:content.
 */
import { getCollection } from 'astro:content';
import { buildSiteIndex, type SiteIndex } from './site.ts';

let cached: Promise<SiteIndex> | undefined;

async function load(): Promise<SiteIndex> {
  const [documents, branches, frameworks, practices, crosswalk, lineage] = await Promise.all([
    getCollection('documents'),
    getCollection('branches'),
    getCollection('frameworks'),
    getCollection('practices'),
    getCollection('crosswalk'),
    getCollection('lineage'),
  ]);
  const inFileOrder = <T extends { order: number }>(entries: { data: T }[]) =>
    entries.map((e) => e.data).sort((a, b) => a.order - b.order);
  return buildSiteIndex({
    documents: documents.map((e) => e.data),
    branches: inFileOrder(branches),
    frameworks: inFileOrder(frameworks),
    practices: inFileOrder(practices),
    crosswalk: Object.fromEntries(crosswalk.map((e) => [e.id, e.data.practices])),
    lineage: lineage[0].data,
  });
}

export function siteIndex(): Promise<SiteIndex> {
  cached ??= load();
  return cached;
}
