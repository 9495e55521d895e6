/**
 * Text normalisation applied to every source before any layout parser sees it.
 * NFC folds the CJK compatibility ideographs (U+F900 block) that PDF extraction leaves behind;
 * private-use bullet glyphs from symbol fonts are mapped to their visible Unicode equivalents.
 */

/** Private-use code points that Word/PDF symbol fonts (Wingdings, Symbol) use for bullets. */
export const PRIVATE_USE_BULLETS: Readonly<Record<string, string>> = {
  '\uF06C': '●', // Wingdings "l": filled circle
  '\uF06E': '■', // Wingdings "n": filled square
  '\uF075': '◆', // Wingdings "u": diamond
  '\uF076': '❖', // Wingdings "v"
  '\uF0A7': '▪', // Wingdings small square
  '\uF0B7': '•', // Symbol bullet
  '\uF0D8': '➢', // Wingdings arrowhead
  '\uF0FC': '✓', // Wingdings check mark
};

const PRIVATE_USE_PATTERN = new RegExp(`[${Object.keys(PRIVATE_USE_BULLETS).join('')}]`, 'g');

/** Normalises one whole decoded text: line endings to \n, Unicode NFC, known private-use bullets mapped. */
export function normaliseText(text: string): string {
  return text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .normalize('NFC')
    .replace(PRIVATE_USE_PATTERN, (glyph) => PRIVATE_USE_BULLETS[glyph]);
}

/** Splits normalised text into lines; lines[0] is line 1. */
export function splitLines(text: string): string[] {
  const lines = text.split('\n');
  if (lines.length > 1 && lines[lines.length - 1] === '') lines.pop();
  return lines;
}
