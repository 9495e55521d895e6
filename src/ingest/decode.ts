/**
 * Bytes → text. Accepts UTF-8 (with or without BOM), UTF-16 with BOM, and Big5; rejects
 * empty, binary and undecodable input with an error naming the file and line.
 */
import { IngestError } from '../model/errors.ts';

export type Encoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'big5';

export interface Decoded {
  text: string;
  encoding: Encoding;
}

function lineOfByte(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < bytes.length; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

function strict(label: string, bytes: Uint8Array): string | null {
  try {
    return new TextDecoder(label, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** Byte offset of the first invalid UTF-8 sequence, for the error message. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    const need = b < 0x80 ? 0 : b >= 0xc2 && b < 0xe0 ? 1 : b >= 0xe0 && b < 0xf0 ? 2 : b >= 0xf0 && b < 0xf5 ? 3 : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) if (i + k >= bytes.length || (bytes[i + k] & 0xc0) !== 0x80) return i;
    i += need + 1;
  }
  return i;
}

export function decode(file: string, bytes: Uint8Array): Decoded {
  if (bytes.length === 0) throw new IngestError(file, null, 'empty file');
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    const text = strict('utf-16le', bytes.subarray(2));
    if (text === null) throw new IngestError(file, null, 'invalid UTF-16LE after byte-order mark');
    return { text, encoding: 'utf-16le' };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    const text = strict('utf-16be', bytes.subarray(2));
    if (text === null) throw new IngestError(file, null, 'invalid UTF-16BE after byte-order mark');
    return { text, encoding: 'utf-16be' };
  }
  const nul = bytes.indexOf(0);
  if (nul >= 0) {
    throw new IngestError(file, lineOfByte(bytes, nul), 'binary file (NUL byte) — expected UTF-8, UTF-16 with BOM or Big5 text');
  }
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    const text = strict('utf-8', bytes.subarray(3));
    if (text === null) {
      const at = firstInvalidUtf8(bytes.subarray(3)) + 3;
      throw new IngestError(file, lineOfByte(bytes, at), `invalid UTF-8 byte 0x${bytes[at].toString(16)} at offset ${at}`);
    }
    return { text, encoding: 'utf-8-bom' };
  }
  const utf8 = strict('utf-8', bytes);
  if (utf8 !== null) return { text: utf8, encoding: 'utf-8' };
  const big5 = strict('big5', bytes);
  if (big5 !== null && !big5.includes('\uFFFD')) return { text: big5, encoding: 'big5' };
  const at = firstInvalidUtf8(bytes);
  throw new IngestError(
    file,
    lineOfByte(bytes, at),
    `undecodable bytes: neither UTF-8 (invalid byte 0x${bytes[at].toString(16)} at offset ${at}) nor Big5`,
  );
}

/**
 * Decoded text → its lines as the ingest numbers them: byte-order mark dropped, line endings
 * unified, nothing else changed (line n of the file is element n - 1).
 */
export function decodedLines(text: string): string[] {
  const lines = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').split('\n');
  if (lines.length > 1 && lines.at(-1) === '') lines.pop();
  return lines;
}
