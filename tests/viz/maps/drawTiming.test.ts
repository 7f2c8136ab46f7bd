/**
 * The performance goal: stepping to a layer whose activations are ready draws its whole grid
 * in ≤ 100 ms. Here we time the pure part (stats, sort, layout, RGBA fill) in Node; the
 * browser adds one putImageData (measured in the e2e harness).
 */
import { describe, expect, it } from 'vitest';
import { colormapLut } from '../../../src/viz/maps/colormap';
import { featureGridModel, fillFeatureGridModel } from '../../../src/viz/maps/featureGrid';

function randomMaps(h: number, w: number, c: number) {
  const data = new Float32Array(h * w * c);
  let s = 12345;
  for (let i = 0; i < data.length; i++) {
    s = (s * 1103515245 + 12345) >>> 0;
    data[i] = Math.max(0, (s / 2 ** 32) * 4 - 1.5); // ReLU-like: about a third zeros
  }
  return { shape: [h, w, c], data };
}

function time(h: number, w: number, c: number): number {
  const maps = randomMaps(h, w, c);
  const lut = colormapLut('viridis');
  const run = () => {
    const t0 = performance.now();
    const model = featureGridModel(maps, 'max', 'layer');
    if (!model) throw new Error('model');
    const out = new Uint8ClampedArray(model.layout.width * model.layout.height * 4);
    fillFeatureGridModel(out, maps, model, lut);
    return performance.now() - t0;
  };
  run(); // first call includes JIT warm-up
  const times = Array.from({ length: 5 }, run).sort((a, b) => a - b);
  return times[2] ?? Infinity;
}

describe('feature-grid draw time (stats + sort + layout + fill)', () => {
  it('conv1: 96 maps of 55×55 in well under 100 ms', () => {
    const ms = time(55, 55, 96);
    console.log(`conv1 [55,55,96]: ${ms.toFixed(2)} ms (median of 5)`);
    expect(ms).toBeLessThan(100);
  });
  it('conv3: 384 maps of 13×13 in well under 100 ms', () => {
    const ms = time(13, 13, 384);
    console.log(`conv3 [13,13,384]: ${ms.toFixed(2)} ms (median of 5)`);
    expect(ms).toBeLessThan(100);
  });
});
