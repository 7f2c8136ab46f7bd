import { describe, expect, it } from 'vitest';
import { checkAgainstEngine, convAt, convOutputSize, kernelFilter } from '../../src/core/dotProduct';

/** A plain reference convolution over the whole output, written independently of convAt. */
function naiveConv(
  input: { shape: readonly number[]; data: Float32Array },
  kernel: { shape: readonly number[]; data: Float32Array },
  stride: number,
  padding: number,
): Float64Array {
  const [h = 0, w = 0, c = 0] = input.shape;
  const [k = 0, , , f = 0] = kernel.shape;
  const oh = Math.floor((h + 2 * padding - k) / stride) + 1;
  const ow = Math.floor((w + 2 * padding - k) / stride) + 1;
  const out = new Float64Array(oh * ow * f);
  for (let oy = 0; oy < oh; oy++)
    for (let ox = 0; ox < ow; ox++)
      for (let fi = 0; fi < f; fi++) {
        let s = 0;
        for (let ky = 0; ky < k; ky++)
          for (let kx = 0; kx < k; kx++)
            for (let d = 0; d < c; d++) {
              const iy = oy * stride - padding + ky;
              const ix = ox * stride - padding + kx;
              if (iy < 0 || ix < 0 || iy >= h || ix >= w) continue;
              s += (input.data[(iy * w + ix) * c + d] ?? 0) * (kernel.data[((ky * k + kx) * c + d) * f + fi] ?? 0);
            }
        out[(oy * ow + ox) * f + fi] = s;
      }
  return out;
}

describe('one conv output, worked by hand', () => {
  // Input 2×2×1: [[1, 2], [3, 4]]; kernel 2×2×1×1: [[0.5, −1], [2, 0.25]].
  const input = { shape: [2, 2, 1], data: Float32Array.from([1, 2, 3, 4]) };
  const kernel = { shape: [2, 2, 1, 1], data: Float32Array.from([0.5, -1, 2, 0.25]) };

  it('sums the products, adds the bias, applies ReLU', () => {
    const r = convAt(input, kernel, Float32Array.from([-1]), { stride: 1, padding: 0 }, { channel: 0, x: 0, y: 0 });
    if (!r.ok) throw new Error(r.problem);
    // 1·0.5 + 2·(−1) + 3·2 + 4·0.25 = 0.5 − 2 + 6 + 1 = 5.5
    expect(r.sum).toBe(5.5);
    expect(r.terms).toBe(4);
    expect(r.bias).toBe(-1);
    expect(r.preActivation).toBe(4.5);
    expect(r.relu).toBe(4.5);
    expect(r.absSum).toBe(0.5 + 2 + 6 + 1);
    expect(Array.from(r.patch.data)).toEqual([1, 2, 3, 4]);
    expect(r.paddedCount).toBe(0);
  });
  it('clips a negative sum to 0 in the ReLU', () => {
    const neg = { shape: [2, 2, 1, 1], data: Float32Array.from([-0.5, 1, -2, -0.25]) };
    const r = convAt(input, neg, undefined, { stride: 1, padding: 0 }, { channel: 0, x: 0, y: 0 });
    if (!r.ok) throw new Error(r.problem);
    expect(r.preActivation).toBe(-5.5);
    expect(r.relu).toBe(0);
    expect(r.bias).toBe(0);
  });
  it('reads zeros in the padding and flags those positions', () => {
    // Padding 1: output is (2 + 2 − 2)/1 + 1 = 3 wide; window (0, 0) starts at input (−1, −1).
    expect(convOutputSize(2, 2, { stride: 1, padding: 1 })).toBe(3);
    const r = convAt(input, kernel, undefined, { stride: 1, padding: 1 }, { channel: 0, x: 0, y: 0 });
    if (!r.ok) throw new Error(r.problem);
    expect(r.origin).toEqual({ x: -1, y: -1 });
    expect(Array.from(r.padded)).toEqual([1, 1, 1, 0]);
    expect(r.paddedCount).toBe(3);
    expect(r.sum).toBe(1 * 0.25); // only the bottom-right weight lands on input (0, 0)
  });
});

