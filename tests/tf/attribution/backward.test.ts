/**
 * The written-out backward passes (src/tf/attribution/backward.ts), on cpu and on wasm:
 * - max-pooling unpools to core's switches (first maximum, overlapping windows adding), for
 *   maps full of ties (ReLU'd values, whole windows of zeros), floor and ceil rounding, batches;
 * - a conv layer's input gradient equals tfjs's own transposed convolution (the stride-1 path
 *   is a convolution with the turned filters), grouped or not, stride 1 and 4;
 * - a dense layer's input gradient is dy·Wᵀ, worked out here in plain loops;
 * and the forward values are the engine's (model.ts applyLayer). No tensor is left behind.
 * wasm's own MaxPoolGrad loses tied windows (the reason for the CPU unpooling): the last test
 * keeps that reason on record.
 */
import * as tf from '@tensorflow/tfjs';
import '@tensorflow/tfjs-backend-wasm';
import { describe, expect, it } from 'vitest';
import { poolSwitches, unpool } from '../../../src/core/attribution/switches';
import { conv, dense, maxpool } from '../../../src/core/layers';
import type { Rounding } from '../../../src/core/spec';
import { convLayer, denseLayer, maxPoolLayer } from '../../../src/tf/attribution/backward';
import { applyLayer, uploadWeights } from '../../../src/tf/model';
import { randomArray } from '../reference';

/** ReLU'd noise with a block of zeros: ties everywhere a window falls into the block. */
function tiedMap(n: number, h: number, c: number): Float32Array {
  const data = randomArray(n * h * h * c, 11).map((v) => Math.max(0, v));
  for (let y = 0; y < 5; y++) data.fill(0, y * h * c, (y * h + 5) * c);
  return data;
}

function maxDiff(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let d = a.length === b.length ? 0 : Infinity;
  for (let i = 0; i < a.length; i++) d = Math.max(d, Math.abs((a[i] ?? NaN) - (b[i] ?? NaN)));
  return d;
}

/** Forward value and input gradient of `op` at x for upstream dy (both read back, everything freed). */
async function valueAndBack(op: (t: tf.Tensor) => tf.Tensor, x: tf.Tensor, dyOf: (y: tf.Tensor) => tf.Tensor) {
  const y = tf.tidy(() => op(x));
  const dy = dyOf(y);
  const back = tf.tidy(() => tf.grad((t: tf.Tensor) => op(t))(x, dy));
  const out = { y: await y.data(), dy: await dy.data(), back: await back.data(), shape: y.shape };
  tf.dispose([y, dy, back]);
  return out;
}

