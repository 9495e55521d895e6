/**
 * Builds what the quality tests read (see support/builds.ts), from scratch every run: each build is
 * `npm run build`'s two steps (scripts/ingest.ts, scripts/build-site.ts) with the directories and
 * deployment settings of that build. QUALITY_TEST_REUSE=1 keeps earlier builds while iterating.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { retitle } from '../../scripts/bench-corpus.ts';
import { DEFAULT_SEED, generateCorpus } from '../../scripts/synthetic/generate.ts';
import { loadReference } from '../../src/model/reference.ts';
import { siteSettings } from '../../src/lib/settings.ts';
import {
  AGAIN,
  buildEnv,
  EXTENDED,
  FIRST_INGEST_HASHES,
  PROJECT_FILES,
  FULL,
  QUALITY_ROOT,
  ROOT,
  SUBPATH,
  SYNTHETIC,
  treeHashes,
  type QualityBuild,
} from './support/builds.ts';

const tsx = join(ROOT, 'node_modules/tsx/dist/cli.mjs');
/** Bytes of build output kept in memory per step (the error shows its tail). */
const BUILD_LOG_LIMIT = 512 * 1024 * 1024;

function run(label: string, script: string, build: QualityBuild, project = ROOT): void {
  const started = performance.now();
  // A build of the full corpus logs a line per page (megabytes): spawnSync's default 1 MiB
  // buffer would kill it mid-build.
  const result = spawnSync(process.execPath, [tsx, join(project, script)], {
    cwd: project,
    env: buildEnv(build),
    encoding: 'utf8',
    maxBuffer: BUILD_LOG_LIMIT,
  });
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

/** A copy of the project without content/: a site build there can only read the generated folder. */
function writeProjectWithoutContent(dir: string): void {
  mkdirSync(dir, { recursive: true });
  for (const name of PROJECT_FILES) cpSync(join(ROOT, name), join(dir, name), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
}

export default function setup(): void {
  const reuse = process.env.QUALITY_TEST_REUSE === '1';
  if (reuse && [SUBPATH, AGAIN, EXTENDED, FULL].every((b) => existsSync(join(b.outDir, 'index.html')))) return;
  rmSync(QUALITY_ROOT, { recursive: true, force: true });
  mkdirSync(QUALITY_ROOT, { recursive: true });
  writeExtendedSources();
  clearAstroCache(SUBPATH);
  clearAstroCache(EXTENDED);
  clearAstroCache(FULL);

  run('ingest', 'scripts/ingest.ts', SUBPATH);
  writeFileSync(FIRST_INGEST_HASHES, JSON.stringify(treeHashes(SUBPATH.generatedDir), null, 1));
  run('build under /reports/ (cold cache)', 'scripts/build-site.ts', SUBPATH);
  run('ingest again', 'scripts/ingest.ts', AGAIN);
  writeProjectWithoutContent(AGAIN.projectDir!);
  run('build again (warm cache, no content/sources or content/reference)', 'scripts/build-site.ts', AGAIN, AGAIN.projectDir);
  run('ingest with a synthetic document', 'scripts/ingest.ts', EXTENDED);
  run('build with a synthetic document', 'scripts/build-site.ts', EXTENDED);
  const started = performance.now();
  const files = generateCorpus({ seed: DEFAULT_SEED, outDir: FULL.sourcesDir });
  console.error(`quality tests: synthetic corpus of ${files.length} documents in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  run('ingest of the synthetic corpus', 'scripts/ingest.ts', FULL);
  run('build of the synthetic corpus (SYNTHETIC=1)', 'scripts/build-site.ts', FULL);
}
