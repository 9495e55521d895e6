/**
 * Builds what the quality tests read (see support/builds.ts), from scratch every run: each build is
 * `npm run build`'s two steps (scripts/ingest.ts, scripts/build-site.ts) with the directories and
 * deployment settings of that build. QUALITY_TEST_REUSE=1 keeps earlier builds while iterating.
 */
import { copyFileSync, cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { retitle } from '../../scripts/bench-corpus.ts';
import { DEFAULT_SEED, generateCorpus } from '../../scripts/synthetic/generate.ts';
import { loadReference } from '../../src/model/reference.ts';
import { clearAstroCache, runBuildStep, type BuildStep } from '../../scripts/site-build.ts';
import {
  AGAIN,
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

const log = (line: string) => console.error(`quality tests: ${line}`);

function run(label: string, step: BuildStep, build: QualityBuild, project = ROOT): void {
  runBuildStep(label, step, build, { log, project });
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

  run('ingest', 'ingest', SUBPATH);
  writeFileSync(FIRST_INGEST_HASHES, JSON.stringify(treeHashes(SUBPATH.generatedDir), null, 1));
  run('build under /reports/ (cold cache)', 'build-site', SUBPATH);
  run('ingest again', 'ingest', AGAIN);
  writeProjectWithoutContent(AGAIN.projectDir!);
  run('build again (warm cache, no content/sources or content/reference)', 'build-site', AGAIN, AGAIN.projectDir);
  run('ingest with a synthetic document', 'ingest', EXTENDED);
  run('build with a synthetic document', 'build-site', EXTENDED);
  const started = performance.now();
  const files = generateCorpus({ seed: DEFAULT_SEED, outDir: FULL.sourcesDir });
  console.error(`quality tests: synthetic corpus of ${files.length} documents in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  run('ingest of the synthetic corpus', 'ingest', FULL);
  run('build of the synthetic corpus (SYNTHETIC=1)', 'build-site', FULL);
}
