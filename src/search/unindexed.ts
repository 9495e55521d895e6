/**
 * Text Pagefind stores but does not index.
 *
 * Pagefind (1.5+) indexes every metadata field as words. Our records carry their real text in
 * metadata, for excerpts and highlighting, while the index holds bigram words (tokens.ts); indexed
 * as-is, each sentence of that text would become one more long "word" in the index, about 40 %
 * more bytes to download per query, and could even match a query by itself. So the text is
 * shifted, one UTF-16 code unit at a time, into Supplementary Private Use Area-A
 * (U+F0000 + unit): those characters are neither letters, digits nor spaces, so Pagefind keeps
 * them verbatim in the fragment and indexes nothing. The mapping is lossless and costs a few
 * bytes after compression.
 */
const PLANE_15 = 0xf0000;

export function encodeUnindexed(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) out += String.fromCodePoint(PLANE_15 + text.charCodeAt(i));
  return out;
}

export function decodeUnindexed(encoded: string): string {
  const units: number[] = [];
  for (const char of encoded) {
    const unit = char.codePointAt(0)! - PLANE_15;
    if (unit < 0 || unit > 0xffff) throw new Error('not an encodeUnindexed() string');
    units.push(unit);
  }
  // In chunks: String.fromCharCode with very many arguments overflows the stack.
  let out = '';
  for (let i = 0; i < units.length; i += 4096) out += String.fromCharCode(...units.slice(i, i + 4096));
  return out;
}
