/**
 * Two builds from the same sources are byte-identical: the ingest output, and the whole site
 * (pages, data exports, search index, sitemap), although the second build went to another
 * directory, found Astro's cache warm and ran in a copy of the project without content/sources and
 * content/reference (the site is built from the generated folder alone).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AGAIN, FIRST_INGEST_HASHES, SUBPATH, treeDifferences, treeHashes } from './support/builds.ts';

describe('determinism', () => {
  it('the ingest writes the same files, byte for byte, when run twice', () => {
    const first = JSON.parse(readFileSync(FIRST_INGEST_HASHES, 'utf8')) as Record<string, string>;
    expect(Object.keys(first).length).toBeGreaterThan(5);
    expect(treeDifferences(first, treeHashes(SUBPATH.generatedDir))).toEqual([]);
  });

  it('the second site build ran in a project that has no content/sources or content/reference', () => {
    const project = AGAIN.projectDir!;
    expect(existsSync(join(project, 'src/pages'))).toBe(true);
    expect(existsSync(join(project, 'content/sources'))).toBe(false);
    expect(existsSync(join(project, 'content/reference'))).toBe(false);
  });

  it('two site builds from the same sources are identical in every file', () => {
    const first = treeHashes(SUBPATH.outDir);
    const second = treeHashes(AGAIN.outDir);
    expect(Object.keys(first).length).toBeGreaterThan(100);
    expect(Object.keys(first).some((path) => path.startsWith('pagefind/'))).toBe(true);
    expect(treeDifferences(first, second), 'files that differ between the two builds').toEqual([]);
  });
});
