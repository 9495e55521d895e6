/**
 * The permalink snapshot (tests/site/permalinks.snapshot.txt) holds when a document is added: the
 * extended build (the real sources plus a Hsinchu report retitled 臺中分局 112) still publishes every
 * snapshot path pointing at the same thing, and only adds paths, among them the new document's.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { siteIndexFromDir } from '../../src/lib/generated.ts';
import { permalinkSourcesFromDir } from '../../src/lib/permalink-sources.ts';
import { compareSnapshot, parseSnapshot, publishedPermalinks } from '../../src/lib/permalinks.ts';
import { href, paths } from '../../src/lib/urls.ts';
import { EXTENDED, ROOT, SYNTHETIC } from './support/builds.ts';

describe('permalinks survive an added document', () => {
  const snapshot = parseSnapshot(readFileSync(join(ROOT, 'tests/site/permalinks.snapshot.txt'), 'utf8'));
  const index = siteIndexFromDir(EXTENDED.generatedDir);
  const published = publishedPermalinks(index, permalinkSourcesFromDir(EXTENDED.generatedDir));
  const newDocument = { branch: { id: SYNTHETIC.branch }, year: { roc: SYNTHETIC.roc }, kind: SYNTHETIC.kind };

  it('the extended build really has one more document', () => {
    const ids = index.documents.map((d) => d.document.id);
    expect(ids).toContain(`${SYNTHETIC.branch}-${SYNTHETIC.roc}-${SYNTHETIC.kind}`);
    expect(ids.length).toBe(6);
  });

  it('no snapshot path disappears or changes target', () => {
    const diff = compareSnapshot(snapshot, published);
    expect(diff.missing, 'published paths that disappeared').toEqual([]);
    expect(diff.changed, 'published paths that now point elsewhere').toEqual([]);
  });

  it('every snapshot path is still served by the build', () => {
    const missing = snapshot
      .map((line) => line.path)
      .filter((path) => !existsSync(join(EXTENDED.outDir, path.endsWith('/') ? `${path}index.html` : path)));
    expect(missing).toEqual([]);
  });

  it('adds the new document, its rows, year and source as new paths', () => {
    const added = compareSnapshot(snapshot, published).added.map((l) => l.path);
    const doc = index.documents.find((d) => d.document.id === `${SYNTHETIC.branch}-${SYNTHETIC.roc}-${SYNTHETIC.kind}`)!;
    expect(added).toContain(paths.document(newDocument));
    expect(added).toContain(paths.year(SYNTHETIC.roc));
    expect(added).toContain(paths.sourceFile(doc.document.id));
    for (const row of doc.rows) expect(added).toContain(row.path);
    expect(doc.rows.length).toBeGreaterThan(10);
    const branchPage = readFileSync(join(EXTENDED.outDir, 'branches', SYNTHETIC.branch, 'index.html'), 'utf8');
    expect(branchPage).toContain(`href="${href(paths.document(newDocument), EXTENDED.base)}"`);
  });
});
