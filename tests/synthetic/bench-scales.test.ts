/** The corpus sizes of `npm run bench` (scripts/bench-corpus.ts). */
import { describe, expect, it } from 'vitest';
import { parseScale, scaleLabel, yearsOf } from '../../scripts/bench-corpus.ts';

describe('benchmark scales', () => {
  it('reads whole numbers and "full", and refuses anything else', () => {
    expect(parseScale('1')).toBe(1);
    expect(parseScale('full')).toBe('full');
    expect(() => parseScale('0')).toThrow();
    expect(() => parseScale('2.5')).toThrow();
    expect([scaleLabel(10), scaleLabel('full')]).toEqual(['10×', 'full']);
  });

  it('takes the latest years of the synthetic series for N×, all twenty for full', () => {
    expect(yearsOf(10, 5)).toEqual([111, 112, 113, 114]);
    expect(yearsOf('full', 5)).toHaveLength(20);
    expect(yearsOf('full', 5)[0]).toBe(95);
    expect(() => yearsOf(100, 5)).toThrow(/use "full"/);
  });
});
