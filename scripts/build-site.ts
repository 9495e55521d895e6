/**
 * Builds the site from the generated content: astro build → search index of the rows
 * (scripts/build-search-index.ts) → _headers for the source texts. Each step logs to stderr and
 * any failure exits non-zero; nothing is skipped silently. `npm run build` runs the ingest first; this script is the part after it.
 *
 * Reads only the generated folder, through src/lib/generated.ts: content/sources and
 * content/reference may be absent.
 *
 * Environment: SITE_URL, BASE_PATH, OUT_DIR, GENERATED_DIR (see src/lib/settings.ts).
 */
import { spawnSync } from 'node:child_process';
import { writeFileSync, renameSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { siteSettings } from '../src/lib/settings.ts';
import { buildSearchIndex } from './build-search-index.ts';
import { sourceCharset } from '../src/lib/sources.ts';
import { readGenerated } from '../src/lib/generated.ts';
import { href, paths } from '../src/lib/urls.ts';
import type { Document } from '../src/model/schema.ts';

const ROOT = resolve(fileURLToPath(import.meta.url), '../..');

function step(name: string): () => void {
  const started = performance.now();
  console.error(`build: ${name}…`);
  return () => console.error(`build: ${name} done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

function astroBuild(): void {
  const done = step('astro build');
  const result = spawnSync(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: ROOT,
    stdio: 'inherit',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  if (result.status !== 0) throw new Error(`astro build failed (exit ${result.status ?? result.signal})`);
  done();
}

/** The search index: one Pagefind record per strategy row (scripts/build-search-index.ts). */
async function searchIndex(outDir: string, settings: ReturnType<typeof siteSettings>): Promise<void> {
  const done = step('search index');
  const summary = await buildSearchIndex({ outDir, generatedDir: resolve(ROOT, settings.generatedDir), base: settings.base });
  console.error(`build: search index of ${summary.records} rows in ${summary.chunks} chunks`);
  done();
}

/** Content-Type with charset for each source text, for static hosts that read _headers (and scripts/serve.ts). */
function writeHeaders(outDir: string, documents: readonly Document[], base: string): void {
  const done = step('_headers');
  const lines = ['# Written by scripts/build-site.ts: source texts are served with the charset they were written in.'];
  for (const doc of [...documents].sort((a, b) => a.id.localeCompare(b.id))) {
    lines.push(href(paths.sourceFile(doc.id), base), `  Content-Type: text/plain; charset=${sourceCharset(doc.encoding)}`);
  }
  const target = join(outDir, '_headers');
  writeFileSync(`${target}.tmp`, `${lines.join('\n')}\n`);
  renameSync(`${target}.tmp`, target);
  done();
}

async function main(): Promise<void> {
  const settings = siteSettings(process.env);
  const outDir = resolve(ROOT, settings.outDir);
  console.error(`build: site ${settings.site}${settings.base} from ${settings.generatedDir} into ${outDir}`);
  astroBuild();
  await searchIndex(outDir, settings);
  writeHeaders(outDir, readGenerated(resolve(ROOT, settings.generatedDir)).documents, settings.base);
}

main().catch((error: unknown) => {
  console.error(`build failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
