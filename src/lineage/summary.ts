/** One log line about the lineage the ingest just wrote, read back from the generated folder. */
import { readGenerated } from '../lib/generated.ts';
import { lineageReport } from './build.ts';

export function lineageSummary(generatedDir: string): string {
  const { lineage } = readGenerated(generatedDir);
  const report = lineageReport(lineage);
  return (
    `lineage: ${report.withPreviousYear} of ${report.rows} rows have a previous year ` +
    `(${report.withPreviousYearAcrossFrameworks} across a framework change), ${report.withNextYear} a next year, ` +
    `${report.paired} a plan/report counterpart (${report.documentPairs} document pairs), ${report.weakPairings.length} weak pairings`
  );
}
