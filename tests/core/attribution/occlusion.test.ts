/** The occluding square's positions against core's window analysis, the passes, and the fill. */
import { describe, expect, it } from 'vitest';
import { windowSize } from '../../../src/core/arithmetic';
import {
  defaultOcclusion,
  fillFromCoarse,
  occludeInto,
  occlusionPlan,
  occlusionRect,
  refinementPasses,
} from '../../../src/core/attribution/occlusion';
import { windowPlan } from '../../../src/core/ops/windows';

describe('occlusion windows', () => {
  it('slides a 64-pixel square at stride 32 over 224 pixels: starts 0 … 160, a 6×6 grid', () => {
    const plan = occlusionPlan(224, 64, 32);
    expect(plan.starts).toEqual([0, 32, 64, 96, 128, 160]);
    expect(plan.n).toBe(6);
  });

  it('has exactly the positions of core’s window plan for the square as a kernel (no padding, floor)', () => {
    for (const [input, size, stride] of [
      [224, 64, 32],
      [227, 57, 28],
      [227, 64, 8],
      [224, 56, 28],
      [13, 13, 1],
    ] as const) {
      const plan = occlusionPlan(input, size, stride);
      const windows = windowPlan({ input, kernel: size, stride, padding: 0, dilation: 1, rounding: 'floor' });
      expect(plan.starts).toEqual(windows.starts);
      expect(plan.n).toBe(windowSize(input, size, stride, 0, 'floor', false).output);
      // Every square lies wholly on the crop.
      expect((plan.starts.at(-1) ?? 0) + size).toBeLessThanOrEqual(input);
    }
  });

  it('defaults to a quarter of the crop moved by half its side: a 7×7 grid at 224 and at 227', () => {
    expect(defaultOcclusion(224)).toEqual({ size: 56, stride: 28 });
    expect(occlusionPlan(224, 56, 28).n).toBe(7);
    expect(defaultOcclusion(227)).toEqual({ size: 57, stride: 28 });
    expect(occlusionPlan(227, 57, 28).n).toBe(7);
  });

  it('refuses squares that do not fit and steps that are not whole pixels', () => {
    expect(() => occlusionPlan(224, 225, 1)).toThrow(RangeError);
    expect(() => occlusionPlan(224, 64, 0)).toThrow(RangeError);
    expect(() => occlusionPlan(224, 64, 1.5)).toThrow(RangeError);
  });

  it('places cell (r, c) on its square’s centre: 224/64/32 covers 16 … 208', () => {
    expect(occlusionRect(occlusionPlan(224, 64, 32))).toEqual({ x0: 16, y0: 16, x1: 208, y1: 208 });
  });

  it('fills the square with 0 (the mean colour, once normalised) and leaves the rest', () => {
    const input = Float32Array.from({ length: 16 }, (_, i) => i + 1); // 4×4, one channel
    const plan = occlusionPlan(4, 2, 2);
    const out = new Float32Array(20).fill(-1);
    occludeInto(input, 1, plan, 1, 0, out, 2);
    expect(Array.from(out)).toEqual([-1, -1, 1, 2, 3, 4, 5, 6, 7, 8, 0, 0, 11, 12, 0, 0, 15, 16, -1, -1]);
  });
});

describe('coarse first, refined in passes', () => {
  it('7×7: every 4th row and column, then every 2nd, then the rest (4, 12, 33 cells)', () => {
    const passes = refinementPasses(7);
    expect(passes.map((p) => p.length)).toEqual([4, 12, 33]);
    expect(passes[0]).toEqual([0, 4, 28, 32]);
    const all = passes.flat().sort((a, b) => a - b);
    expect(all).toEqual(Array.from({ length: 49 }, (_, i) => i));
    expect(refinementPasses(6).map((p) => p.length)).toEqual([4, 5, 27]);
    expect(refinementPasses(1)).toEqual([[0]]);
  });

  it('shows a cell not yet done with its nearest done coarse corner', () => {
    // 3×3, done: (0, 0) = 5 and (0, 2) = 7.
    const values = Float32Array.from([5, 0, 7, 0, 0, 0, 0, 0, 0]);
    const done = Uint8Array.from([1, 0, 1, 0, 0, 0, 0, 0, 0]);
    expect(Array.from(fillFromCoarse(values, done, 3))).toEqual([5, 5, 7, 5, 5, 7, 5, 5, 5]);
    expect(Array.from(fillFromCoarse(values, new Uint8Array(9), 3)).every(Number.isNaN)).toBe(true);
  });
});
