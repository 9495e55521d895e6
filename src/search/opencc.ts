/**
 * Build-time only: the OpenCC knowledge the script table needs (chinese.ts). Never import this
 * from browser code; it pulls in OpenCC's dictionaries (over 1 MB).
 */
import * as OpenCC from 'opencc-js';
import type { ScriptConversion } from './chinese.ts';

/** Every character on the Simplified side of OpenCC's dictionaries (Simplified→Traditional keys, Traditional→Simplified values). */
function simplifiedAlphabet(): Set<string> {
  const locale = (OpenCC as unknown as { Locale: { from: Record<string, unknown>; to: Record<string, unknown> } }).Locale;
  const chars = new Set<string>();
  const dictionaries = (group: unknown): string[] => {
    const flat = (group as unknown[]).flat(2);
    if (flat.length === 0 || flat.some((d) => typeof d !== 'string')) {
      throw new Error('opencc-js dictionaries are not in the expected "source target|…" string form');
    }
    return flat as string[];
  };
  for (const dict of dictionaries(locale.from.cn)) {
    for (const entry of dict.split('|')) for (const char of entry.split(' ')[0]) chars.add(char);
  }
  for (const dict of dictionaries(locale.to.cn)) {
    for (const entry of dict.split('|')) for (const char of entry.split(' ').slice(1).join('')) chars.add(char);
  }
  return chars;
}

export function openccConversion(): ScriptConversion {
  const toSimplified = OpenCC.Converter({ from: 'tw', to: 'cn' });
  const simplifiedChars = simplifiedAlphabet();
  return {
    simplifyText: (text) => toSimplified(text),
    isSimplified: (char) => toSimplified(char) === char || simplifiedChars.has(char),
  };
}

/**
 * OpenCC's regional variant tables: one character as OpenCC's standard, Taiwan's (TWVariants) and
 * Hong Kong's (HKVariants) write it, in both directions. Their pairs are shapes of one character.
 */
const REGIONAL_VARIANT_TABLES = ['tw', 'hk'] as const;

/**
 * Pairs in those tables that Taiwan writes as two words, so they are not folded: 菸 is tobacco
 * and 煙 smoke (菸害防制, 煙霧).
 */
const DISTINCT_IN_TAIWAN = ['菸煙'];

/**
 * Pairs outside the regional tables that OpenCC's Traditional→Simplified table merges into one
 * character and that the reports themselves write interchangeably, word for word: 櫃台 / 櫃臺 /
 * 櫃檯 and 平台 / 平臺, 公布 / 公佈 and 發布 / 發佈. Other characters that table merges are
 * different words in Taiwan and stay apart: 颱 (颱風) is not 台 (台風), 製 is not 制, 蒐 not 搜,
 * 髮 not 發.
 */
const INTERCHANGEABLE_IN_THE_REPORTS = ['台臺', '台檯', '布佈'];

/** Every single-character pair of one OpenCC dictionary group ("a b|c d e|…" strings). */
function characterPairs(group: unknown): [string, string][] {
  const pairs: [string, string][] = [];
  for (const dict of (group as unknown[]).flat(2)) {
    if (typeof dict !== 'string') throw new Error('opencc-js dictionaries are not in the expected "source target|…" string form');
    for (const entry of dict.split('|')) {
      const [from, ...to] = entry.split(' ');
      if ([...from].length !== 1) continue;
      for (const target of to) if ([...target].length === 1 && target !== from) pairs.push([from, target]);
    }
  }
  return pairs;
}

/**
 * The variant groups search folds (variants.ts holds the result): the regional pairs less
 * DISTINCT_IN_TAIWAN, plus INTERCHANGEABLE_IN_THE_REPORTS, joined where they share a character.
 * Each group folds to its Simplified form where that is a member (so a Simplified query and the
 * Traditional text meet in one key: 台湾 → 台灣), otherwise to the form Taiwan's standard writes.
 * Groups are listed in code-point order of their folded form.
 */
export function variantGroups(): string {
  const locale = (OpenCC as unknown as { Locale: { from: Record<string, unknown>; to: Record<string, unknown> } }).Locale;
  const excluded = new Set(DISTINCT_IN_TAIWAN.map((pair) => [...pair].sort().join('')));
  const pairs = REGIONAL_VARIANT_TABLES.flatMap((region) => [...characterPairs(locale.to[region]), ...characterPairs(locale.from[region])])
    .filter(([a, b]) => !excluded.has([a, b].sort().join('')))
    .concat(INTERCHANGEABLE_IN_THE_REPORTS.map((pair) => [...pair] as [string, string]));
  // Union-find over the pairs.
  const parent = new Map<string, string>();
  const root = (char: string): string => {
    let at = char;
    while (parent.has(at) && parent.get(at) !== at) at = parent.get(at)!;
    return at;
  };
  for (const [a, b] of pairs) {
    if (!parent.has(a)) parent.set(a, a);
    if (!parent.has(b)) parent.set(b, b);
    const ra = root(a);
    const rb = root(b);
    if (ra !== rb) parent.set(rb, ra);
  }
  const groups = new Map<string, string[]>();
  for (const char of parent.keys()) {
    const r = root(char);
    if (!groups.has(r)) groups.set(r, []);
    groups.get(r)!.push(char);
  }
  const toSimplified = OpenCC.Converter({ from: 'tw', to: 'cn' });
  // Hong Kong form → OpenCC standard → Taiwan form.
  const toTaiwan = OpenCC.Converter({ from: 'hk', to: 'tw' });
  const ordered = [...groups.values()].map((members) => {
    const sorted = [...members].sort();
    // A member another member simplifies to (臺 → 台), not one OpenCC merely leaves alone.
    const simplified = sorted.flatMap((c) => [toSimplified(c)].filter((s) => s !== c && sorted.includes(s)))[0];
    const taiwan = sorted.map((c) => toTaiwan(c)).find((t) => sorted.includes(t)) ?? sorted[0];
    const folded = simplified ?? taiwan;
    return [folded, ...sorted.filter((c) => c !== folded)].join('');
  });
  return ordered.sort((a, b) => a.codePointAt(0)! - b.codePointAt(0)!).join('|');
}
