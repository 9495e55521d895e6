/** One log line about the indicator values the ingest just wrote, read back from the generated folder. */
import { readGenerated } from '../lib/generated.ts';

export function indicatorSummary(generatedDir: string): string {
  const { values, report } = readGenerated(generatedDir).indicators;
  const targets = values.filter((v) => v.measure === 'target').length;
  const notCounted = report.filter((r) => r.reason !== 'repeated').length;
  return `indicators: ${values.length} values (${values.length - targets} results, ${targets} targets), ${notCounted} not counted`;
}
