/**
 * The committed permalink snapshot (tests/site/permalinks.snapshot.txt): one "path → target" line
 * per published path. A path, once published, must keep its target; new documents only add lines.
 */
import type { Permalink, SiteIndex } from './site.ts';
import { sourcePages } from './source-pages.ts';
import { paths } from './urls.ts';

export const SNAPSHOT_HEADER = [
  '# Every published permalink: "path → target". Paths never disappear or change target;',
  '# adding documents only adds lines. Update with `npm run permalinks:update` (adds only).',
];

export function formatSnapshot(links: readonly Permalink[]): string {
  return `${[...SNAPSHOT_HEADER, ...links.map((l) => `${l.path} → ${l.target}`)].join('\n')}\n`;
}

export function parseSnapshot(text: string): Permalink[] {
  return text
    .split('\n')
    .filter((line) => line.trim() !== '' && !line.startsWith('#'))
    .map((line) => {
      const [path, target, extra] = line.split(' → ');
      if (!path || !target || extra !== undefined) throw new Error(`bad snapshot line: ${line}`);
      return { path, target };
    });
}

export interface SnapshotDiff {
  /** Snapshot paths no longer published. */
  missing: Permalink[];
  /** Snapshot paths now pointing elsewhere. */
  changed: { path: string; was: string; now: string }[];
  /** Published paths the snapshot does not list yet. */
  added: Permalink[];
}

export function compareSnapshot(snapshot: readonly Permalink[], current: readonly Permalink[]): SnapshotDiff {
  const now = new Map(current.map((l) => [l.path, l.target]));
  const before = new Set(snapshot.map((l) => l.path));
  return {
    missing: snapshot.filter((l) => !now.has(l.path)),
    changed: snapshot
      .filter((l) => now.has(l.path) && now.get(l.path) !== l.target)
      .map((l) => ({ path: l.path, was: l.target, now: now.get(l.path)! })),
    added: current.filter((l) => !before.has(l.path)),
  };
}

/** What the published paths follow from besides the site index, as the ingest wrote it (src/lib/generated.ts permalinkSources). */
export interface PermalinkSources {
  /** The indicators of content/reference/indicators.yaml the compare pages publish. */
  indicatorIds: readonly string[];
  /** Every chart of the chart catalog (src/charts/catalog.ts): each has an embed page. */
  chartIds: readonly string[];
  /** Lines of each document's source text, by document id: the source view's pages follow from them. */
  sourceLineCounts: Readonly<Record<string, number>>;
}

/**
 * Every published path: the content's (documents, rows, branches … from the site index) plus the
 * comparison pages, which also follow from sources and curated data (practices with rows, the
 * indicators of content/reference/indicators.yaml), the source view's later pages and the chart
 * embed pages.
 */
export function publishedPermalinks(
  index: Pick<SiteIndex, 'permalinks' | 'practices' | 'practicesWithRows' | 'documents'>,
  sources: PermalinkSources,
): Permalink[] {
  const { indicatorIds } = sources;
  const links: Permalink[] = [
    ...index.permalinks,
    ...indicatorIds.map((id) => ({ path: paths.compareIndicator(id), target: `indicator ${id}` })),
    ...index.practicesWithRows.map((p) => ({ path: paths.comparePractice(p.practice.id), target: `compare-practice ${p.practice.id}` })),
    ...sourcePagePermalinks(index, sources.sourceLineCounts),
    ...sources.chartIds.map((id) => ({ path: paths.embed(id), target: `embed ${id}` })),
    ...govwebPermalinks(index, indicatorIds),
  ];
  return uniqueSortedPermalinks(links);
}

/** Page 2 on of each document's source view (page 1, …/source/, is the site index's "source-lines" link). */
function sourcePagePermalinks(index: Pick<SiteIndex, 'documents'>, lineCounts: Readonly<Record<string, number>>): Permalink[] {
  return index.documents.flatMap(({ document }) => {
    const count = lineCounts[document.id];
    if (count === undefined) throw new Error(`${document.id}: no source line count`);
    return sourcePages(document, count)
      .slice(1)
      .map((page) => ({ path: page.path, target: `source-lines ${document.id} page ${page.number}` }));
  });
}

/** The feeds and the share images. */
function govwebPermalinks(index: Pick<SiteIndex, 'permalinks' | 'practices'>, indicatorIds: readonly string[]): Permalink[] {
  const branches = index.permalinks.filter((l) => l.target.startsWith('branch ')).map((l) => l.target.slice('branch '.length));
  const documents = index.permalinks.filter((l) => l.target.startsWith('document ')).map((l) => l.target.slice('document '.length));
  return [
    { path: paths.feed(), target: 'feed documents' },
    ...branches.map((id) => ({ path: paths.branchFeed(id), target: `feed ${id}` })),
    { path: paths.ogHome(), target: 'share-image home' },
    ...documents.map((id) => ({ path: paths.ogDocument(id), target: `share-image document ${id}` })),
    ...index.practices.map((p) => ({ path: paths.ogPractice(p.practice.id), target: `share-image practice ${p.practice.id}` })),
    ...indicatorIds.map((id) => ({ path: paths.ogIndicator(id), target: `share-image indicator ${id}` })),
  ];
}

/** The links sorted by path; two links claiming one path are a build error. */
export function uniqueSortedPermalinks(links: Permalink[]): Permalink[] {
  const targets = new Map<string, string>();
  for (const link of links) {
    const earlier = targets.get(link.path);
    if (earlier !== undefined) throw new Error(`two things claim ${link.path}: ${earlier} and ${link.target}`);
    targets.set(link.path, link.target);
  }
  return links.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
