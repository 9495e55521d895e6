/** Reads one source file into the normalised lines every layout parser works on. */
import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import type { Branch } from '../model/reference.ts';
import { decode, decodedLines, type Encoding } from './decode.ts';
import { normaliseText, splitLines } from './normalise.ts';
import { findTitle, type DocumentTitle } from './title.ts';
import type { SourceText } from './layout.ts';

export interface LoadedSource {
  text: SourceText;
  title: DocumentTitle;
  encoding: Encoding;
  sha256: string;
  /** The file's bytes as received: published unchanged. */
  bytes: Uint8Array;
  /** Decoded lines before normalisation (see decodedLines): what the numbered source view shows. */
  decodedLines: string[];
}

/** Pure: bytes of one file → normalised lines and identified title. */
export function loadSourceBytes(file: string, bytes: Uint8Array, branches: readonly Branch[]): LoadedSource {
  const { text, encoding } = decode(file, bytes);
  const lines = splitLines(normaliseText(text));
  const title = findTitle(file, lines, branches);
  return {
    text: { file, lines, titleLine: title.line },
    title,
    encoding,
    sha256: createHash('sha256').update(bytes).digest('hex'),
    bytes,
    decodedLines: decodedLines(text),
  };
}

export function loadSourceFile(file: string, branches: readonly Branch[]): LoadedSource {
  return loadSourceBytes(file, new Uint8Array(readFileSync(file)), branches);
}
