/**
 * npm test: runs every vitest project, then prints one plain closing line "tests: N passed, N failed"
 * (", N skipped") that any CI can read, and exits with vitest's status.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';

const results = '.tmp/vitest-results.json';
mkdirSync('.tmp', { recursive: true });
rmSync(results, { force: true });
const vitest = spawnSync(
  process.execPath,
  ['node_modules/vitest/vitest.mjs', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${results}`, ...process.argv.slice(2)],
  { stdio: 'inherit' },
);
let passed = 0;
let failed = 0;
let skipped = 0;
try {
  const report = JSON.parse(readFileSync(results, 'utf8'));
  passed = report.numPassedTests;
  // A suite that fails before running any test (import error, failing setup) counts as one failure.
  const brokenSuites = report.testResults.filter(
    (suite: { status: string; assertionResults: unknown[] }) => suite.status === 'failed' && suite.assertionResults.length === 0,
  ).length;
  failed = report.numFailedTests + brokenSuites;
  skipped = report.numPendingTests + report.numTodoTests;
} catch {
  failed = 1;
}
console.log(`\ntests: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(vitest.status ?? 1);
