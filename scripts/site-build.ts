/**
 * Building a site as `npm run build` does — scripts/ingest.ts, then scripts/build-site.ts — with a
 * build's own folders and settings. The one harness of the tests (tests/site/global-setup.ts,
 * tests/quality/global-setup.ts), the benchmarks (scripts/bench*.ts) and the synthetic preview
 * (scripts/preview-corpus.ts): it alone turns a build into the environment variables that
 * src/lib/settings.ts and scripts/ingest.ts read.
 */
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { DEFAULT_SITE, siteSettings } from '../src/lib/settings.ts';

export const ROOT = resolve(import.meta.dirname, '..');
export const TSX = join(ROOT, 'node_modules/tsx/dist/cli.mjs');

/** One build's folders and deployment settings. */
export interface SiteBuild {
  /** The sources to ingest (INGEST_SOURCES_DIR); unset: the project's content/sources. */
  sourcesDir?: string;
  /** The generated folder the ingest writes and the site is built from (GENERATED_DIR). */
  generatedDir: string;
  /** The site's output folder (OUT_DIR). */
  outDir: string;
  /** The origin the site is published at (SITE_URL); unset: the local preview's. */
  site?: string;
  /** The sub-path it is published under (BASE_PATH); unset: "/". */
  base?: string;
  /** A build of the synthetic corpus, marked on every page and never indexed (SYNTHETIC=1). */
  synthetic?: boolean;
}

/** The environment of the build's steps: this process's, with the build's settings in place of any inherited ones. */
export function siteBuildEnv(build: SiteBuild, inherited: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...inherited,
    GENERATED_DIR: build.generatedDir,
    OUT_DIR: build.outDir,
    SITE_URL: build.site ?? DEFAULT_SITE,
    BASE_PATH: build.base ?? '/',
    SYNTHETIC: build.synthetic ? '1' : '0',
    ASTRO_TELEMETRY_DISABLED: '1',
  };
  if (build.sourcesDir === undefined) delete env.INGEST_SOURCES_DIR;
  else env.INGEST_SOURCES_DIR = build.sourcesDir;
  // Set by scripts/build-search-index.ts for its own Pagefind run; an inherited value would change another build's index.
  delete env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE;
  return env;
}

/** A cold start: Astro keeps one cache per generated folder (src/lib/settings.ts). */
export function clearAstroCache(build: SiteBuild, project = ROOT): void {
  rmSync(resolve(project, siteSettings({ GENERATED_DIR: build.generatedDir }).cacheDir), { recursive: true, force: true });
}

export type BuildStep = 'ingest' | 'build-site';

/** Bytes of a step's output kept in memory: Astro logs a line per page, megabytes at the full corpus. */
const OUTPUT_LIMIT = 512 * 1024 * 1024;

/**
 * Runs one step of the build and reports its time through `log`; a failure throws with the tail of
 * the step's output. `project` is the project copy to run in (its own scripts and src).
 */
export function runBuildStep(
  label: string,
  step: BuildStep,
  build: SiteBuild,
  options: { log: (line: string) => void; project?: string; showOutput?: boolean },
): void {
  const project = options.project ?? ROOT;
  const started = performance.now();
  const result = spawnSync(process.execPath, [TSX, join(project, 'scripts', `${step}.ts`)], {
    cwd: project,
    env: siteBuildEnv(build),
    encoding: 'utf8',
    maxBuffer: OUTPUT_LIMIT,
    stdio: ['ignore', 'pipe', options.showOutput ? 'inherit' : 'pipe'],
  });
  if (result.status !== 0) {
    throw new Error(`${label} failed (exit ${result.status ?? result.signal}):\n${result.stdout ?? ''}\n${result.stderr ?? ''}`.slice(-6000));
  }
  options.log(`${label} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

/** Both steps, as `npm run build`. */
export function ingestAndBuild(label: string, build: SiteBuild, options: Parameters<typeof runBuildStep>[3]): void {
  runBuildStep(`${label}: ingest`, 'ingest', build, options);
  runBuildStep(`${label}: site build`, 'build-site', build, options);
}
