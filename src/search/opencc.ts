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
