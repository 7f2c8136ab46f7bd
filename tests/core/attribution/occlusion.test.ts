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
import { phasePixel, phases } from '../../../src/core/attribution/polyphase';

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

describe('polyphase transposed convolution', () => {
  it('conv1 (11×11, stride 4, padding 2, 227 → 55): four phases of 3, 3, 3 and 2 taps cover every input pixel once', () => {
    const ph = phases(11, 4, 2, 227, 55);
    expect(ph.map((x) => x.taps)).toEqual([
      [8, 4, 0],
      [9, 5, 1],
      [10, 6, 2],
      [7, 3],
    ]);
    const pixels = ph.flatMap((x) =>
      Array.from({ length: Math.max(0, x.last - x.first + 1) }, (_, i) => phasePixel(x, x.first + i, 4, 2)),
    );
    expect(pixels.sort((a, b) => a - b)).toEqual(Array.from({ length: 227 }, (_, i) => i));
  });

  it('matches the transposed convolution written out, on a small axis', () => {
    // 1-D: input 9, kernel 5, stride 2, padding 1 → output 4.
    const [k, s, p, input, output] = [5, 2, 1, 9, 4];
    const w = [1, 2, 3, 4, 5];
    const dy = [1, -1, 2, 0.5];
    const direct = new Array<number>(input).fill(0);
    for (let i = 0; i < output; i++)
      for (let t = 0; t < k; t++) {
        const y = s * i - p + t;
        if (y >= 0 && y < input) direct[y] = (direct[y] ?? 0) + (dy[i] ?? 0) * (w[t] ?? 0);
      }
    const viaPhases = new Array<number>(input).fill(NaN);
    for (const ph of phases(k, s, p, input, output)) {
      const padded = [...new Array<number>(ph.padBefore).fill(0), ...dy, ...new Array<number>(ph.padAfter).fill(0)];
      for (let q = ph.first; q <= ph.last; q++) {
        let v = 0;
        ph.taps.forEach((t, j) => (v += (padded[q + j] ?? 0) * (w[t] ?? 0)));
        viaPhases[phasePixel(ph, q, s, p)] = v;
      }
    }
    expect(viaPhases).toEqual(direct);
  });
});