describe('convAt against a full reference convolution', () => {
  let seed = 7;
  const rand = () => ((seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32) * 2 - 1;
  const input = { shape: [9, 9, 3], data: Float32Array.from({ length: 243 }, rand) };
  const kernel = { shape: [3, 3, 3, 4], data: Float32Array.from({ length: 108 }, rand) };

  it('agrees at every output of a stride-2, padding-1 conv, with per-channel sums that add up', () => {
    const ref = naiveConv(input, kernel, 2, 1);
    const o = convOutputSize(9, 3, { stride: 2, padding: 1 });
    expect(o).toBe(5);
    for (let y = 0; y < o; y++)
      for (let x = 0; x < o; x++)
        for (let ch = 0; ch < 4; ch++) {
          const r = convAt(input, kernel, undefined, { stride: 2, padding: 1 }, { channel: ch, x, y });
          if (!r.ok) throw new Error(r.problem);
          expect(r.sum).toBeCloseTo(ref[(y * o + x) * 4 + ch] ?? NaN, 10);
          expect(r.channelSums.reduce((a, b) => a + b, 0)).toBeCloseTo(r.sum, 12);
        }
  });
  it('extracts one filter as a [k, k, depth] block', () => {
    const f = kernelFilter(kernel, 2);
    expect(f.shape).toEqual([3, 3, 3]);
    expect(f.data[5]).toBe(kernel.data[5 * 4 + 2]);
  });
  it('lets a filter in the second group of a grouped conv read the second half of the channels', () => {
    const x = { shape: [1, 1, 4], data: Float32Array.from([1, 10, 100, 1000]) };
    const k = { shape: [1, 1, 2, 4], data: Float32Array.from([1, 1, 1, 1, 2, 2, 2, 2]) }; // depth 2, 4 filters
    const r = convAt(x, k, undefined, { stride: 1, padding: 0, groups: 2 }, { channel: 3, x: 0, y: 0 });
    if (!r.ok) throw new Error(r.problem);
    expect(r.firstChannel).toBe(2);
    expect(r.sum).toBe(100 * 1 + 1000 * 2);
  });
});

describe('checks', () => {
  const input = { shape: [4, 4, 1], data: new Float32Array(16) };
  const kernel = { shape: [2, 2, 1, 2], data: new Float32Array(8) };
  const g = { stride: 2, padding: 0 };
  it('names the problem instead of throwing', () => {
    expect(
      convAt({ shape: [4, 4], data: new Float32Array(16) }, kernel, undefined, g, { channel: 0, x: 0, y: 0 }),
    ).toEqual({ ok: false, problem: 'input-shape' });
    expect(
      convAt(input, { shape: [2, 3, 1, 2], data: new Float32Array(12) }, undefined, g, { channel: 0, x: 0, y: 0 }),
    ).toEqual({ ok: false, problem: 'kernel-shape' });
    expect(
      convAt(input, { shape: [2, 2, 3, 2], data: new Float32Array(24) }, undefined, g, { channel: 0, x: 0, y: 0 }),
    ).toEqual({ ok: false, problem: 'depth-mismatch' });
    expect(convAt(input, kernel, undefined, g, { channel: 2, x: 0, y: 0 })).toEqual({
      ok: false,
      problem: 'channel-out-of-range',
    });
    expect(convAt(input, kernel, undefined, g, { channel: 0, x: 2, y: 0 })).toEqual({
      ok: false,
      problem: 'pixel-out-of-range',
    });
    expect(convAt(input, kernel, new Float32Array(3), g, { channel: 0, x: 0, y: 0 })).toEqual({
      ok: false,
      problem: 'bias-length',
    });
  });
  it('accepts the engine’s float32 value and rejects a wrong one', () => {
    const x = { shape: [1, 1, 3], data: Float32Array.from([0.1, 0.2, 0.3]) };
    const k = { shape: [1, 1, 3, 1], data: Float32Array.from([0.7, -0.3, 0.9]) };
    const r = convAt(x, k, Float32Array.from([-0.5]), { stride: 1, padding: 0 }, { channel: 0, x: 0, y: 0 });
    if (!r.ok) throw new Error(r.problem);
    const f32 =
      Math.fround(Math.fround(Math.fround(0.1 * 0.7) + Math.fround(0.2 * -0.3)) + Math.fround(0.3 * 0.9)) - 0.5;
    expect(checkAgainstEngine(r, Math.fround(f32), 'conv').ok).toBe(true);
    expect(checkAgainstEngine(r, 0, 'relu').ok).toBe(true); // 0.28 − 0.5 < 0
    expect(checkAgainstEngine(r, r.preActivation + 0.01, 'conv').ok).toBe(false);
  });
});
