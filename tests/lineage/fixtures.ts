/**
 * Lineage fixtures made from the real sources (content/sources), each a real document retitled
 * to another year (scripts/bench-corpus.ts `retitle`) with a few words, figures or rows changed,
 * so that one organisation has two years of the same items and a plan and a report of one year:
 *
 *  - kaohsiung-108-plan    the Kaohsiung 109 plan a year earlier: 117 → 100 planned phone tests,
 *                          65 → 58 tested in January–June, no 志工 at the counter
 *  - kaohsiung-108-report  the Hualien 111 report as Kaohsiung's 108 report: 108 instead of 111,
 *                          60 → 52 people tested, 40 → 36 training sessions, without the row
 *                          「(2) 開發跨平臺通用服務」 (so in 109 that item first appears)
 *  - kaohsiung-109-report  the same as Kaohsiung's 109 report: 109 instead of 111, without the row
 *                          「(4) 資訊標示配合電子化政府入口網」 (so the 108 item is not continued)
 *  - keelung-103-report    the Hsinchu 107 report (2017 framework) as the year after Keelung's
 *                          102 report (2013 framework): a framework change inside one series
 *
 * Every edit must change the text it names, or the fixture fails loudly.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { retitle } from '../../scripts/bench-corpus.ts';
import { loadReference } from '../../src/model/reference.ts';

export const ROOT = resolve(import.meta.dirname, '../..');

interface Recipe {
  /** Real source in content/sources. */
  from: string;
  branch: string;
  roc: number;
  /** [before, after] replacements, each applied to every occurrence; each must occur. */
  replace: [string, string][];
  /** Lines (as written, tab-separated table rows) to drop; each must occur exactly once. */
  dropLinesStartingWith: string[];
}

const RECIPES: Record<string, Recipe> = {
  'kaohsiung-108-plan.txt': {
    from: 'kaohsiung-109-plan.txt',
    branch: 'kaohsiung',
    roc: 108,
    replace: [
      ['測試 117 人次以上。', '測試 100 人次以上。'],
      ['65 人次。', '58 人次。'],
      ['(1) 櫃檯服務人員及志工主', '(1) 櫃檯服務人員主'],
    ],
    dropLinesStartingWith: [],
  },
  'kaohsiung-108-report.txt': {
    from: 'hualien-111-report.txt',
    branch: 'kaohsiung',
    roc: 108,
    replace: [
      ['計測試60人次', '計測試52人次'],
      ['111年計舉辦40場次', '111年計舉辦36場次'],
      ['111年', '108年'],
    ],
    dropLinesStartingWith: ['(2) 開發跨平臺通用服務'],
  },
  'kaohsiung-109-report.txt': {
    from: 'hualien-111-report.txt',
    branch: 'kaohsiung',
    roc: 109,
    replace: [['111年', '109年']],
    dropLinesStartingWith: ['(4) 資訊標示配合電子化政府入口網'],
  },
  'keelung-103-report.txt': {
    from: 'hsinchu-107-report.txt',
    branch: 'keelung',
    roc: 103,
    replace: [],
    dropLinesStartingWith: [],
  },
};

function apply(name: string, recipe: Recipe, text: string): string {
  const branch = loadReference(ROOT).branches.find((b) => b.id === recipe.branch);
  if (!branch) throw new Error(`${name}: unknown branch ${recipe.branch}`);
  let out = retitle(text, { branch, roc: recipe.roc });
  for (const [before, after] of recipe.replace) {
    if (!out.includes(before)) throw new Error(`${name}: "${before}" does not occur in ${recipe.from}`);
    out = out.split(before).join(after);
  }
  for (const start of recipe.dropLinesStartingWith) {
    const lines = out.split('\n');
    const at = lines.flatMap((line, i) => (line.startsWith(start) ? [i] : []));
    if (at.length !== 1) throw new Error(`${name}: ${at.length} lines start with "${start}" in ${recipe.from}`);
    lines.splice(at[0], 1);
    out = lines.join('\n');
  }
  return out;
}

/** The fixture sources, file name → text. */
export function lineageFixtureSources(): Map<string, string> {
  const files = new Map<string, string>();
  for (const [name, recipe] of Object.entries(RECIPES)) {
    files.set(name, apply(name, recipe, readFileSync(join(ROOT, 'content/sources', recipe.from), 'utf8')));
  }
  return files;
}

/** Real sources that the fixtures continue or pair with, used unchanged. */
export const REAL_PARTNERS = ['kaohsiung-109-plan.txt', 'keelung-102-report.txt'] as const;
