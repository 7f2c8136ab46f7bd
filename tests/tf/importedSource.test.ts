/**
 * Real biases reach the network (grouped conv: one slice per group), and imported weights are
 * never taken for cached He-normal ones (BuildOptions.sourceKey).
 */
import { beforeAll, describe, expect, test } from 'vitest';
import { conv, dense, flatten } from '../../src/core/layers';
import { Engine } from '../../src/tf/engine';
import { importedSource } from './importedSource';
import { weightSpecs } from '../../src/tf/weights';
import { specOf, useCpu } from './helpers';

beforeAll(useCpu);

// 1×1 grouped conv on a 1×1×2 input, then a dense layer: small enough to work out by hand.
const spec = specOf(1, 2, [conv('conv1', 2, 1, 1, 0, 2), flatten(), dense('fc2', 1)]);
const input = { shape: [1, 1, 2], data: new Float32Array([3, 5]) };

describe('imported layers in the engine', () => {
  test('weights and biases are used as given; each group gets its own biases', async () => {
    const engine = new Engine();
    // conv1 [1, 1, 1, 2]: filter 0 sees channel 0 (×2, +10), filter 1 sees channel 1 (×−1, +20).
    const layers = [
      { layerId: 'conv1', weights: new Float32Array([2, -1]), bias: new Float32Array([10, 20]) },
      { layerId: 'fc2', weights: new Float32Array([1, 0.5]), bias: new Float32Array([-4]) },
    ];
    await engine.build(spec, 7, { source: importedSource(layers), sourceKey: 'file-a' });
    const out = new Map((await engine.forward(input)).activations);
    expect([...(out.get('conv1')?.data ?? [])]).toEqual([16, 15]);
    expect([...(out.get('fc2')?.data ?? [])]).toEqual([16 + 7.5 - 4]);
    // Back to He-normal weights with the same seed: nothing imported is reused.
    expect(engine.needs(spec, 7).map((w) => w.layerId)).toEqual(['conv1', 'fc2']);
    await engine.build(spec, 7);
    expect(engine.needs(spec, 7, 'file-a').map((w) => w.layerId)).toEqual(['conv1', 'fc2']);
    const he = new Map((await engine.forward(input)).activations);
    expect([...(he.get('conv1')?.data ?? [])]).not.toEqual([16, 15]);
    engine.dispose();
  });

  test('preview: the layers up to the first one not given, with the given weights; the built network untouched', async () => {
    const engine = new Engine();
    await engine.build(spec, 7);
    const before = new Map((await engine.forward(input)).activations);
    const tensors = engine.memory().numTensors;
    const conv1 = { weights: new Float32Array([2, -1]), bias: new Float32Array([10, 20]) };
    const out = await engine.preview(spec, new Map([['conv1', conv1]]), input);
    // input, conv1 (3·2 + 10, 5·−1 + 20), flatten: fc2 has no weights given, so it stops there.
    expect(out.map(([id]) => id)).toEqual(['input', 'conv1', 'flatten']);
    expect([...(out[1]?.[1].data ?? [])]).toEqual([16, 15]);
    expect(engine.memory().numTensors).toBe(tensors); // the preview's tensors are freed
    const after = new Map((await engine.forward(input)).activations);
    expect(after.get('fc2')?.data).toEqual(before.get('fc2')?.data);
    engine.dispose();
  });

  test('a layer of the wrong size is refused before upload', () => {
    const w = weightSpecs(spec)[0];
    if (!w) throw new Error('no conv1');
    const source = importedSource([{ layerId: 'conv1', weights: new Float32Array(3), bias: new Float32Array(2) }]);
    expect(() => source(w, 0)).toThrow(/imported conv1: 3 weights and 2 biases, expected 2 and 2/);
  });
});
