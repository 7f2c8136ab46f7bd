/**
 * One output map taken apart by input channel (core/ops/decompose.ts) must add back up to the
 * engine's own output map: conv1 of the seed variant, the paper's grouped conv2, and conv5
 * (grouped too), each at its real size, on tfjs's CPU backend with the engine's kernels.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { conv } from '../../src/core/layers';
import { channelMap, decomposeFilter, maxAbsDiff, topParts } from '../../src/core/ops/decompose';
import type { ConvLayer } from '../../src/core/spec';
import { Engine } from '../../src/tf/engine';
import { randomArray } from './reference';
import { specOf, useCpu } from './helpers';

beforeAll(useCpu);

async function check(size: number, channels: number, layer: ConvLayer, filters: number[]) {
  const spec = specOf(size, channels, [layer]);
  const input = { shape: [size, size, channels], data: randomArray(size * size * channels, 3, 1) };
  const engine = new Engine();
  try {
    await engine.build(spec, 11);
    const { activations } = await engine.forward(input);
    const out = new Map(activations).get(layer.id);
    const kernel = await engine.kernel(layer.id);
    if (!out) throw new Error('no output');
    for (const f of filters) {
      const d = decomposeFilter(input, kernel, undefined, layer, f);
      if (!('parts' in d)) throw new Error(d.problem);
      expect(d.parts).toHaveLength(channels / layer.groups);
      // The parts add up to the sum map, exactly (float64 both ways, same order).
      const added = new Float64Array(d.sum.length);
      for (const p of d.parts) p.map.forEach((v, i) => (added[i] = (added[i] ?? 0) + v));
      expect(maxAbsDiff(added, d.sum)).toBeLessThan(1e-9);
      // …and the sum plus the bias is the engine's float32 output map within 1e-4.
      expect(maxAbsDiff(d.output, channelMap(out, f))).toBeLessThan(1e-4);
      expect(Math.max(...d.output.map(Math.abs))).toBeGreaterThan(0.1); // not a map of zeros
      expect(d.outH * d.outW).toBe((out.shape[0] ?? 0) * (out.shape[1] ?? 0));
    }
    return kernel;
  } finally {
    engine.dispose();
  }
}

describe('decomposeFilter against the engine', () => {
  it('conv1 of the seed variant (227×227×3 → 55×55×96)', async () => {
    await check(227, 3, conv('conv1', 96, 11, 4, 0), [0, 95]);
  });

  it('conv2 of the paper variant, grouped: filter 200 reads only channels 48…95', async () => {
    const layer = conv('conv2', 256, 5, 1, 2, 2);
    await check(27, 96, layer, [3, 200]);
    const input = { shape: [27, 27, 96], data: randomArray(27 * 27 * 96, 3, 1) };
    const kernel = { shape: [5, 5, 48, 256], data: randomArray(5 * 5 * 48 * 256, 5, 0.1) };
    const d = decomposeFilter(input, kernel, undefined, layer, 200);
    if (!('parts' in d)) throw new Error(d.problem);
    expect([d.group, d.firstChannel, d.parts[0]?.channel, d.parts.at(-1)?.channel]).toEqual([1, 48, 48, 95]);
  });

  it('conv5 of the paper variant (13×13×384 → 13×13×256, groups 2)', async () => {
    await check(13, 384, conv('conv5', 256, 3, 1, 1, 2), [0, 255]);
  });

  it('ranks the parts by how much they move the output', () => {
    const parts = [1, 5, 3].map((w, channel) => ({ channel, map: new Float64Array(1), weight: w }));
    expect(topParts(parts, 2).map((p) => p.channel)).toEqual([1, 2]);
  });

  it('refuses shapes that do not fit', () => {
    const input = { shape: [5, 5, 2], data: new Float32Array(50) };
    const kernel = { shape: [3, 3, 3, 4], data: new Float32Array(108) };
    expect(decomposeFilter(input, kernel, undefined, { stride: 1, padding: 0 }, 0)).toEqual({
      ok: false,
      problem: 'depth-mismatch',
    });
  });
});
