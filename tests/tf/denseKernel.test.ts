/**
 * The hand-assembled dense kernel (src/tf/dense/denseKernel.ts) against the plain definition
 * y = x·W + b: the same numbers (to float32 rounding of a different order of additions), zero
 * inputs skipped without changing anything, widths that are not a multiple of 8 refused.
 */
import { describe, expect, it } from 'vitest';
import { NativeDense, denseFits, denseSupported } from '../../src/tf/dense/denseKernel';
import { fillNormal, streamState } from '../../src/tf/random';

function reference(x: Float32Array, w: Float32Array, b: Float32Array, units: number): Float64Array {
  const y = Float64Array.from(b);
  for (let i = 0; i < x.length; i++)
    for (let j = 0; j < units; j++) y[j] = (y[j] ?? 0) + (x[i] ?? 0) * (w[i * units + j] ?? 0);
  return y;
}

const normal = (n: number, key: string) => {
  const out = new Float32Array(n);
  fillNormal(out, 0, n, 1, streamState(7, key, 0));
  return out;
};

describe('native dense kernel', () => {
  it('computes x·W + b, with zero inputs skipped', () => {
    expect(denseSupported()).toBe(true);
    const [nIn, units] = [257, 40];
    const layer = new NativeDense(nIn, units);
    layer.weights.set(normal(nIn * units, 'w'));
    layer.bias.set(normal(units, 'b'));
    const x = normal(nIn, 'x').map((v) => Math.max(0, v)); // after a ReLU: about half are zero
    const y = layer.forward(x);
    const ref = reference(x, layer.weights, layer.bias, units);
    expect(y).toHaveLength(units);
    for (let j = 0; j < units; j++) expect(Math.abs((y[j] ?? 0) - (ref[j] ?? 0))).toBeLessThan(1e-4);
    // Run again with other inputs: nothing of the last run stays behind.
    const x2 = normal(nIn, 'x2');
    const y2 = layer.forward(x2);
    const ref2 = reference(x2, layer.weights, layer.bias, units);
    for (let j = 0; j < units; j++) expect(Math.abs((y2[j] ?? 0) - (ref2[j] ?? 0))).toBeLessThan(1e-4);
    expect(layer.bytes).toBe((nIn * units + units) * 4);
  });

  it('all-zero input gives the biases; a wrong input length throws', () => {
    const layer = new NativeDense(8, 8);
    layer.weights.fill(3);
    layer.bias.set([1, 2, 3, 4, 5, 6, 7, 8]);
    expect([...layer.forward(new Float32Array(8))]).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(() => layer.forward(new Float32Array(7))).toThrow(/7 inputs, expected 8/);
  });

  it('takes only widths of a multiple of 8', () => {
    expect(denseFits(4096)).toBe(true);
    expect(denseFits(1000)).toBe(true);
    expect(denseFits(10)).toBe(false);
    expect(denseFits(12)).toBe(false);
    expect(() => new NativeDense(3, 10)).toThrow(/10 units/);
  });
});
