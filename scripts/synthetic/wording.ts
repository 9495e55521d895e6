/**
 * Items reworded as a later year's editor would: one word swapped for a synonym the bureau also
 * writes (加強 / 強化, 透過 / 藉由 …). Words that practice matching or an indicator pattern reads are
 * never touched (checked against the reference data in the generator), so rewording changes the
 * text, not what the site makes of it.
 */
export const SYNONYMS: readonly (readonly [string, string])[] = [
  ['加強', '強化'],
  ['透過', '藉由'],
  ['持續', '賡續'],
  ['以利', '以便'],
  ['即時', '及時'],
  ['落實', '貫徹'],
  ['目前', '現行'],
  ['相關', '有關'],
  ['確保', '確實維護'],
  ['簡化', '精簡'],
];

/** Synonym pairs whose words appear in none of `protectedTexts` (patterns, practice labels …). */
export function safeSynonyms(protectedTexts: readonly string[]): [string, string][] {
  const all = protectedTexts.join('\n');
  return SYNONYMS.filter(([a, b]) => !all.includes(a) && !all.includes(b)).map(([a, b]) => [a, b]);
}

/** The line with its first swappable word swapped (either direction), or null when it has none. */
export function rewordLine(line: string, synonyms: readonly (readonly [string, string])[], start: number): string | null {
  for (let k = 0; k < synonyms.length; k++) {
    const [a, b] = synonyms[(start + k) % synonyms.length];
    if (line.includes(b)) return line.replace(b, a);
    if (line.includes(a)) return line.replace(a, b);
  }
  return null;
}
