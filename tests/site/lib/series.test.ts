/** The full series the benchmark and the quality tests build: every organisation, year and kind once, every source in turn. */
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSources, series } from '../../../scripts/bench-corpus.ts';
import { loadSourceBytes } from '../../../src/ingest/source.ts';
import { loadReference } from '../../../src/model/reference.ts';

const ROOT = resolve(import.meta.dirname, '../../..');

describe('the series corpus', () => {
  const sources = readSources(ROOT, join(ROOT, 'content/sources'));
  const files = series(ROOT, sources);
  const { branches } = loadReference(ROOT);

  it('has HQ and the six branches × ROC 95–114 × plan and report, each read from its own title', () => {
    expect(files.size).toBe(branches.length * 20 * 2);
    const identities = new Set(
      [...files].map(([name, text]) => {
        const { title } = loadSourceBytes(name, new TextEncoder().encode(text), branches);
        expect(name).toBe(`${title.branch.id}-${title.roc}-${title.kind}.txt`);
        return name;
      }),
    );
    expect(identities.size).toBe(files.size);
  });

  it('gives every source of a kind its turn, bodies unchanged', () => {
    const uses = new Map(sources.map((s) => [s.name, 0]));
    const body = (text: string) => text.split('\n').slice(12).join('\n');
    for (const text of files.values()) {
      const from = sources.filter((s) => body(s.text) === body(text));
      expect(from).toHaveLength(1);
      uses.set(from[0].name, uses.get(from[0].name)! + 1);
    }
    for (const source of sources) {
      const ofKind = sources.filter((s) => s.kind === source.kind).length;
      expect(Math.abs(uses.get(source.name)! - files.size / 2 / ofKind)).toBeLessThanOrEqual(1);
    }
  });
});
