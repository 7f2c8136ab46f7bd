/**
 * The engine's unpooling (the backward pass of switchedMaxPool) puts every value where core's
 * switches say, adding values of windows that share a switch, on cpu and on wasm, for maps
 * with many ties (ReLU'd values, whole windows of zeros), in floor and ceil rounding; and
 * the forward pass is tfjs's max-pool. wasm's own MaxPoolGrad loses tied windows (the reason
 * for switchedMaxPool): the last test keeps that reason on record.
 */
import * as tf from '@tensorflow/tfjs';
import '@tensorflow/tfjs-backend-wasm';
import { describe, expect, it } from 'vitest';
import { poolSwitches, unpool } from '../../../src/core/attribution/switches';
import type { Rounding } from '../../../src/core/spec';
import { switchedMaxPool } from '../../../src/tf/attribution/unpool';
import { randomArray } from '../reference';

/** ReLU'd noise with a block of zeros: ties everywhere a window falls into the block. */
function tiedMap(h: number, c: number): Float32Array {
  const data = randomArray(h * h * c, 11).map((v) => Math.max(0, v));
  for (let y = 0; y < 5; y++) data.fill(0, y * h * c, (y * h + 5) * c);
  return data;
}

async function engineUnpool(data: Float32Array, h: number, c: number, size: number, stride: number, padded: number) {
  const x = tf.tensor4d(data, [1, h, h, c]);
  const pool = switchedMaxPool(size, stride, padded);
  const y = tf.tidy(() => pool(x));
  const dy = tf.tensor(randomArray(y.size, 5), y.shape);
  const back = tf.tidy(() => tf.grad((t: tf.Tensor) => pool(t))(x, dy));
  const out = { y: await y.data(), dy: await dy.data(), back: await back.data(), shape: y.shape };
  tf.dispose([x, y, dy, back]);
  return out;
}

for (const backend of ['cpu', 'wasm'] as const) {
  describe(`unpooling with switches (${backend})`, () => {
    for (const [h, size, stride, rounding] of [
      [13, 3, 2, 'floor'],
      [12, 3, 2, 'ceil'],
      [9, 2, 2, 'floor'],
    ] as const) {
      it(`${h}×${h}, ${size}×${size} windows, stride ${stride}, ${rounding}`, async () => {
        await tf.setBackend(backend);
        await tf.ready();
        const before = tf.memory().numTensors;
        const c = 4;
        const data = tiedMap(h, c);
        const core = poolSwitches({ shape: [h, h, c], data }, size, stride, rounding as Rounding);
        const [oh = 0] = core.output.shape;
        const padded = Math.max(0, (oh - 1) * stride + size - h);
        expect(padded > 0).toBe(rounding === 'ceil');
        const ours = await engineUnpool(data, h, c, size, stride, padded);
        expect(ours.shape).toEqual([1, ...core.output.shape]);
        expect(Array.from(ours.y)).toEqual(Array.from(core.output.data));
        const expected = unpool({ shape: core.output.shape, data: Float32Array.from(ours.dy) }, core.switches, [
          h,
          h,
          c,
        ]);
        // The same cells receive values; where windows overlap, float32 sums in another order.
        expect(Array.from(ours.back, (v) => v !== 0)).toEqual(Array.from(expected.data, (v) => v !== 0));
        const diff = Math.max(...Array.from(ours.back, (v, i) => Math.abs(v - (expected.data[i] ?? NaN))));
        expect(diff).toBeLessThan(1e-6);
        expect(tf.memory().numTensors).toBe(before);
      });
    }
  });
}

describe('why not tfjs’s MaxPoolGrad', () => {
  it('wasm’s loses the value of a window of equal entries; cpu’s keeps it at the first', async () => {
    const sums: Record<string, number> = {};
    for (const backend of ['cpu', 'wasm']) {
      await tf.setBackend(backend);
      const g = tf.tidy(() =>
        tf.grad((t: tf.Tensor) => tf.maxPool(t as tf.Tensor4D, 2, 2, 'valid'))(
          tf.zeros([1, 4, 4, 1]),
          tf.ones([1, 2, 2, 1]),
        ),
      );
      sums[backend] = Array.from(await g.data()).reduce((a, b) => a + b, 0);
      g.dispose();
    }
    expect(sums.cpu).toBe(4);
    // If this starts failing, tfjs has fixed the kernel and unpool.ts could use it again.
    expect(sums.wasm).not.toBe(4);
  });
});
