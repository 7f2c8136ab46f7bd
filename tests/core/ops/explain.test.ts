import { describe, expect, it } from 'vitest';
import { lrn } from '../../../src/core/layers';
import { dropoutMask, lrnAt, patchAt, poolWindow, relu, softmaxWorking } from '../../../src/core/ops/explain';

// A 3×3×2 stack: channel 0 holds 1…9 row by row, channel 1 holds −1…−9.
const maps = {
  shape: [3, 3, 2],
  data: Float32Array.from({ length: 18 }, (_, i) => (i % 2 === 0 ? i / 2 + 1 : -((i - 1) / 2 + 1))),
};

describe('patches, ReLU and max-pool', () => {
  it('reads a clamped patch of one channel', () => {
    expect(patchAt(maps, 0, 5, 5, 2)).toEqual({ x0: 1, y0: 1, size: 2, values: [5, 6, 8, 9] });
    expect(relu(patchAt(maps, 1, 0, 0, 2).values)).toEqual([0, 0, 0, 0]);
  });

  it('keeps the largest value of the window, and knows where it was', () => {
    const w = poolWindow(maps, 0, 2, 1, 0, 1); // rows 1–2, cols 0–1: 4 5 / 7 8
    expect(w.patch.values).toEqual([4, 5, 7, 8]);
    expect([w.winner, w.max]).toEqual([3, 8]);
    // A ceil-mode window hanging over the edge reads nothing there.
    const edge = poolWindow(maps, 1, 2, 2, 1, 1);
    expect(edge.patch.values).toEqual([-9, -Infinity, -Infinity, -Infinity]);
    expect(edge.max).toBe(-9);
  });
});

describe('LRN at one position', () => {
  it('divides by (k + α Σ a²)^β over the neighbouring maps (paper convention)', () => {
    const stack = { shape: [1, 1, 5], data: Float32Array.from([1, 2, 3, 4, 5]) };
    const w = lrnAt(stack, lrn('norm1'), 0, 0, 0); // n 5: channels 0…2 (clipped at the start)
    expect(w.neighbours.map((n) => n.channel)).toEqual([0, 1, 2]);
    expect(w.sumSquares).toBe(14);
    expect(w.alphaUsed).toBe(1e-4);
    expect(w.denominator).toBeCloseTo((2 + 1e-4 * 14) ** 0.75, 12);
    expect(w.after).toBeCloseTo(1 / 2.0014 ** 0.75, 12);
  });

  it('uses α/n under the Caffe/PyTorch convention', () => {
    const stack = { shape: [1, 1, 5], data: Float32Array.from([1, 2, 3, 4, 5]) };
    const w = lrnAt(stack, { ...lrn('norm1'), alphaConvention: 'divided-by-n' }, 2, 0, 0);
    expect(w.sumSquares).toBe(55);
    expect(w.alphaUsed).toBeCloseTo(2e-5, 15);
  });
});

describe('dropout mask and softmax', () => {
  it('drops about rate·n units, the same ones for the same seed', () => {
    const m = dropoutMask(10_000, 0.5, 42);
    const kept = m.reduce((s, v) => s + v, 0);
    expect(kept).toBeGreaterThan(4800);
    expect(kept).toBeLessThan(5200);
    expect(dropoutMask(10_000, 0.5, 42)).toEqual(m);
    expect(dropoutMask(100, 0, 1).every((v) => v === 1)).toBe(true);
  });

  it('works softmax out as exp(z − max) / Σ, top classes first', () => {
    const s = softmaxWorking([0, Math.log(3), Math.log(2)], 2); // exp: 1, 3, 2 → shares 1/6, 1/2, 1/3
    expect(s.max).toBeCloseTo(Math.log(3), 12);
    expect(s.sum).toBeCloseTo(2, 12); // (1 + 3 + 2)/3
    expect(s.top.map((t) => t.index)).toEqual([1, 2]);
    expect(s.top[0]?.share).toBeCloseTo(0.5, 12);
    expect(s.top[1]?.share).toBeCloseTo(1 / 3, 12);
  });
});
