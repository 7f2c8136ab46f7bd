/**
 * The WebAssembly generator is bit-identical to the TypeScript one it replaces, and the weight
 * pool gives the same values as generating layer by layer (Node has no Web Workers, so the pool
 * runs on this thread only; the browser bench runs it with helpers).
 */
import { describe, expect, it } from 'vitest';
import { paper } from '../../src/core/variants';
import { fillNormal, streamState } from '../../src/tf/random';
import { fillNormalFast, moduleBytes } from '../../src/tf/wasmNormal';
import { WeightPool } from '../../src/tf/weightPool';
import { generateWeights, weightSpecs } from '../../src/tf/weights';

describe('WebAssembly normal generator', () => {
  it('is a valid module', () => {
    expect(WebAssembly.validate(moduleBytes())).toBe(true);
  });

  it('writes exactly the values of the TypeScript loop, outer bins included', () => {
    for (const [seed, n, std] of [
      [1, 3_000_000, 0.5],
      [77, 12_345, 1],
      [2 ** 31 + 5, 2_500_000, 0.01], // more than one WebAssembly call (2^20 values each)
    ] as const) {
      const a = new Float32Array(n);
      const b = new Float32Array(n);
      const sa = streamState(seed, 'same', 3);
      const sb = streamState(seed, 'same', 3);
      fillNormal(a, 0, n, std, sa);
      fillNormalFast(b, 0, n, std, sb);
      let differ = 0;
      let outer = 0;
      for (let i = 0; i < n; i++) {
        if (a[i] !== b[i]) differ++;
        if (Math.abs((a[i] ?? 0) / std) > 3.4) outer++;
      }
      expect({ seed, differ }).toEqual({ seed, differ: 0 });
      expect(outer).toBeGreaterThan(0); // the exact-quantile path ran too
      expect(Array.from(sb)).toEqual(Array.from(sa)); // and the stream state advanced alike
    }
  });

  it('honours start/end offsets and the warm-up flag', () => {
    const a = new Float32Array(100);
    const b = new Float32Array(100);
    fillNormal(a, 10, 90, 1, streamState(5, 'k', 0), false);
    fillNormalFast(b, 10, 90, 1, streamState(5, 'k', 0), false);
    expect(Array.from(b)).toEqual(Array.from(a));
    expect(b[5]).toBe(0);
    expect(b[95]).toBe(0);
  });
});

describe('WeightPool', () => {
  it('gives the same weights as generating each layer', async () => {
    const specs = weightSpecs(paper).filter((w) => w.kind === 'conv');
    const pool = new WeightPool(2);
    const made = await pool.generate(specs, 11, async () => false);
    for (const w of specs) {
      const expected = generateWeights(w, 11);
      const got = made?.get(w.layerId);
      expect({ id: w.layerId, same: got !== undefined && got.every((v, i) => v === expected[i]) }).toEqual({
        id: w.layerId,
        same: true,
      });
    }
  });

  it('stops when asked to', async () => {
    const pool = new WeightPool(0);
    let calls = 0;
    const made = await pool.generate(weightSpecs(paper), 11, async () => ++calls >= 3);
    expect(made).toBeUndefined();
    expect(calls).toBe(3);
  });

  it('hands each layer over as soon as it is made, in spec order, with the same values', async () => {
    const specs = weightSpecs(paper).filter((w) => w.kind === 'conv');
    const order: string[] = [];
    const pool = new WeightPool(0);
    const made = pool.layerByLayer(specs, 11, async () => false);
    const got = await Promise.all(
      specs.map((w) =>
        made.layer(w.layerId).then((v) => {
          order.push(w.layerId);
          return v;
        }),
      ),
    );
    expect(order).toEqual(specs.map((w) => w.layerId));
    specs.forEach((w, i) => {
      const expected = generateWeights(w, 11);
      expect({ id: w.layerId, same: got[i]?.every((v, j) => v === expected[j]) }).toEqual({
        id: w.layerId,
        same: true,
      });
    });
    expect(made.stopped()).toBe(false);
  });

  it('says it stopped, and the layers not made come back undefined', async () => {
    const specs = weightSpecs(paper);
    const pool = new WeightPool(0);
    let calls = 0;
    const made = pool.layerByLayer(specs, 11, async () => ++calls >= 3);
    expect(await made.layer('fc8')).toBeUndefined();
    expect(made.stopped()).toBe(true);
  });

  it('makes the dense layers only once the gate opens, into the arrays it is given', async () => {
    const specs = weightSpecs(paper).filter((w) => w.layerId === 'conv1' || w.layerId === 'fc8');
    let open: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (open = resolve));
    const given = new Map<string, Float32Array>();
    const alloc = (w: (typeof specs)[number]) => {
      const a = new Float32Array(w.count);
      given.set(w.layerId, a);
      return a;
    };
    const pool = new WeightPool(0);
    const made = pool.layerByLayer(specs, 11, async () => false, alloc, gate);
    const conv1 = await made.layer('conv1');
    let fc8Done = false;
    const fc8 = made.layer('fc8').then((v) => ((fc8Done = true), v));
    for (let i = 0; i < 20; i++) await new Promise((r) => setImmediate(r)); // let any pending work run
    expect(fc8Done).toBe(false); // gate closed: not even allocated
    expect(given.has('fc8')).toBe(false);
    open();
    const values = await fc8;
    expect(values).toBe(given.get('fc8'));
    expect(conv1).toBe(given.get('conv1'));
    const fc8Spec = specs.find((w) => w.layerId === 'fc8');
    if (!fc8Spec) throw new Error('no fc8');
    const expected = generateWeights(fc8Spec, 11);
    expect(values?.every((v, i) => v === expected[i])).toBe(true);
  });
});
