/** One log line about the lineage the ingest just wrote, read back from the generated folder. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Lineage, LINEAGE_FILE } from './schema.ts';
import { lineageReport } from './build.ts';

export function lineageSummary(generatedDir: string): string {
  const lineage = Lineage.parse(JSON.parse(readFileSync(join(generatedDir, LINEAGE_FILE), 'utf8')));
  const report = lineageReport(lineage);
  return (
    `lineage: ${report.withPreviousYear} of ${report.rows} rows have a previous year ` +
    `(${report.withPreviousYearAcrossFrameworks} across a framework change), ${report.withNextYear} a next year, ` +
    `${report.paired} a plan/report counterpart (${report.documentPairs} document pairs), ${report.weakPairings.length} weak pairings`
  );
}
