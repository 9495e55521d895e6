/**
 * Lighthouse (the npm package's CLI, default mobile profile with simulated throttling) on one URL,
 * with Debian's Chromium found through CHROMIUM_PATH and the flags of scripts/chromium.ts. Never lets a tool
 * download a browser.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { ROOT } from './bench-site.ts';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.ts';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Category = (typeof CATEGORIES)[number];

export interface LighthouseResult {
  scores: Record<Category, number>;
  /** Audits that cost points: "category: audit id (score)". */
  lost: string[];
  /** Key timings from the performance category, in ms. */
  metrics: { fcp: number; lcp: number; tbt: number; cls: number };
}

const CLI = join(ROOT, 'node_modules/lighthouse/cli/index.js');

export function lighthouseAvailable(): string | null {
  if (!existsSync(CLI)) return 'the lighthouse package is not installed (npm install)';
  if (!existsSync(CHROMIUM_PATH)) return `${CHROMIUM_PATH} is missing (apt-get install -y chromium)`;
  return null;
}

export async function runLighthouse(url: string, reportFile: string): Promise<LighthouseResult> {
  mkdirSync(dirname(reportFile), { recursive: true });
  const args = [
    CLI,
    url,
    `--chrome-flags=${CHROMIUM_ARGS.join(' ')}`,
    `--only-categories=${CATEGORIES.join(',')}`,
    '--output=json',
    `--output-path=${reportFile}`,
    '--quiet',
  ];
  const child = spawn(process.execPath, args, {
    cwd: ROOT,
    env: { ...process.env, CHROMIUM_PATH },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const status = await new Promise<number | null>((resolve) => child.on('close', resolve));
  if (status !== 0) throw new Error(`lighthouse ${url} failed (exit ${status}): ${stderr.slice(-1500)}`);
  const report = JSON.parse(readFileSync(reportFile, 'utf8'));
  const scores = Object.fromEntries(CATEGORIES.map((c) => [c, Math.round((report.categories[c]?.score ?? 0) * 100)])) as Record<Category, number>;
  const lost: string[] = [];
  for (const category of CATEGORIES) {
    for (const ref of report.categories[category]?.auditRefs ?? []) {
      const audit = report.audits[ref.id];
      if (ref.weight > 0 && audit && audit.score !== null && audit.score < 1) lost.push(`${category}: ${ref.id} (${audit.score})`);
    }
  }
  const value = (id: string) => Math.round(report.audits[id]?.numericValue ?? NaN);
  return {
    scores,
    lost,
    metrics: {
      fcp: value('first-contentful-paint'),
      lcp: value('largest-contentful-paint'),
      tbt: value('total-blocking-time'),
      cls: Number((report.audits['cumulative-layout-shift']?.numericValue ?? NaN).toFixed(3)),
    },
  };
}
