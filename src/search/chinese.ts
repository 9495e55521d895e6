/**
 * Simplified Chinese queries over Traditional text.
 *
 * The index holds the reports' own (Traditional) characters. A query typed in Simplified
 * characters (电话礼貌) is rewritten into the Traditional spellings the corpus uses (電話禮貌)
 * with a small table made at build time from OpenCC, restricted to characters that occur in the
 * corpus, so the browser never downloads OpenCC's dictionaries.
 *
 * Where one Simplified character stands for several Traditional ones present in the corpus
 * (台 → 台/臺, 制 → 制/製), every spelling is searched and the results merged, the query's own
 * spelling ranked first. A query that contains a character only Traditional writing uses (臺, 東)
 * is taken as Traditional and searched as typed, so 臺東 never brings back 台東.
 */

import { keyChar } from './normalise.ts';

/**
 * The table the search page ships: short strings. The corpus characters that only Traditional
 * writing uses are not listed one by one (they would be most of the corpus's characters again):
 * they are the characters `variants` lists after a Simplified one other than its Simplified
 * characters, less `notTraditional`, plus `unlistedTraditional` (`scriptLookup` puts them back).
 */
export interface ScriptTable {
  /**
   * "|"-separated entries: a Simplified character, then every corpus character that folds to it,
   * the character itself first when the corpus has it: "电電|台台臺|发發".
   */
  variants: string;
  /** Characters listed after a Simplified one that Simplified text writes too (於, 瞭, 藉 …). */
  notTraditional: string;
  /** Traditional-only corpus characters no entry lists (their Simplified form is longer than one character). */
  unlistedTraditional: string;
}

/** The characters `variants` lists after a Simplified one, less the Simplified ones themselves. */
function listedAfterSimplified(variants: string): Set<string> {
  const entries = variants.split('|').map((entry) => [...entry]);
  const simplified = new Set(entries.map((chars) => chars[0]));
  return new Set(entries.flatMap((chars) => chars.slice(1)).filter((char) => !simplified.has(char)));
}

export interface ScriptConversion {
  /** Traditional → Simplified conversion of a text, phrase by phrase (計畫 → 计划, 瞭解 → 了解). */
  simplifyText: (text: string) => string;
  /** Whether a character can occur in Simplified text (so is not Traditional-only). */
  isSimplified: (char: string) => boolean;
}

/**
 * Builds the table from the corpus texts. Each character is paired with its own simplified form
 * and, where simplifying the whole line keeps its length, with the form it takes in context, so
 * that readings decided by context are learnt too (畫 is 划 in 計畫 but 画 in 畫面).
 */
export function buildScriptTable(corpusTexts: Iterable<string>, conversion: ScriptConversion): ScriptTable {
  const corpus = new Set<string>();
  const pairs = new Map<string, Set<string>>();
  const pair = (traditional: string, simplified: string) => {
    const t = keyChar(traditional);
    const s = keyChar(simplified);
    if (t === '' || s === '' || t === s) return;
    if (!pairs.has(t)) pairs.set(t, new Set());
    pairs.get(t)!.add(s);
  };
  const charByChar = new Map<string, string>();
  for (const text of corpusTexts) {
    for (const line of text.normalize('NFC').split('\n')) {
      const chars = [...line];
      const simplified = [...conversion.simplifyText(line)];
      if (simplified.length === chars.length) chars.forEach((char, i) => pair(char, simplified[i]));
      for (const char of chars) {
        const key = keyChar(char);
        if (key === '') continue;
        corpus.add(key);
        if (!charByChar.has(char)) charByChar.set(char, conversion.simplifyText(char));
        pair(char, charByChar.get(char)!);
      }
    }
  }
  const bySimplified = new Map<string, string[]>();
  const traditional: string[] = [];
  for (const t of [...pairs.keys()].sort()) {
    for (const s of pairs.get(t)!) {
      if ([...s].length !== 1) continue;
      if (!bySimplified.has(s)) bySimplified.set(s, corpus.has(s) ? [s] : []);
      bySimplified.get(s)!.push(t);
    }
    if (!conversion.isSimplified(t)) traditional.push(t);
  }
  const variants = [...bySimplified]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([simplified, chars]) => simplified + chars.join(''))
    .join('|');
  const listed = listedAfterSimplified(variants);
  const only = new Set(traditional);
  return {
    variants,
    notTraditional: [...listed].filter((char) => !only.has(char)).sort().join(''),
    unlistedTraditional: traditional.filter((char) => !listed.has(char)).join(''),
  };
}

export interface ScriptLookup {
  variantsOf: Map<string, string[]>;
  traditional: Set<string>;
}

export function scriptLookup(table: ScriptTable): ScriptLookup {
  const variantsOf = new Map<string, string[]>();
  for (const entry of table.variants.split('|')) {
    const [simplified, ...chars] = [...entry];
    if (simplified && chars.length > 0) variantsOf.set(simplified, chars);
  }
  const notTraditional = new Set(table.notTraditional);
  const traditional = new Set([...listedAfterSimplified(table.variants)].filter((char) => !notTraditional.has(char)));
  for (const char of table.unlistedTraditional) traditional.add(char);
  return { variantsOf, traditional };
}

/** At most this many spellings of one query are searched. */
export const MAX_VARIANTS = 16;

/**
 * The spellings of a query key to search, best first: the key as typed when it is Traditional,
 * otherwise every combination of corpus spellings (the typed one first where the corpus has it).
 */
export function queryVariants(key: string, lookup: ScriptLookup, max = MAX_VARIANTS): string[] {
  const chars = [...key];
  if (chars.some((char) => lookup.traditional.has(char))) return [key];
  const options = chars.map((char) => lookup.variantsOf.get(char) ?? [char]);
  const variants: string[] = [];
  const walk = (i: number, prefix: string): void => {
    if (variants.length >= max) return;
    if (i === options.length) {
      variants.push(prefix);
      return;
    }
    for (const option of options[i]) walk(i + 1, prefix + option);
  };
  walk(0, '');
  return variants;
}
