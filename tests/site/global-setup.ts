/**
 * Builds what the site tests read: ingest → real site, and the mini fixture under /reports/.
 * Always rebuilt, so the tests check the current code and data, never a stale dist/. Set
 * SITE_TEST_REUSE=1 to reuse existing builds while iterating on tests.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { buildEnv, MINI, REAL, ROOT, type TestBuild } from './support/builds.ts';
import { writeMiniGenerated } from './support/mini.ts';

function run(label: string, args: string[], env: NodeJS.ProcessEnv): void {
  const started = performance.now();
  const result = spawnSync(process.execPath, args, { cwd: ROOT, env, encoding: 'utf8' });
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
}