for (const backend of ['cpu', 'wasm'] as const) {
  describe(`backward passes (${backend})`, () => {
    for (const [h, size, stride, rounding] of [
      [13, 3, 2, 'floor'],
      [12, 3, 2, 'ceil'],
      [9, 2, 2, 'floor'],
    ] as const) {
      it(`unpools to core's switches: ${h}×${h}, ${size}×${size} windows, stride ${stride}, ${rounding}, batch 2`, async () => {
        await tf.setBackend(backend);
        const before = tf.memory().numTensors;
        const c = 4;
        const data = tiedMap(2, h, c);
        const one = h * h * c;
        const layer = maxpool('pool', size, stride, rounding as Rounding);
        const oh =
          poolSwitches({ shape: [h, h, c], data: data.subarray(0, one) }, size, stride, layer.rounding).output
            .shape[0] ?? 0;
        const padded = Math.max(0, (oh - 1) * stride + size - h);
        const x = tf.tensor4d(data, [2, h, h, c]);
        const ours = await valueAndBack(maxPoolLayer(layer, padded), x, (y) =>
          tf.tensor(randomArray(y.size, 5), y.shape),
        );
        const engine = tf.tidy(() => applyLayer(layer, x, undefined, padded));
        expect(Array.from(ours.y)).toEqual(Array.from(await engine.data()));
        tf.dispose([x, engine]);
        for (let b = 0; b < 2; b++) {
          const core = poolSwitches(
            { shape: [h, h, c], data: data.subarray(b * one, (b + 1) * one) },
            size,
            stride,
            layer.rounding,
          );
          const per = ours.dy.length / 2;
          const dy = { shape: core.output.shape, data: Float32Array.from(ours.dy.subarray(b * per, (b + 1) * per)) };
          const expected = unpool(dy, core.switches, [h, h, c]);
          expect(Array.from(ours.back.subarray(b * one, (b + 1) * one))).toEqual(Array.from(expected.data));
        }
        expect(tf.memory().numTensors).toBe(before);
      });
    }

    for (const [name, spec, input] of [
      ['3×3, pad 1, stride 1', conv('c', 6, 3, 1, 1), [9, 5]],
      ['5×5, pad 2, stride 1, 2 groups', conv('c', 8, 5, 1, 2, 2), [11, 4]],
      ['11×11, pad 2, stride 4', conv('c', 4, 11, 4, 2), [35, 3]],
      ['11×11, pad 2, stride 4, 224 input', conv('c', 4, 11, 4, 2), [224, 3]],
      ['7×7, pad 1, stride 2 (ZFNet conv1)', conv('c', 5, 7, 2, 1), [23, 3]],
      ['5×5, pad 0, stride 2, 2 groups', conv('c', 4, 5, 2, 0, 2), [16, 4]],
    ] as const) {
      it(`conv ${name}: the input gradient is the transposed convolution`, async () => {
        await tf.setBackend(backend);
        const before = tf.memory().numTensors;
        const [side, depth] = input;
        const w = {
          layerId: 'c',
          kind: 'conv',
          groups: spec.groups,
          fanIn: 1,
          std: 1,
          biases: spec.filters,
          count: 0,
        } as const;
        const shape = [spec.kernel, spec.kernel, depth / spec.groups, spec.filters];
        const params = uploadWeights(
          { ...w, shape, count: shape.reduce((a, b) => a * b, 1) },
          randomArray(
            shape.reduce((a, b) => a * b, 1),
            3,
          ),
          randomArray(spec.filters, 4),
        );
        if (params.kind !== 'conv') throw new Error('not conv');
        const x = tf.tensor4d(randomArray(side * side * depth, 6), [1, side, side, depth]);
        const ours = await valueAndBack(convLayer(spec, params), x, (y) => tf.tensor(randomArray(y.size, 8), y.shape));
        // tfjs's own gradient of its plain conv ops, as the reference.
        const plain = (t: tf.Tensor) => {
          const parts: tf.Tensor4D[] =
            spec.groups > 1 ? tf.split(t as tf.Tensor4D, spec.groups, 3) : [t as tf.Tensor4D];
          const outs = parts.map((part, g) =>
            tf.add(
              tf.conv2d(part, params.kernels[g] as tf.Tensor4D, spec.stride, spec.padding),
              params.biases[g] as tf.Tensor1D,
            ),
          );
          return outs.length > 1 ? tf.concat(outs, 3) : (outs[0] as tf.Tensor);
        };
        const ref = await valueAndBack(plain, x, () => tf.tensor(ours.dy, ours.shape));
        expect(maxDiff(ours.y, ref.y)).toBeLessThan(1e-4);
        expect(maxDiff(ours.back, ref.back)).toBeLessThan(1e-4);
        tf.dispose([x, ...params.kernels, ...params.biases]);
        expect(tf.memory().numTensors).toBe(before);
      });
    }

    it('dense: the input gradient is dy·Wᵀ', async () => {
      await tf.setBackend(backend);
      const before = tf.memory().numTensors;
      const [n, units] = [7, 5];
      const wv = randomArray(n * units, 9);
      const params = uploadWeights(
        {
          layerId: 'd',
          kind: 'dense',
          shape: [n, units],
          groups: 1,
          fanIn: n,
          std: 1,
          count: n * units,
          biases: units,
        },
        wv,
        randomArray(units, 2),
      );
      if (params.kind !== 'dense') throw new Error('not dense');
      const x = tf.tensor2d(randomArray(2 * n, 4), [2, n]);
      const ours = await valueAndBack(denseLayer(params), x, (y) => tf.tensor(randomArray(y.size, 1), y.shape));
      const expected = new Float32Array(2 * n);
      for (let b = 0; b < 2; b++)
        for (let i = 0; i < n; i++) {
          let s = 0;
          for (let u = 0; u < units; u++) s += (ours.dy[b * units + u] ?? 0) * (wv[i * units + u] ?? 0);
          expected[b * n + i] = s;
        }
      expect(maxDiff(ours.back, expected)).toBeLessThan(1e-5);
      const engine = tf.tidy(() => applyLayer(dense('d', units), x, params, 0));
      expect(maxDiff(ours.y, await engine.data())).toBeLessThan(1e-5);
      tf.dispose([x, engine, params.kernel, params.bias]);
      expect(tf.memory().numTensors).toBe(before);
    });
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
    // If this starts failing, tfjs has fixed the kernel and backward.ts could use it again.
    expect(sums.wasm).not.toBe(4);
  });
});
