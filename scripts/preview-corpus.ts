/**
 * npm run preview:corpus [-- --seed N --port 4321 --no-serve]
 *
 * The full-size synthetic corpus as a site, for review: generates it (scripts/synthetic/) into
 * .tmp/synthetic/sources, ingests it into .tmp/synthetic/generated, builds the site with
 * SYNTHETIC=1 (every page carries the 合成示範資料 banner and noindex) into .tmp/synthetic/dist, and
 * serves that at http://localhost:4321. Never touches content/sources, content/generated or dist/.
 */
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { startServer } from './serve.ts';
import { ingestAndBuild, ROOT } from './site-build.ts';
import { DEFAULT_CORPUS_DIR, DEFAULT_SEED, generateCorpus } from './synthetic/generate.ts';

const WORK = resolve(ROOT, '.tmp/synthetic');

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { seed: { type: 'string' }, port: { type: 'string', default: '4321' }, 'no-serve': { type: 'boolean', default: false } },
  });
  const seed = values.seed === undefined ? DEFAULT_SEED : Number(values.seed);
  if (!Number.isSafeInteger(seed)) throw new Error(`--seed takes a whole number, got ${values.seed}`);
  const sourcesDir = resolve(ROOT, DEFAULT_CORPUS_DIR);
  const build = { sourcesDir, generatedDir: join(WORK, 'generated'), outDir: join(WORK, 'dist'), synthetic: true };
  const started = performance.now();
  console.error('preview:corpus: generating the synthetic corpus…');
  const files = generateCorpus({ seed, outDir: sourcesDir });
  console.error(`preview:corpus: ${files.length} documents (seed ${seed}) in ${((performance.now() - started) / 1000).toFixed(1)} s → ${sourcesDir}`);
  ingestAndBuild('synthetic corpus', build, { log: (line) => console.error(`preview:corpus: ${line}`), showOutput: true });
  if (values['no-serve']) return;
  const server = await startServer({ dir: build.outDir, port: Number(values.port), base: '/' });
  console.log(`Synthetic preview (合成示範資料, not for publication): ${server.url.replace('127.0.0.1', 'localhost')} (Ctrl+C to stop)`);
}

main().catch((error: unknown) => {
  console.error(`preview:corpus failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
