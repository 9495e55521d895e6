/**
 * Builds what the site tests read: ingest → real site, and the mini fixture under /reports/.
 * Always rebuilt, so the tests check the current code and data, never a stale dist/. Set
 * SITE_TEST_REUSE=1 to reuse existing builds while iterating on tests.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runBuildStep } from '../../scripts/site-build.ts';
import { LINEAGE, MINI, REAL, ROOT, type TestBuild } from './support/builds.ts';
import { writeMiniGenerated } from './support/mini.ts';
import { lineageFixtureSources, REAL_PARTNERS } from '../lineage/fixtures.ts';

const reuse = process.env.SITE_TEST_REUSE === '1';
const log = (line: string) => console.error(`site tests: ${line}`);

function ingest(label: string, target: TestBuild & { sourcesDir?: string }): void {
  if (reuse && existsSync(join(target.generatedDir, 'documents'))) return;
  runBuildStep(label, 'ingest', target, { log });
}

function build(target: TestBuild): void {
  if (reuse && existsSync(join(target.outDir, 'index.html'))) return;
  runBuildStep(`build ${target.name}`, 'build-site', target, { log });
}

export default function setup(): void {
  ingest('ingest', REAL);
  build(REAL);
  writeMiniGenerated(MINI.generatedDir);
  build(MINI);
  writeLineageSources();
  ingest('ingest lineage fixture', LINEAGE);
  build(LINEAGE);
}

/** The lineage fixture's sources: the real partners and retitled copies (tests/lineage/fixtures.ts). */
function writeLineageSources(): void {
  if (reuse && existsSync(join(LINEAGE.generatedDir, 'documents'))) return;
  rmSync(LINEAGE.sourcesDir, { recursive: true, force: true });
  mkdirSync(LINEAGE.sourcesDir, { recursive: true });
  for (const name of REAL_PARTNERS) writeFileSync(join(LINEAGE.sourcesDir, name), readFileSync(join(ROOT, 'content/sources', name)));
  for (const [name, text] of lineageFixtureSources()) writeFileSync(join(LINEAGE.sourcesDir, name), text);
}
