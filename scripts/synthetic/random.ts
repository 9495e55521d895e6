/**
 * Seeded randomness for the synthetic corpus. Every draw comes from a generator seeded by the
 * corpus seed and a label naming what it decides ("figures", "hsinchu-107-report", …), so one
 * decision never shifts another and the same seed always gives the same corpus.
 */
import { createHash } from 'node:crypto';

export interface Random {
  /** Uniform in [0, 1). */
  next(): number;
  /** Uniform in [min, max). */
  between(min: number, max: number): number;
  /** Whole number in [min, max]. */
  int(min: number, max: number): number;
  pick<T>(items: readonly T[]): T;
  /** A shuffled copy. */
  shuffle<T>(items: readonly T[]): T[];
}

/** 32-bit seed derived from the corpus seed and labels (sha-256, so labels never collide by arithmetic). */
export function seedOf(seed: number, ...labels: (string | number)[]): number {
  return createHash('sha256').update([seed, ...labels].join('\u0000')).digest().readUInt32LE(0);
}

/** mulberry32: small, fast, and good enough to decide which rows to reword. */
export function random(seed: number, ...labels: (string | number)[]): Random {
  let state = seedOf(seed, ...labels);
  const next = () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const rng: Random = {
    next,
    between: (min, max) => min + (max - min) * next(),
    int: (min, max) => min + Math.floor((max - min + 1) * next()),
    pick: (items) => {
      if (items.length === 0) throw new Error('pick from an empty list');
      return items[Math.floor(items.length * next())];
    },
    shuffle: (items) => {
      const copy = [...items];
      for (let i = copy.length - 1; i > 0; i--) {
        const j = Math.floor((i + 1) * next());
        [copy[i], copy[j]] = [copy[j], copy[i]];
      }
      return copy;
    },
  };
  return rng;
}
