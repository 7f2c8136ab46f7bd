/**
 * The lab's seeded batches: an epoch visits every image once, the same seed repeats a run
 * exactly, and the crops, flips and dropout masks do what the paper's tricks do.
 */
import { describe, expect, it } from 'vitest';
import {
  batchIndices,
  cropPad,
  dropoutMask,
  evalBatch,
  makeBatch,
  normalizePixel,
  stepsPerEpoch,
} from '../../../src/core/lab/batches';
import type { FashionSplit } from '../../../src/core/lab/fashion';
import { LabRandom, permutation } from '../../../src/core/lab/random';

/** A split of `count` 4×4 images; image i's pixel p is (i·16 + p) mod 256, label i mod 10. */
function tiny(count: number, side = 4): FashionSplit {
  const n = side * side;
  return {
    count,
    rows: side,
    cols: side,
    labels: Uint8Array.from({ length: count }, (_, i) => i % 10),
    pixels: Uint8Array.from({ length: count * n }, (_, j) => j % 256),
  };
}

describe('seeded randomness', () => {
  it('repeats for the same seed and stream, and differs otherwise', () => {
    const draw = (seed: number, stream: string, index: number) => {
      const r = new LabRandom(seed, stream, index);
      return [r.u32(), r.u32(), r.u32()];
    };
    expect(draw(1, 'order', 0)).toEqual(draw(1, 'order', 0));
    expect(draw(1, 'order', 0)).not.toEqual(draw(2, 'order', 0));
    expect(draw(1, 'order', 0)).not.toEqual(draw(1, 'order', 1));
    expect(draw(1, 'order', 0)).not.toEqual(draw(1, 'augment', 0));
    const r = new LabRandom(7, 'x');
    const values = Array.from({ length: 10_000 }, () => r.next());
    expect(Math.min(...values)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...values)).toBeLessThan(1);
    expect(values.reduce((a, b) => a + b, 0) / values.length).toBeCloseTo(0.5, 1);
  });

  it('shuffles each epoch into a permutation', () => {
    const p = permutation(1000, 3, 'order', 0);
    expect([...p].sort((a, b) => a - b)).toEqual(Array.from({ length: 1000 }, (_, i) => i));
    expect([...p]).not.toEqual([...permutation(1000, 3, 'order', 1)]);
  });
});

describe('batches', () => {
  it('visit every image once per epoch (the last partial batch left out)', () => {
    expect(stepsPerEpoch(8000, 128)).toBe(62);
    const seen = new Set<number>();
    for (let s = 0; s < stepsPerEpoch(100, 32); s++) for (const i of batchIndices(100, 32, 9, s)) seen.add(i);
    expect(seen.size).toBe(96);
    // Step 3 is the first of the second epoch: a new order.
    expect([...batchIndices(100, 32, 9, 3)]).not.toEqual([...batchIndices(100, 32, 9, 0)]);
    expect([...batchIndices(100, 32, 9, 4)]).toEqual([...batchIndices(100, 32, 9, 4)]);
  });

  it('normalises with Fashion-MNIST’s mean and std, labels kept', () => {
    expect(normalizePixel(0)).toBeCloseTo(-0.286 / 0.353, 6);
    expect(normalizePixel(255)).toBeCloseTo((1 - 0.286) / 0.353, 6);
    const b = evalBatch(tiny(5), 3, 10);
    expect(b.count).toBe(2);
    expect([...b.labels]).toEqual([3, 4]);
    expect(b.images[0]).toBeCloseTo(normalizePixel(48), 6);
  });

  it('augments by a shift of up to 2 pixels with background fill, and a mirror image', () => {
    const side = 8;
    const split = tiny(1, side);
    const src = (x: number, y: number) => split.pixels[y * side + x] ?? -1;
    const shifts = new Set<string>();
    let flips = 0;
    for (let step = 0; step < 200; step++) {
      const b = makeBatch(split, [0], { augment: true, seed: 4, step });
      // Find the (dx, dy, flip) that explains the output.
      let found: string | undefined;
      for (const flip of [false, true]) {
        for (let dy = -cropPad; dy <= cropPad; dy++) {
          for (let dx = -cropPad; dx <= cropPad; dx++) {
            const ok = Array.from({ length: side * side }, (_, p) => {
              const x = p % side;
              const y = Math.floor(p / side);
              const sx = (flip ? side - 1 - x : x) + dx;
              const sy = y + dy;
              const v = sx >= 0 && sx < side && sy >= 0 && sy < side ? src(sx, sy) : 0;
              return Math.abs((b.images[p] ?? NaN) - normalizePixel(v)) < 1e-6;
            }).every(Boolean);
            if (ok) found ??= `${dx},${dy},${flip}`;
          }
        }
      }
      expect(found, `step ${step}`).toBeDefined();
      shifts.add(found?.split(',').slice(0, 2).join(',') ?? '');
      if (found?.endsWith('true')) flips += 1;
    }
    expect(shifts.size).toBe(25); // every shift in −2…2 × −2…2 occurs
    expect(flips).toBeGreaterThan(70);
    expect(flips).toBeLessThan(130);
    // Without augmentation, the image as it is.
    const plain = makeBatch(split, [0]);
    expect(plain.images[9]).toBeCloseTo(normalizePixel(src(1, 1)), 6);
  });

  it('drops out values at the rate and scales the rest by 1/(1 − rate)', () => {
    const m = dropoutMask(100, 256, 0.5, 2, 'drop3', 0);
    const zeros = m.filter((v) => v === 0).length;
    expect(new Set(m)).toEqual(new Set([0, 2]));
    expect(zeros / m.length).toBeCloseTo(0.5, 1);
    expect([...dropoutMask(4, 8, 0.25, 2, 'drop3', 0)].every((v) => v === 0 || Math.abs(v - 4 / 3) < 1e-6)).toBe(true);
    expect([...m]).toEqual([...dropoutMask(100, 256, 0.5, 2, 'drop3', 0)]);
    expect([...m]).not.toEqual([...dropoutMask(100, 256, 0.5, 2, 'drop4', 0)]);
  });
});
