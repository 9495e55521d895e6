/**
 * Reading the CSV the site publishes as a strict consumer would: csv-parse (RFC 4180) with nothing
 * relaxed — a quote inside an unquoted field, text after a closing quote, an unterminated quote or
 * records of different lengths all throw. Records end with CRLF; a bare CR or LF outside quotes is
 * an error too (csv-parse would otherwise keep it as text, the record delimiter being CRLF).
 */
import { parse } from 'csv-parse/sync';

const UTF8_BOM = Buffer.from([0xef, 0xbb, 0xbf]);

/** Records of CSV text (no byte-order mark), every field as a string. */
export function parseCsv(text: string): string[][] {
  if (text !== '' && !text.endsWith('\r\n')) throw new Error('last record not terminated by CRLF');
  return parse(text, {
    bom: false,
    record_delimiter: '\r\n',
    cast: (value, context) => {
      if (!context.quoting && /[\r\n]/.test(value)) {
        throw new Error(`bare line break outside quotes in record ${context.records + 1}, field ${context.index + 1}`);
      }
      return value;
    },
  }) as string[][];
}

/** A published CSV file: UTF-8 with exactly one byte-order mark (checked here, not skipped by the parser), then RFC 4180. */
export function parsePublishedCsv(bytes: Uint8Array): string[][] {
  if (!Buffer.from(bytes.subarray(0, 3)).equals(UTF8_BOM)) throw new Error('does not start with the UTF-8 byte-order mark');
  // fatal: invalid UTF-8 throws; ignoreBOM: a second byte-order mark stays in the text and fails the header.
  const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes.subarray(3));
  return parseCsv(text);
}
