/**
 * The indicator report the ingest wrote, on the command line, for reviewing patterns:
 *
 *   npx tsx src/indicators/cli.ts [DIR]     (default: GENERATED_DIR, else content/generated)
 *
 * Prints every value (result or target) with its sentence and row, then everything not counted or repeated; logs a
 * summary to stderr; exits 1 when a value is not a number written in its quote (a pattern bug).
 */
import { resolve } from 'node:path';
import { generatedDir, readGenerated } from '../lib/generated.ts';
import { quoteStatesValue } from './extract.ts';

const dir = process.argv[2] ? resolve(process.argv[2]) : generatedDir();
const { definitions: indicators, values, report } = readGenerated(dir).indicators;

let broken = 0;
for (const indicator of indicators) {
  const own = values.filter((v) => v.indicator === indicator.id);
  console.log(`\n${indicator.id} — ${indicator.label}（${indicator.unit}）: ${own.length} values`);
  for (const v of own) {
    const ok = quoteStatesValue(v.quote, v.value);
    if (!ok) broken++;
    console.log(`  ${ok ? ' ' : '!'} ${v.measure === 'target' ? 'target' : 'result'} ${v.document.id}${v.series ? ` ${v.series}` : ''}: ${v.written} ${v.unit}${v.period ? ` (${v.period})` : ''}  ${v.path}\n      「${v.quote}」`);
  }
  for (const a of report.filter((r) => r.indicator === indicator.id)) {
    console.log(`  ? ${a.measure} ${a.document.id}: ${a.reason} — ${a.note}`);
    for (const c of a.candidates) console.log(`      ${c.written} ${c.unit}  ${c.path}「${c.quote}」`);
  }
}
console.error(`indicators: ${values.length} values (${values.filter((v) => v.measure === 'target').length} targets), ${report.filter((r) => r.reason !== 'repeated').length} not counted, ${report.filter((r) => r.reason === 'repeated').length} repeated`);
process.exitCode = broken > 0 ? 1 : 0;
