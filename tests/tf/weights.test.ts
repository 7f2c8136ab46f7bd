/** The pure weight generator: He-normal statistics, determinism, and per-layer independence. */
import { describe, expect, it } from 'vitest';
import { conv } from '../../src/core/layers';
import { paper, seed as seedVariant, torchvision } from '../../src/core/variants';
import { fillNormal, normalFromBits, normalQuantile, streamState } from '../../src/tf/random';
import { chunkSize, fillWeights, generateWeights, weightSpecs } from '../../src/tf/weights';

/** Element-wise equality without vitest's deep equality, which is slow on millions of values. */
function same(a: Float32Array, b: Float32Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

describe('normal quantile', () => {
  it('matches tabulated values of Φ⁻¹', () => {
    // From standard tables (Abramowitz & Stegun 26.2), to 9 significant digits.
    expect(normalQuantile(0.5)).toBeCloseTo(0, 12);
    expect(normalQuantile(0.975)).toBeCloseTo(1.959963985, 8);
    expect(normalQuantile(0.84134474607)).toBeCloseTo(1, 8);
    expect(normalQuantile(0.001)).toBeCloseTo(-3.090232306, 8);
    expect(normalQuantile(1e-6)).toBeCloseTo(-4.753424309, 7);
  });
  it('the table lookup stays within 5e-5 σ of Φ⁻¹((u + ½)/2³²) for any 32-bit draw', () => {
    let worst = 0;
    const probe = (u: number) => {
      const exact = normalQuantile(((u >>> 0) + 0.5) / 2 ** 32);
      worst = Math.max(worst, Math.abs(normalFromBits(u) - exact));
    };
    for (let hi = 0; hi < 65536; hi += 1) {
      probe(((hi << 16) | 0x8000) >>> 0); // middle of every bin
      probe(((hi << 16) | 0x0001) >>> 0); // and near both ends
      probe(((hi << 16) | 0xfffe) >>> 0);
    }
    expect(worst).toBeLessThan(5e-5);
  });
});

describe('fillNormal (sfc32 + inverse-CDF table)', () => {
  it('reproduces an independent sfc32 mapped through Φ⁻¹', () => {
    // sfc32 as published by its author, written out separately from src/tf/random.ts.
    const s = Uint32Array.from(streamState(5, 'check', 0));
    const next = () => {
      const t = (((s[0] ?? 0) + (s[1] ?? 0)) >>> 0) + (s[3] ?? 0);
      s[3] = (s[3] ?? 0) + 1;
      s[0] = (s[1] ?? 0) ^ ((s[1] ?? 0) >>> 9);
      s[1] = (s[2] ?? 0) + ((s[2] ?? 0) << 3);
      s[2] = ((((s[2] ?? 0) << 21) | ((s[2] ?? 0) >>> 11)) >>> 0) + t;
      return t >>> 0;
    };
    for (let i = 0; i < 12; i++) next();
    const out = new Float32Array(2000);
    fillNormal(out, 0, out.length, 0.5, streamState(5, 'check', 0));
    for (let i = 0; i < out.length; i++) {
      const expected = 0.5 * normalQuantile((next() + 0.5) / 2 ** 32);
      expect(Math.abs((out[i] ?? NaN) - expected)).toBeLessThan(1e-4);
    }
  });

  it('has the moments and tails of N(0, 1)', () => {
    const n = 1 << 21;
    const x = new Float32Array(n);
    for (let c = 0; c < n / chunkSize; c++)
      fillNormal(x, c * chunkSize, (c + 1) * chunkSize, 1, streamState(42, 'stats', c));
    let s1 = 0;
    let s2 = 0;
    let s4 = 0;
    let beyond196 = 0;
    let beyond3 = 0;
    for (const v of x) {
      s1 += v;
      s2 += v * v;
      s4 += v ** 4;
      if (Math.abs(v) > 1.959964) beyond196++;
      if (Math.abs(v) > 3) beyond3++;
    }
    // Tolerances are about 4 standard errors for 2M samples.
    expect(Math.abs(s1 / n)).toBeLessThan(0.003);
    expect(Math.abs(s2 / n - 1)).toBeLessThan(0.004);
    expect(Math.abs(s4 / n - 3)).toBeLessThan(0.03);
    expect(Math.abs(beyond196 / n - 0.05)).toBeLessThan(0.0007);
    expect(Math.abs(beyond3 / n - 0.0027)).toBeLessThan(0.00015);
  });
});

describe('He-normal weights per layer', () => {
  it('lists every conv and dense layer with its fan-in (seed variant)', () => {
    const specs = weightSpecs(seedVariant);
    expect(specs.map((w) => [w.layerId, w.shape, w.fanIn])).toEqual([
      ['conv1', [11, 11, 3, 96], 363],
      ['conv2', [5, 5, 96, 256], 2400],
      ['conv3', [3, 3, 256, 384], 2304],
      ['conv4', [3, 3, 384, 384], 3456],
      ['conv5', [3, 3, 384, 256], 3456],
      ['fc6', [9216, 4096], 9216],
      ['fc7', [4096, 4096], 4096],
      ['fc8', [4096, 1000], 4096],
    ]);
    const total = specs.reduce((a, w) => a + w.count + w.biases, 0);
    expect(total).toBe(62_378_344);
  });

  it('uses the kernel depth of grouped layers (paper conv2: 48) as fan-in', () => {
    const conv2 = weightSpecs(paper).find((w) => w.layerId === 'conv2');
    expect(conv2?.shape).toEqual([5, 5, 48, 256]);
    expect(conv2?.fanIn).toBe(5 * 5 * 48);
    expect(conv2?.groups).toBe(2);
  });

  it('has std √(2/fan_in) and mean 0 (fc7: 16.8 M values)', () => {
    const fc7 = weightSpecs(seedVariant).find((w) => w.layerId === 'fc7');
    if (!fc7) throw new Error('no fc7');
    const v = generateWeights(fc7, 42);
    let s1 = 0;
    let s2 = 0;
    for (const x of v) {
      s1 += x;
      s2 += x * x;
    }
    const n = v.length;
    const std = Math.sqrt(s2 / n - (s1 / n) ** 2);
    expect(Math.abs(s1 / n)).toBeLessThan(1e-4);
    expect(std / Math.sqrt(2 / 4096)).toBeCloseTo(1, 3);
  });

  it('is deterministic for a seed and changes with it', () => {
    const conv1 = weightSpecs(seedVariant)[0];
    if (!conv1) throw new Error('no conv1');
    const a = generateWeights(conv1, 42);
    expect(same(generateWeights(conv1, 42), a)).toBe(true);
    const b = generateWeights(conv1, 43);
    let equal = 0;
    for (let i = 0; i < a.length; i++) if (a[i] === b[i]) equal++;
    expect(equal).toBeLessThan(10);
  });

  it('gives a layer the same weights whatever the other layers are', () => {
    // conv1 and fc7 have the same shapes in the seed and paper variants; conv2 differs.
    for (const id of ['conv1', 'conv3', 'fc7']) {
      const a = weightSpecs(seedVariant).find((w) => w.layerId === id);
      const b = weightSpecs(paper).find((w) => w.layerId === id);
      if (!a || !b) throw new Error(id);
      expect({ id, same: same(generateWeights(b, 42), generateWeights(a, 42)) }).toEqual({ id, same: true });
    }
    // A different id draws different numbers, even with the same shape.
    const x = weightSpecs({
      ...seedVariant,
      layers: [seedVariant.layers[0], conv('convA', 96, 11, 4, 0)].flatMap((l) => (l ? [l] : [])),
    })[0];
    const y = weightSpecs(seedVariant)[0];
    if (!x || !y) throw new Error('specs');
    expect(generateWeights(x, 42)[0]).not.toBe(generateWeights(y, 42)[0]);
  });

  it('gives the same values however the work is split into chunks (for helper threads)', () => {
    const conv3 = weightSpecs(torchvision).find((w) => w.layerId === 'conv3');
    if (!conv3) throw new Error('no conv3');
    const whole = generateWeights(conv3, 9);
    const split = new Float32Array(conv3.count);
    const cut = 5 * chunkSize;
    fillWeights(conv3, 9, split, cut, conv3.count, cut);
    fillWeights(conv3, 9, split, 0, cut, 0);
    expect(same(split, whole)).toBe(true);
    expect(() => fillWeights(conv3, 9, split, 100, 200)).toThrow(RangeError);
  });

  it('refuses a spec that core rejects', () => {
    expect(() => weightSpecs({ ...seedVariant, layers: [] })).toThrow(/not valid/);
  });
});
