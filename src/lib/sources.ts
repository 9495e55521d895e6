/**
 * The published source files: their bytes exactly as received (checked against the SHA-256 the
 * ingest recorded, so a file edited after ingest fails the build) and their decoded lines for the
 * numbered view.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Document } from '../model/schema.ts';
import { decode } from '../ingest/decode.ts';

export function sourceBytes(document: Pick<Document, 'id' | 'sourceFile' | 'sourceSha256'>): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(readFileSync(resolve(process.cwd(), document.sourceFile)));
  const sha = createHash('sha256').update(bytes).digest('hex');
  if (sha !== document.sourceSha256) {
    throw new Error(`${document.sourceFile} changed since ingest (sha256 ${sha}, ingest saw ${document.sourceSha256}): run npm run ingest`);
  }
  return bytes;
}

/** The charset to announce for a source file, from the encoding the ingest detected. */
export function sourceCharset(encoding: Document['encoding']): string {
  return encoding === 'utf-8-bom' ? 'utf-8' : encoding;
}

/** Decoded lines, numbered as the ingest numbered them (line endings unified, nothing else changed). */
export function sourceLines(document: Pick<Document, 'id' | 'sourceFile' | 'sourceSha256'>): string[] {
  const { text } = decode(document.sourceFile, sourceBytes(document));
  const lines = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').split('\n');
  if (lines.length > 1 && lines.at(-1) === '') lines.pop();
  return lines;
}
