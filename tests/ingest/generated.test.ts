/**
 * The generated folder: what the ingest writes is what the one reader (src/lib/generated.ts) reads
 * back, validated; the published sources are the files as received; a folder that does not match
 * the schemas or the recorded checksums is refused with the file named.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ingestFiles, listSources, loadCurated } from '../../src/ingest/run.ts';
import { writeGenerated } from '../../src/ingest/output.ts';
import { readGenerated, sourceBytes, sourceLines } from '../../src/lib/generated.ts';
import { generatedFiles } from '../../src/model/generated.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const dir = join(mkdtempSync(join(tmpdir(), 'generated-')), 'generated');
const curated = loadCurated(ROOT);
const output = ingestFiles(ROOT, listSources(resolve(ROOT, 'content/sources')), curated);
writeGenerated(dir, output);
afterAll(() => rmSync(resolve(dir, '..'), { recursive: true, force: true }));

describe('generated folder', () => {
  it('reads back what the ingest wrote', () => {
    const read = readGenerated(dir);
    expect(read.documents).toEqual(output.documents);
    expect(read.branches).toEqual(curated.reference.branches);
    expect(read.crosswalk).toEqual(curated.reference.crosswalk);
    expect(read.indicators).toEqual(output.indicators);
  });

  it('publishes every source byte for byte, and its lines as the ingest numbered them', () => {
    for (const doc of output.documents) {
      expect(Buffer.from(sourceBytes(doc, dir)).equals(readFileSync(resolve(ROOT, doc.sourceFile)))).toBe(true);
      const lines = sourceLines(doc, dir);
      expect(lines).toEqual(output.sources.find((s) => s.id === doc.id)!.lines);
      // The row's first line is in the numbered view where the row says it is.
      const row = doc.rows[0];
      expect(lines[row.source.lines[0] - 1].length).toBeGreaterThan(0);
    }
  });

  it('refuses a source file that is not the one the ingest read', () => {
    const doc = output.documents[0];
    const file = generatedFiles.sourceBytes(dir, doc.id);
    const original = readFileSync(file);
    writeFileSync(file, Buffer.concat([original, Buffer.from('x')]));
    try {
      expect(() => sourceBytes(doc, dir)).toThrow(`${file} is not the source the ingest read`);
    } finally {
      writeFileSync(file, original);
    }
  });

  it('refuses a file that does not match its schema, naming the file and the field', () => {
    const file = generatedFiles.indicators(dir);
    const original = readFileSync(file, 'utf8');
    const broken = JSON.parse(original);
    broken.values[0].value = 'many';
    writeFileSync(file, JSON.stringify(broken));
    try {
      expect(() => readGenerated(dir)).toThrow(`${file}: values.0.value:`);
    } finally {
      writeFileSync(file, original);
    }
  });

  it('a missing folder says to run the ingest', () => {
    expect(() => readGenerated(join(dir, 'nowhere'))).toThrow(/missing: run `npm run ingest` first/);
  });
});
