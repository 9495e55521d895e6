/**
 * A bad source stops `npm run build` with the ingest's "FILE:LINE: error: message" and leaves the
 * previous output alone: the generated content and the built site are byte-identical afterwards,
 * and nothing is left beside them. Runs the real command on temp copies (INGEST_SOURCES_DIR,
 * GENERATED_DIR, OUT_DIR), never on content/generated/ or dist/.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { QUALITY_ROOT, ROOT, SUBPATH, treeDifferences, treeHashes } from './support/builds.ts';
import { siteBuildEnv } from '../../scripts/site-build.ts';

interface BadSource {
  name: string;
  /** File name in the sources directory and its content, made from the real sources. */
  file: string;
  content: () => string;
  /** The error line the ingest must print. */
  error: RegExp;
}

const real = (name: string) => readFileSync(join(SUBPATH.sourcesDir, name), 'utf8');
const firstLines = (text: string, count: number) => `${text.split('\n').slice(0, count).join('\n')}\n`;

const BAD_SOURCES: BadSource[] = [
  {
    name: 'a PDF-text plan cut off in the middle of a table row',
    file: 'kaohsiung-109-plan.txt',
    content: () => firstLines(real('kaohsiung-109-plan.txt'), 800),
    error: /kaohsiung-109-plan\.txt:800: error: table ends in the middle of a row/,
  },
  {
    name: 'a report cut off before its second dimension',
    file: 'keelung-102-report.txt',
    content: () => firstLines(real('keelung-102-report.txt'), 60),
    error: /keelung-102-report\.txt:60: error: no rows for sqa-2013 dimension 2 .*truncated/,
  },
  {
    name: 'a second copy of a document (same branch, year and kind)',
    file: 'zz-hualien-111-copy.txt',
    content: () => real('hualien-111-report.txt'),
    error: /zz-hualien-111-copy\.txt:3: error: same branch, year and kind \(hualien-111-report\)/,
  },
  {
    name: 'a file with no title line',
    file: 'untitled.txt',
    content: () => real('hsinchu-107-report.txt').split('\n').slice(5).join('\n'),
    error: /untitled\.txt: error: no recognisable title/,
  },
];

describe('a bad source fails the build and leaves the previous output untouched', () => {
  for (const bad of BAD_SOURCES) {
    it(bad.name, () => {
      const dir = join(QUALITY_ROOT, `failure-${bad.file.replace(/\W+/g, '-')}`);
      rmSync(dir, { recursive: true, force: true });
      const sources = join(dir, 'sources');
      const generated = join(dir, 'out', 'generated');
      const dist = join(dir, 'out', 'dist');
      mkdirSync(sources, { recursive: true });
      cpSync(SUBPATH.sourcesDir, sources, { recursive: true });
      writeFileSync(join(sources, bad.file), bad.content());
      // The previous output: a good build of the real sources.
      cpSync(SUBPATH.generatedDir, generated, { recursive: true });
      cpSync(SUBPATH.outDir, dist, { recursive: true });
      const before = { generated: treeHashes(generated), dist: treeHashes(dist), beside: readdirSync(join(dir, 'out')).sort() };

      const result = spawnSync('npm', ['run', 'build'], {
        cwd: ROOT,
        encoding: 'utf8',
        env: siteBuildEnv({ sourcesDir: sources, generatedDir: generated, outDir: dist, base: SUBPATH.base, site: SUBPATH.site }),
      });
      const output = `${result.stdout}\n${result.stderr}`;
      expect(result.status, output).not.toBe(0);
      expect(output).toMatch(bad.error);
      expect(output, 'the site build must not start').not.toContain('build: astro build');
      expect(treeDifferences(before.generated, treeHashes(generated)), 'content/generated changed').toEqual([]);
      expect(treeDifferences(before.dist, treeHashes(dist)), 'dist changed').toEqual([]);
      expect(readdirSync(join(dir, 'out')).sort(), 'files left beside the output').toEqual(before.beside);
      rmSync(dir, { recursive: true, force: true });
    });
  }
});
