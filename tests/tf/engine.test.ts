/**
 * The engine owns every tensor: 50 forward passes leave tfjs's tensor count and bytes where
 * they were, rebuilds reuse unchanged layers, and kernels come back in the TensorData layout.
 */
import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { adaptiveAvgPool, conv, dense, dropout, flatten, lrn, maxpool, relu, softmax } from '../../src/core/layers';
import { Engine } from '../../src/tf/engine';
import { specOf, useCpu, weightsOf } from './helpers';
import { randomArray } from './reference';

beforeAll(useCpu);

/** Every layer kind, AlexNet's order, small enough for the CPU backend. */
const mini = specOf(35, 3, [
  conv('conv1', 8, 5, 2, 1),
  relu('relu1'),
  lrn('norm1'),
  maxpool('pool1', 3, 2, 'ceil'),
  conv('conv2', 12, 3, 1, 1, 2),
  relu('relu2'),
  maxpool('pool2', 3, 2),
  adaptiveAvgPool('avgpool', 3),
  flatten(),
  dropout('drop6'),
  dense('fc6', 16),
  relu('relu6'),
  dense('fc8', 10),
  softmax(),
]);
const input = { shape: [35, 35, 3], data: randomArray(35 * 35 * 3, 4) };

describe('Engine', () => {
  it('returns every layer in spec order with core’s shapes', async () => {
    const engine = new Engine();
    await engine.build(mini, 1);
    const { activations } = await engine.forward(input);
    engine.dispose();
    expect(activations.map(([id]) => id)).toEqual(mini.layers.map((l) => l.id));
    const shapes = Object.fromEntries(activations.map(([id, t]) => [id, t.shape]));
    expect(shapes).toMatchObject({
      input: [35, 35, 3],
      conv1: [17, 17, 8],
      pool1: [8, 8, 8],
      avgpool: [3, 3, 12],
      flatten: [108],
      fc8: [10],
      softmax: [10],
    });
    for (const [id, t] of activations)
      expect({ id, n: t.data.length }).toEqual({ id, n: t.shape.reduce((a, b) => a * b, 1) });
    const probs = activations.at(-1)?.[1].data ?? new Float32Array();
    expect(probs.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 5);
  });

  it('leaks no tensor over 50 forward passes, and frees everything on dispose', async () => {
    const before = tf.memory();
    const engine = new Engine();
    await engine.build(mini, 1);
    const built = tf.memory();
    expect(built.numTensors).toBeGreaterThan(before.numTensors);
    for (let i = 0; i < 50; i++) {
      await engine.forward(input, i % 2 === 0 ? 'all' : 'last');
      if (i % 10 === 0) await engine.kernel('conv2');
    }
    const after = tf.memory();
    expect({ numTensors: after.numTensors, numBytes: after.numBytes }).toEqual({
      numTensors: built.numTensors,
      numBytes: built.numBytes,
    });
    expect(engine.memory()).toEqual({ numTensors: built.numTensors, numBytes: built.numBytes });
    engine.dispose();
    const end = tf.memory();
    expect({ numTensors: end.numTensors, numBytes: end.numBytes }).toEqual({
      numTensors: before.numTensors,
      numBytes: before.numBytes,
    });
  });

  it('keeps unchanged layers on a rebuild and frees the rest', async () => {
    const before = tf.memory();
    const engine = new Engine();
    const first = await engine.build(mini, 1);
    expect(first).toMatchObject({ generated: 5, reused: 0 }); // conv1, conv2, avgpool, fc6, fc8
    const wider = { ...mini, layers: mini.layers.map((l) => (l.id === 'fc6' ? dense('fc6', 20) : l)) };
    const second = await engine.build(wider, 1);
    expect(second).toMatchObject({ generated: 2, reused: 3 }); // fc6 changed shape, so fc8's input did too
    const reseeded = await engine.build(wider, 2);
    expect(reseeded).toMatchObject({ generated: 4, reused: 1 }); // only the pooling matrix survives a new seed
    engine.dispose();
    expect(tf.memory().numTensors).toBe(before.numTensors);
  });

  it('hands back conv kernels as [k, k, depth, filters], groups joined', async () => {
    const engine = new Engine();
    await engine.build(mini, 1);
    const k = await engine.kernel('conv2');
    expect(k.shape).toEqual([3, 3, 4, 12]);
    expect(Array.from(k.data)).toEqual(Array.from(weightsOf(mini, 'conv2', 1)));
    await expect(engine.kernel('fc6')).rejects.toThrow(/not a conv/);
    engine.dispose();
  });

  it('runs the layers before the first dense one while the build waits for the dense ones', async () => {
    const engine = new Engine();
    let early: Awaited<ReturnType<Engine['forwardEarly']>>;
    let firstBlock: Awaited<ReturnType<Engine['forwardEarly']>>;
    let builtYet = true;
    await engine.build(mini, 1, {
      beforeDense: async () => {
        builtYet = engine.ready;
        firstBlock = await engine.forwardEarly(input, true);
        early = await engine.forwardEarly(input);
      },
    });
    const { activations } = await engine.forward(input);
    // Outside the hook there is nothing early to run.
    expect(await engine.forwardEarly(input)).toBeUndefined();
    engine.dispose();
    expect(builtYet).toBe(false);
    const firstDense = mini.layers.findIndex((l) => l.kind === 'dense');
    expect(early?.map(([id]) => id)).toEqual(mini.layers.slice(0, firstDense).map((l) => l.id));
    // The first block: conv1 and what follows it, up to the second weighted layer.
    expect(firstBlock?.map(([id]) => id)).toEqual(['input', 'conv1', 'relu1', 'norm1', 'pool1']);
    // The same numbers, bit for bit, as the whole forward's first layers.
    for (const [id, t] of [...(early ?? []), ...(firstBlock ?? [])]) {
      const whole = activations.find(([i]) => i === id)?.[1];
      expect({ id, shape: t.shape }).toEqual({ id, shape: whole?.shape });
      expect(Array.from(t.data)).toEqual(Array.from(whole?.data ?? []));
    }
  });

  it('stops a build at a checkpoint and rejects invalid specs', async () => {
    const before = tf.memory().numTensors;
    const engine = new Engine();
    let calls = 0;
    const stats = await engine.build(mini, 1, { checkpoint: async () => ++calls > 2 });
    expect(stats).toBeUndefined();
    expect(engine.ready).toBe(false);
    await expect(engine.forward(input)).rejects.toThrow(/no network/);
    await expect(engine.build({ ...mini, layers: [...mini.layers, conv('late', 4, 3, 1, 0)] }, 1)).rejects.toThrow(
      /not valid/,
    );
    engine.dispose();
    expect(tf.memory().numTensors).toBe(before);
  });
});
