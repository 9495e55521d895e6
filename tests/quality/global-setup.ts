/**
 * Builds what the quality tests read (see support/builds.ts), from scratch every run: each build is
 * `npm run build`'s two steps (scripts/ingest.ts, scripts/build-site.ts) with the directories and
 * deployment settings of that build. QUALITY_TEST_REUSE=1 keeps earlier builds while iterating.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { readSources, retitle, series, writeCorpus } from '../../scripts/bench-corpus.ts';
import { loadReference } from '../../src/model/reference.ts';
import { siteSettings } from '../../src/lib/settings.ts';
import {
  AGAIN,
  buildEnv,
  EXTENDED,
  FIRST_INGEST_HASHES,
  QUALITY_ROOT,
  ROOT,
  SERIES,
  SERIES_YEARS,
  SUBPATH,
  SYNTHETIC,
  treeHashes,
  type QualityBuild,
} from './support/builds.ts';

const tsx = join(ROOT, 'node_modules/tsx/dist/cli.mjs');

function run(label: string, script: string, build: QualityBuild): void {
  const started = performance.now();
  const result = spawnSync(process.execPath, [tsx, script], { cwd: ROOT, env: buildEnv(build), encoding: 'utf8' });
  if (result.status !== 0) {
    throw new Error(`${label} failed (exit ${result.status}):\n${result.stdout}\n${result.stderr}`.slice(-6000));
  }
  console.error(`quality tests: ${label} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

/** A cold start: Astro keeps one cache per generated directory. */
function clearAstroCache(build: QualityBuild): void {
  rmSync(resolve(ROOT, siteSettings({ GENERATED_DIR: build.generatedDir }).cacheDir), { recursive: true, force: true });
}

function writeExtendedSources(): void {
  mkdirSync(EXTENDED.sourcesDir, { recursive: true });
  for (const name of readdirSync(SUBPATH.sourcesDir)) copyFileSync(join(SUBPATH.sourcesDir, name), join(EXTENDED.sourcesDir, name));
  const branch = loadReference(ROOT).branches.find((b) => b.id === SYNTHETIC.branch)!;
  const original = readFileSync(join(SUBPATH.sourcesDir, SYNTHETIC.from), 'utf8');
  writeFileSync(join(EXTENDED.sourcesDir, SYNTHETIC.file), retitle(original, { branch, roc: SYNTHETIC.roc }));
}

export default function setup(): void {
  const reuse = process.env.QUALITY_TEST_REUSE === '1';
  if (reuse && [SUBPATH, AGAIN, EXTENDED, SERIES].every((b) => existsSync(join(b.outDir, 'index.html')))) return;
  rmSync(QUALITY_ROOT, { recursive: true, force: true });
  mkdirSync(QUALITY_ROOT, { recursive: true });
  writeExtendedSources();
  clearAstroCache(SUBPATH);
  clearAstroCache(EXTENDED);
  clearAstroCache(SERIES);
  writeCorpus(SERIES.sourcesDir, series(ROOT, readSources(ROOT, SUBPATH.sourcesDir), SERIES_YEARS.first, SERIES_YEARS.last));

  run('ingest', 'scripts/ingest.ts', SUBPATH);
  writeFileSync(FIRST_INGEST_HASHES, JSON.stringify(treeHashes(SUBPATH.generatedDir), null, 1));
  run('build under /reports/ (cold cache)', 'scripts/build-site.ts', SUBPATH);
  run('ingest again', 'scripts/ingest.ts', AGAIN);
  run('build again (warm cache)', 'scripts/build-site.ts', AGAIN);
  run('ingest with a synthetic document', 'scripts/ingest.ts', EXTENDED);
  run('build with a synthetic document', 'scripts/build-site.ts', EXTENDED);
  run('ingest a long series', 'scripts/ingest.ts', SERIES);
  run('build a long series', 'scripts/build-site.ts', SERIES);
}
