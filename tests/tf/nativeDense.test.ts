/**
 * Dense layers in the native kernel (model.ts DenseOn 'native', the wasm engine's default): the
 * same activations as tfjs's own dense layers for the same weights, random or imported; the
 * layers counted in the engine's memory as the two tensors each would be; and a layer made in
 * place (weightPool.ts) adopted without a copy.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { conv, dense, flatten, relu, softmax } from '../../src/core/layers';
import { NativeDense } from '../../src/tf/dense/denseKernel';
import { Engine } from '../../src/tf/engine';
import { uploadWeights } from '../../src/tf/model';
import { generateWeights, weightSpecs } from '../../src/tf/weights';
import { specOf, useCpu } from './helpers';
import { randomArray } from './reference';

beforeAll(useCpu);

const spec = specOf(8, 3, [
  conv('conv1', 4, 3, 1, 0, 1),
  relu('relu1'),
  flatten(),
  dense('fc1', 16),
  relu('relu2'),
  dense('fc2', 8),
  softmax(),
]);
const input = { shape: [8, 8, 3], data: randomArray(8 * 8 * 3, 3, 1) };

async function forward(denseOn: 'native' | 'tfjs', seed: number) {
  const engine = new Engine();
  await engine.build(spec, seed, { denseOn });
  const out = new Map((await engine.forward(input)).activations);
  const memory = engine.memory();
  engine.dispose();
  return { out, memory };
}

describe('native dense layers in the engine', () => {
  it('give tfjs’s activations, and the same memory figures', async () => {
    const a = await forward('native', 11);
    const b = await forward('tfjs', 11);
    for (const id of ['fc1', 'relu2', 'fc2', 'softmax']) {
      const x = a.out.get(id)?.data ?? new Float32Array(0);
      const y = b.out.get(id)?.data ?? new Float32Array(1);
      expect(x.length, id).toBe(y.length);
      const range = Math.max(...y) - Math.min(...y);
      x.forEach((v, i) => expect(Math.abs(v - (y[i] ?? NaN)), id).toBeLessThanOrEqual(1e-5 * range + 1e-7));
    }
    expect(a.memory).toEqual(b.memory);
  });

  it('adopts a layer made in place, and takes imported biases', () => {
    const w = weightSpecs(spec).find((s) => s.layerId === 'fc1');
    if (!w) throw new Error('no fc1');
    const made = new NativeDense(w.shape[0] ?? 0, w.shape[1] ?? 0);
    made.weights.set(generateWeights(w, 3));
    const adopted = uploadWeights(w, made.weights, undefined, 'native');
    expect(adopted.kind === 'native-dense' && adopted.layer).toBe(made);
    const bias = Float32Array.from({ length: 16 }, (_, i) => i);
    const copied = uploadWeights(w, generateWeights(w, 3), bias, 'native');
    expect(copied.kind === 'native-dense' && [...copied.layer.bias]).toEqual([...bias]);
    expect(copied.kind === 'native-dense' && copied.layer).not.toBe(made);
  });
});
