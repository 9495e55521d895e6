/**
 * npm run corpus [-- --seed N --out DIR]
 *
 * Writes the full-size synthetic corpus (scripts/synthetic/generate.ts) to DIR (default
 * .tmp/synthetic/sources), prints one line per document (id, source, rows, edits) on stdout and
 * a total on stderr; exits 1 with a message on any failure.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_CORPUS_DIR, DEFAULT_SEED, generateCorpus, type Edits } from './generate.ts';

const ROOT = resolve(import.meta.dirname, '../..');

function main(): void {
  const { values } = parseArgs({ options: { seed: { type: 'string' }, out: { type: 'string' } } });
  const seed = values.seed === undefined ? DEFAULT_SEED : Number(values.seed);
  if (!Number.isSafeInteger(seed)) throw new Error(`--seed takes a whole number, got "${values.seed}"`);
  const outDir = resolve(ROOT, values.out ?? DEFAULT_CORPUS_DIR);
  const started = performance.now();
  const files = generateCorpus({ seed, outDir });
  const manifest = JSON.parse(readFileSync(join(outDir, '.corpus.json'), 'utf8')) as {
    documents: { id: string; source: string; rows: number; edits: Edits }[];
  };
  for (const d of manifest.documents) {
    const e = d.edits;
    console.log(`${d.id.padEnd(20)} from ${d.source.padEnd(19)} rows=${String(d.rows).padStart(3)}  dropped ${e.droppedRows} · added ${e.addedRows} · reworded ${e.rewordedLines} lines · moved ${e.movedPageBreaks} page breaks`);
  }
  console.error(`corpus: ${files.length} documents (seed ${seed}) → ${outDir} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

try {
  main();
} catch (error) {
  console.error(`corpus failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
