/**
 * The figures that close issue 12 (one practice through time), read from a generated folder:
 *
 *   npx tsx scripts/lineage-figures.ts [DIR]     (default: GENERATED_DIR, else content/generated)
 *
 * e.g. on the synthetic corpus after `npm run preview:corpus -- --no-serve`:
 *   npx tsx scripts/lineage-figures.ts .tmp/synthetic/generated
 *
 * Prints how many rows have a previous year, how many are paired with their plan or report, how
 * many targets the indicator extraction found (beside how many results), and every weak pairing
 * with both rows' texts. Reads only what the ingest wrote (lineage.json, indicators.json).
 */
import { resolve } from 'node:path';
import { generatedDir, readGenerated } from '../src/lib/generated.ts';
import { lineageReport } from '../src/lineage/build.ts';

const dir = process.argv[2] ? resolve(process.argv[2]) : generatedDir();
const { lineage, indicators, documents } = readGenerated(dir);
const report = lineageReport(lineage);
const targets = indicators.values.filter((v) => v.measure === 'target');
const results = indicators.values.filter((v) => v.measure === 'result');

console.log(`generated folder: ${dir} (${documents.length} documents, ${report.rows} rows)`);
console.log(`rows with a previous year: ${report.withPreviousYear} (${report.withPreviousYearAcrossFrameworks} across a framework change)`);
console.log(`rows with a next year: ${report.withNextYear}`);
console.log(`rows paired with their plan/report counterpart: ${report.paired} (${report.documentPairs} document pairs)`);
console.log(
  `indicator values: ${indicators.values.length} — ${results.length} results, ${targets.length} targets ` +
    `(targets in ${new Set(targets.map((v) => v.document.id)).size} documents, ${new Set(targets.map((v) => v.indicator)).size} indicators)`,
);
for (const definition of indicators.definitions) {
  const own = targets.filter((v) => v.indicator === definition.id).length;
  if (own > 0) console.log(`  targets of ${definition.id}: ${own}`);
}
console.log(`weak pairings: ${report.weakPairings.length}`);
for (const weak of report.weakPairings) {
  console.log(`  ${weak.kind} (${weak.via}, similarity ${weak.similarity.toFixed(2)}): ${weak.from} → ${weak.to}`);
  console.log(`      「${weak.fromText}」`);
  console.log(`      「${weak.toText}」`);
}
