/**
 * The committed permalink snapshot (tests/site/permalinks.snapshot.txt): one "path → target" line
 * per published path. A path, once published, must keep its target; new documents only add lines.
 */
import type { Permalink } from './site.ts';

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
