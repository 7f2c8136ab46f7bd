/** Spearman's rank correlation (ties share their mean rank), switches and units, by hand. */
import { describe, expect, it } from 'vitest';
import { pearson, ranks, spearman } from '../../../src/core/attribution/spearman';
import { poolSwitches, unpool } from '../../../src/core/attribution/switches';
import { keepOnly, mostActiveChannel, strongestUnit } from '../../../src/core/attribution/units';
import { sanityVerdict } from '../../../src/core/attribution/verdict';

describe('Spearman', () => {
  it('ranks with ties sharing the mean rank: [10, 20, 20, 5] → [2, 3.5, 3.5, 1]', () => {
    expect(Array.from(ranks([10, 20, 20, 5]))).toEqual([2, 3.5, 3.5, 1]);
  });

  it('is 1 − 6Σd²/(n(n² − 1)) without ties: [1, 2, 3, 4] vs [1, 3, 2, 4] → 1 − 12/60 = 0.8', () => {
    expect(spearman([1, 2, 3, 4], [1, 3, 2, 4])).toBeCloseTo(0.8, 12);
  });

  it('is 1 for any increasing transform, −1 reversed, NaN for a flat map', () => {
    expect(spearman([0.1, 5, 2, 9], [0.01, 25, 4, 81])).toBeCloseTo(1, 12);
    expect(spearman([1, 2, 3], [3, 2, 1])).toBeCloseTo(-1, 12);
    expect(spearman([1, 2, 3], [0, 0, 0])).toBeNaN();
    expect(pearson([1, 2, 3], [2, 4, 6])).toBeCloseTo(1, 12);
    expect(() => spearman([1], [1, 2])).toThrow(RangeError);
  });
});

describe('max-pooling switches and unpooling', () => {
  it('records the first maximum of each window (row-major), ties included', () => {
    // 4×4, one channel; 2×2 windows, stride 2. The top-left window is all 1s (a tie).
    const input = { shape: [4, 4, 1], data: Float32Array.from([1, 1, 0, 3, 1, 1, 2, 0, 0, 0, 5, 5, 0, 0, 5, 6]) };
    const { output, switches } = poolSwitches(input, 2, 2);
    expect(output.shape).toEqual([2, 2, 1]);
    expect(Array.from(output.data)).toEqual([1, 3, 0, 6]);
    expect(Array.from(switches)).toEqual([0, 3, 8, 15]);
  });

  it('adds the values of overlapping windows that share a switch (3×3, stride 2)', () => {
    // 5×5 with its maximum in the centre: all four windows choose cell 12.
    const data = new Float32Array(25);
    data[12] = 9;
    const pooled = poolSwitches({ shape: [5, 5, 1], data }, 3, 2);
    expect(Array.from(pooled.switches)).toEqual([12, 12, 12, 12]);
    const back = unpool({ shape: [2, 2, 1], data: Float32Array.from([1, 2, 3, 4]) }, pooled.switches, [5, 5, 1]);
    expect(back.data[12]).toBe(10);
    expect(back.data.reduce((a, b) => a + b, 0)).toBe(10);
  });

  it('keeps channels apart and clips ceil-mode windows to the map', () => {
    // 3×3 with 2 channels, 2×2 windows at stride 2, ceil: windows start at 0 and 2 (the second is 1 wide).
    const data = Float32Array.from({ length: 18 }, (_, i) => (i % 2 === 0 ? i : -i));
    const { output, switches } = poolSwitches({ shape: [3, 3, 2], data }, 2, 2, 'ceil');
    expect(output.shape).toEqual([2, 2, 2]);
    // Channel 0 holds 0, 2, …, 16 (largest last); channel 1 holds −1, −3, … (largest first).
    expect(Array.from(switches)).toEqual([8, 1, 10, 5, 14, 13, 16, 17]);
  });
});

describe('the unit a projection starts from', () => {
  // 2×2 map, 3 channels.
  const acts = { shape: [2, 2, 3], data: Float32Array.from([1, 0, 2, 4, 7, 0, 3, 7, 1, 0, 2, 5]) };

  it('is the strongest activation of the channel (first on ties)', () => {
    expect(strongestUnit(acts, 1)).toEqual({ y: 0, x: 1, value: 7 });
    expect(strongestUnit(acts, 2)).toEqual({ y: 1, x: 1, value: 5 });
    expect(() => strongestUnit(acts, 3)).toThrow(RangeError);
  });

  it('defaults to the channel holding the layer’s largest value', () => {
    expect(mostActiveChannel(acts)).toBe(1);
  });

  it('starts from that one value, every other set to zero', () => {
    const start = keepOnly(acts, { y: 0, x: 1, value: 7 }, 1);
    expect(Array.from(start.data)).toEqual([0, 0, 0, 0, 7, 0, 0, 0, 0, 0, 0, 0]);
  });
});

describe('the sanity check’s verdict (ρ = 0.5)', () => {
  const step = (layers: string[], rho: number) => ({
    randomised: layers,
    map: { shape: [1, 1], data: new Float32Array(1) },
    rho,
  });
  it('says the map changes when randomising the top layer already breaks the order', () => {
    expect(sanityVerdict([step(['fc8'], 0.2), step(['fc8', 'fc7'], 0.9)])).toEqual({ kind: 'changes', layerId: 'fc8' });
    expect(sanityVerdict([step(['fc8'], NaN)])).toEqual({ kind: 'changes', layerId: 'fc8' });
  });

  it('names the deepest layer randomised while the maps stay alike', () => {
    const steps = [
      step(['fc8'], 0.95),
      step(['fc8', 'fc7'], 0.8),
      step(['fc8', 'fc7', 'fc6'], 0.3),
      step(['fc8', 'fc7', 'fc6', 'conv5'], 0.7),
    ];
    expect(sanityVerdict(steps)).toEqual({ kind: 'similar', layerId: 'fc7' });
    expect(sanityVerdict([])).toBeUndefined();
  });
});
