import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { permalinkSourcesFromDir } from '../../src/lib/permalink-sources.ts';
import { compareSnapshot, parseSnapshot, publishedPermalinks } from '../../src/lib/permalinks.ts';
import { href } from '../../src/lib/urls.ts';
import { REAL, ROOT } from './support/builds.ts';
import { fileFor, loadIndex } from './support/dist.ts';

describe('permalink snapshot', () => {
  const snapshot = parseSnapshot(readFileSync(resolve(ROOT, 'tests/site/permalinks.snapshot.txt'), 'utf8'));

  it('keeps every published path, pointing at the same thing', () => {
    const diff = compareSnapshot(snapshot, publishedPermalinks(loadIndex(REAL), permalinkSourcesFromDir(REAL.generatedDir)));
    expect(diff.missing, 'published paths that disappeared').toEqual([]);
    expect(diff.changed, 'published paths that now point elsewhere').toEqual([]);
    if (diff.added.length > 0) {
      console.info(`permalinks: ${diff.added.length} new paths; record them with npm run permalinks:update`);
    }
  });

  it('serves every path of the snapshot from the build', () => {
    const missing = snapshot.filter((l) => fileFor(REAL, href(l.path, REAL.base)) === null).map((l) => l.path);
    expect(missing).toEqual([]);
  });

  it('lists readable ASCII paths only', () => {
    for (const { path } of snapshot) expect(path).toMatch(/^\/([a-z0-9][a-z0-9.-]*\/?)*$/);
  });
});
