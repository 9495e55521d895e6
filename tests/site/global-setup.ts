/**
 * Builds what the site tests read: ingest → real site, and the mini fixture under /reports/.
 * Always rebuilt, so the tests check the current code and data, never a stale dist/. Set
 * SITE_TEST_REUSE=1 to reuse existing builds while iterating on tests.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildEnv, LINEAGE, MINI, REAL, ROOT, type TestBuild } from './support/builds.ts';
import { writeMiniGenerated } from './support/mini.ts';
import { lineageFixtureSources, REAL_PARTNERS } from '../lineage/fixtures.ts';

function run(label: string, args: string[], env: NodeJS.ProcessEnv): void {
  const started = performance.now();
  // Astro logs a line per page; spawnSync's default 1 MiB buffer would kill a large build.
  const result = spawnSync(process.execPath, args, { cwd: ROOT, env, encoding: 'utf8', maxBuffer: 512 * 1024 * 1024 });
  if (result.status !== 0) {
    throw new Error(`${label} failed (exit ${result.status}):\n${result.stdout}\n${result.stderr}`.slice(-6000));
  }
  console.error(`site tests: ${label} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

const tsx = join(ROOT, 'node_modules/tsx/dist/cli.mjs');

function build(target: TestBuild): void {
  if (process.env.SITE_TEST_REUSE === '1' && existsSync(join(target.outDir, 'index.html'))) return;
  run(`build ${target.name}`, [tsx, 'scripts/build-site.ts'], buildEnv(target));
}

export default function setup(): void {
  if (!(process.env.SITE_TEST_REUSE === '1' && existsSync(join(REAL.generatedDir, 'documents')))) {
    run('ingest', [tsx, 'scripts/ingest.ts'], { ...process.env, GENERATED_DIR: REAL.generatedDir });
  }
  build(REAL);
  writeMiniGenerated(MINI.generatedDir);
  build(MINI);
  buildLineageFixture();
}

/** The lineage fixture's sources (real partners + retitled copies), ingested, then built. */
function buildLineageFixture(): void {
  if (!(process.env.SITE_TEST_REUSE === '1' && existsSync(join(LINEAGE.generatedDir, 'documents')))) {
    rmSync(LINEAGE.sourcesDir, { recursive: true, force: true });
    mkdirSync(LINEAGE.sourcesDir, { recursive: true });
    for (const name of REAL_PARTNERS) writeFileSync(join(LINEAGE.sourcesDir, name), readFileSync(join(ROOT, 'content/sources', name)));
    for (const [name, text] of lineageFixtureSources()) writeFileSync(join(LINEAGE.sourcesDir, name), text);
    run('ingest lineage fixture', [tsx, 'scripts/ingest.ts'], {
      ...process.env,
      INGEST_SOURCES_DIR: LINEAGE.sourcesDir,
      GENERATED_DIR: LINEAGE.generatedDir,
    });
  }
  build(LINEAGE);
}
