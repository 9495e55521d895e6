/**
 * npm run corpus [-- --seed N --out DIR]
 *
 * Writes the full-size synthetic corpus (scripts/synthetic/generate.ts) to DIR (default
 * .tmp/synthetic/sources) and prints one line per document (id, source, rows, edits) and a total.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_CORPUS_DIR, DEFAULT_SEED, generateCorpus } from './generate.ts';

const ROOT = resolve(import.meta.dirname, '../..');

function main(): void {
  const { values } = parseArgs({ options: { seed: { type: 'string' }, out: { type: 'string' } } });
  const seed = values.seed === undefined ? DEFAULT_SEED : Number(values.seed);
  if (!Number.isSafeInteger(seed)) throw new Error(`--seed takes a whole number, got ${values.seed}`);
  const outDir = resolve(ROOT, values.out ?? DEFAULT_CORPUS_DIR);
  const started = performance.now();
  const files = generateCorpus({ seed, outDir });
  console.error(`corpus: ${files.length} documents (seed ${seed}) → ${outDir} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

main();
