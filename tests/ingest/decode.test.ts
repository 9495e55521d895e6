import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { decode } from '../../src/ingest/decode.ts';
import { normaliseText, splitLines, PRIVATE_USE_BULLETS } from '../../src/ingest/normalise.ts';
import { IngestError } from '../../src/model/errors.ts';

const hualien = readFileSync('content/sources/hualien-111-report.txt');
const hualienText = hualien.toString('utf8');

function utf16(text: string, endian: 'le' | 'be'): Uint8Array {
  const le = Buffer.from(text, 'utf16le');
  if (endian === 'be') for (let i = 0; i + 1 < le.length; i += 2) [le[i], le[i + 1]] = [le[i + 1], le[i]];
  return new Uint8Array(Buffer.concat([Buffer.from(endian === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]), le]));
}

/** Big5 bytes of a short excerpt, produced once with iconv and committed (Node cannot encode Big5). */
const big5Excerpt = readFileSync('tests/fixtures/encoding/big5-title-and-row.txt');
const big5Expected = readFileSync('tests/fixtures/encoding/big5-title-and-row.utf8.txt', 'utf8');

describe('decode: every accepted encoding yields the same text', () => {
  const reference = splitLines(normaliseText(decode('x', new Uint8Array(hualien)).text));

  it.each([
    ['utf-8 with BOM', new Uint8Array(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), hualien])), 'utf-8-bom'],
    ['utf-16le with BOM', utf16(hualienText, 'le'), 'utf-16le'],
    ['utf-16be with BOM', utf16(hualienText, 'be'), 'utf-16be'],
    ['utf-8 with CRLF line endings', new Uint8Array(Buffer.from(hualienText.replace(/\n/g, '\r\n'))), 'utf-8'],
    ['utf-8 with old-Mac CR line endings', new Uint8Array(Buffer.from(hualienText.replace(/\n/g, '\r'))), 'utf-8'],
  ])('%s', (_name, bytes, encoding) => {
    const decoded = decode('x', bytes);
    expect(decoded.encoding).toBe(encoding);
    expect(splitLines(normaliseText(decoded.text))).toEqual(reference);
  });

  it('decodes Big5', () => {
    const decoded = decode('x', new Uint8Array(big5Excerpt));
    expect(decoded.encoding).toBe('big5');
    expect(decoded.text).toBe(big5Expected);
  });
});

describe('decode: bad input names the file and line', () => {
  it('rejects an empty file', () => {
    expect(() => decode('empty.txt', new Uint8Array())).toThrow('empty.txt: error: empty file');
  });
  it('rejects a binary file at the line of its first NUL byte', () => {
    const bytes = new Uint8Array(Buffer.from('第一行\n第二行\n\u0000\u0001\u0002', 'utf8'));
    expect(() => decode('blob.bin', bytes)).toThrow(/^blob\.bin:3: error: binary file/);
  });
  it('rejects bytes that are neither UTF-8 nor Big5, naming the line', () => {
    const bytes = new Uint8Array([...Buffer.from('經濟部標準檢驗局\n第二行\n'), 0xff, 0xff, 0x80, 0x0a]);
    try {
      decode('bad.txt', bytes);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(IngestError);
      expect((error as IngestError).line).toBe(3);
      expect((error as Error).message).toMatch(/^bad\.txt:3: error: undecodable bytes/);
    }
  });
});

describe('normaliseText', () => {
  it('folds CJK compatibility ideographs with NFC (Kaohsiung look-alike 理 U+F9E4)', () => {
    expect(normaliseText('處\uF9E4')).toBe('處理');
    expect(normaliseText('處\uF9E4').codePointAt(1)).toBe(0x7406);
  });
  it('maps private-use bullet glyphs', () => {
    expect(normaliseText('\uF06C 服務')).toBe('● 服務');
    expect(Object.keys(PRIVATE_USE_BULLETS).every((k) => k.codePointAt(0)! >= 0xe000)).toBe(true);
  });
  it('drops a BOM left in decoded text', () => {
    expect(normaliseText('\uFEFF標題')).toBe('標題');
  });
});
