import { describe, expect, it } from 'vitest';
import { checkProbabilities, topK } from '../../../src/viz/maps/topK';

describe('topK', () => {
  it('returns the largest entries, largest first, ties by lower index', () => {
    expect(topK([0.1, 0.7, 0.2], 2)).toEqual([
      { index: 1, value: 0.7 },
      { index: 2, value: 0.2 },
    ]);
    expect(topK([3, 1, 3, 2, 5, NaN, 4], 5).map((r) => r.index)).toEqual([4, 6, 0, 2, 3]);
    expect(topK([1, 2], 5)).toHaveLength(2);
  });
  it('matches a full sort on 1000 values', () => {
    const v = Float32Array.from({ length: 1000 }, (_, i) => (Math.sin(i * 12.9898) * 43758.5453) % 1);
    const sorted = [...v.keys()].sort((a, b) => (v[b] ?? 0) - (v[a] ?? 0) || a - b).slice(0, 5);
    expect(topK(v, 5).map((r) => r.index)).toEqual(sorted);
  });
  it('tells probabilities from logits', () => {
    expect(checkProbabilities([0.25, 0.75])).toEqual({ sum: 1, ok: true });
    expect(checkProbabilities([2, -1]).ok).toBe(false);
    expect(checkProbabilities([0.2, 0.2]).ok).toBe(false);
  });
});
