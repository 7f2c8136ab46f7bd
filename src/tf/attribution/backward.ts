/**
 * Layers whose forward pass is the engine's own (fused ops, XNNPACK on wasm) and whose backward
 * pass is written out, because tfjs's is slow or wrong on the wasm backend:
 * - conv: the gradient with respect to the input is the transposed convolution with the same
 *   filters. wasm's Conv2DBackpropInput is a plain loop (conv2's took 470 ms against 50 ms
 *   forward); for stride 1 the same numbers come from an ordinary convolution of the gradient
 *   with the filters turned 180° and their in/out channels swapped, padded k − 1 − p, which
 *   runs on XNNPACK; larger strides (conv1) as stride² such convolutions, one per phase of the
 *   input (core/attribution/polyphase.ts).
 * - dense: ∂/∂x of x·W is dy·Wᵀ, computed as (W·dyᵀ)ᵀ with no transposed copy of fc6's 37.7 M
 *   weights (40–60 ms for fc6 on wasm, as dy·Wᵀ measured; batches cost per image).
 * - max-pool: unpooling with switches, each value to its window's first maximum and overlapping
 *   windows adding (core/attribution/switches.ts, on the CPU): wasm's MaxPoolGrad loses the
 *   value of windows whose entries are all equal, common after a ReLU.
 * The gradients with respect to weights and biases are never asked for (the weights are not
 * variables), so none is computed. Call inside tf.tidy.
 */
import * as tf from '@tensorflow/tfjs-core';
import { phasePixel, phases } from '../../core/attribution/polyphase';
import { poolSwitches, unpool } from '../../core/attribution/switches';
import type { ConvLayer, MaxPoolLayer } from '../../core/spec';
import type { NativeDense } from '../dense/denseKernel';
import type { LayerParams } from '../model';
import { type TurnedFilters, phaseKernel, turnedKernel } from './filters';

type Args = (tf.Tensor | tf.GradSaveFunc)[];

/**
 * ∂/∂x of a strided conv as stride² stride-1 convolutions, one per (row, column) phase
 * (core/attribution/polyphase.ts), interleaved on the CPU.
 */
function stridedInputGradient(
  dy: tf.Tensor4D,
  w: tf.Tensor4D,
  xShape: tf.Tensor4D['shape'],
  s: number,
  p: number,
  filters: TurnedFilters | undefined,
): tf.Tensor4D {
  const [b, h, wd, c] = xShape;
  const [, oh, ow] = dy.shape;
  const k = w.shape[0];
  const out = new Float32Array(b * h * wd * c);
  for (const ry of phases(k, s, p, h, oh))
    for (const rx of phases(k, s, p, wd, ow)) {
      const nq = ry.last - ry.first + 1;
      const nr = rx.last - rx.first + 1;
      if (nq <= 0 || nr <= 0) continue;
      const part = tf.tidy(() => {
        const kernel = filters ? filters.phase(w, ry.taps, rx.taps) : phaseKernel(w, ry.taps, rx.taps);
        const padded = tf.pad(dy, [
          [0, 0],
          [ry.padBefore, ry.padAfter],
          [rx.padBefore, rx.padAfter],
          [0, 0],
        ]);
        return tf.slice(tf.conv2d(padded, kernel, 1, 'valid'), [0, ry.first, rx.first, 0], [b, nq, nr, c]);
      });
      const v = part.dataSync();
      part.dispose();
      for (let n = 0; n < b; n++)
        for (let i = 0; i < nq; i++) {
          const y = phasePixel(ry, ry.first + i, s, p);
          for (let j = 0; j < nr; j++) {
            const x = phasePixel(rx, rx.first + j, s, p);
            const from = ((n * nq + i) * nr + j) * c;
            out.set(v.subarray(from, from + c), ((n * h + y) * wd + x) * c);
          }
        }
    }
  return tf.tensor4d(out, xShape);
}

/** ∂/∂x of a conv with filter w [k, k, in, out], for input shape `xShape`. */
function convInputGradient(
  dy: tf.Tensor4D,
  w: tf.Tensor4D,
  xShape: tf.Tensor4D['shape'],
  stride: number,
  pad: number,
  filters: TurnedFilters | undefined,
) {
  const k = w.shape[0];
  if (pad > k - 1) return tf.conv2dTranspose(dy, w, xShape, stride, pad);
  if (stride > 1) return stridedInputGradient(dy, w, xShape, stride, pad, filters);
  const turned = filters ? filters.get(w) : turnedKernel(w);
  return tf.conv2d(dy, turned, 1, k - 1 - pad);
}

function convGroup(
  layer: ConvLayer,
  w: tf.Tensor4D,
  b: tf.Tensor1D,
  filters: TurnedFilters | undefined,
): (x: tf.Tensor) => tf.Tensor {
  return tf.customGrad((...args: Args) => {
    const x = args[0] as tf.Tensor4D;
    const value = tf.fused.conv2d({ x, filter: w, strides: layer.stride, pad: layer.padding, bias: b });
    return {
      value,
      gradFunc: (dy: tf.Tensor) =>
        convInputGradient(dy as tf.Tensor4D, w, x.shape, layer.stride, layer.padding, filters),
    };
  });
}

/** A conv layer (grouped: one custom op per group, split and joined as model.ts does). */
export function convLayer(
  layer: ConvLayer,
  p: Extract<LayerParams, { kind: 'conv' }>,
  filters?: TurnedFilters,
): (x: tf.Tensor) => tf.Tensor {
  const ops = p.kernels.map((w, g) => convGroup(layer, w, p.biases[g] ?? tf.zeros([w.shape[3]]), filters));
  return (x) => {
    if (ops.length === 1) return (ops[0] as (t: tf.Tensor) => tf.Tensor)(x);
    const parts = tf.split(x as tf.Tensor4D, ops.length, 3);
    return tf.concat(
      parts.map((part, g) => (ops[g] as (t: tf.Tensor) => tf.Tensor)(part)),
      3,
    );
  };
}

/** A dense layer: fused forward, dy·Wᵀ back. */
export function denseLayer(p: Extract<LayerParams, { kind: 'dense' }>): (x: tf.Tensor) => tf.Tensor {
  return tf.customGrad((...args: Args) => {
    const x = args[0] as tf.Tensor2D;
    return {
      value: tf.fused.matMul({ a: x, b: p.kernel, bias: p.bias }),
      gradFunc: (dy: tf.Tensor) => tf.transpose(tf.matMul(p.kernel, dy as tf.Tensor2D, false, true)),
    };
  });
}

/**
 * A dense layer the wasm engine runs in its own kernel (dense/denseKernel.ts: its weights are
 * no tfjs tensor, so tfjs has no gradient for it): each row of the batch through the kernel,
 * and dy·Wᵀ on the way back in plain loops over the weights it holds (fc6: 37.7 M
 * multiply-adds per row, tens of milliseconds), with no second copy of them.
 */
export function nativeDenseLayer(layer: NativeDense): (x: tf.Tensor) => tf.Tensor {
  return tf.customGrad((...args: Args) => {
    const x = args[0] as tf.Tensor2D;
    const [rows = 1, n = layer.nIn] = x.shape;
    const u = layer.units;
    const xs = x.dataSync();
    const out = new Float32Array(rows * u);
    for (let r = 0; r < rows; r++) out.set(layer.forward(xs.subarray(r * n, (r + 1) * n)), r * u);
    return {
      value: tf.tensor2d(out, [rows, u]),
      gradFunc: (dy: tf.Tensor) => {
        const d = dy.dataSync();
        const w = layer.weights;
        const dx = new Float32Array(rows * n);
        for (let r = 0; r < rows; r++) {
          const dr = r * u;
          for (let i = 0; i < n; i++) {
            const wi = i * u;
            let s = 0;
            for (let j = 0; j < u; j++) s += (w[wi + j] as number) * (d[dr + j] as number);
            dx[r * n + i] = s;
          }
        }
        return tf.tensor2d(dx, [rows, n]);
      },
    };
  });
}

/** Max-pooling as model.ts does it (ceil rounding: −∞ padding), unpooling with core's switches on the way back. */
export function maxPoolLayer(layer: MaxPoolLayer, padded: number): (x: tf.Tensor) => tf.Tensor {
  return tf.customGrad((...args: Args) => {
    const x = args[0] as tf.Tensor4D;
    (args[1] as tf.GradSaveFunc)([x]); // kept for the backward pass (tf.grad frees the forward's tensors)
    const pads: [number, number][] = [
      [0, 0],
      [0, padded],
      [0, padded],
      [0, 0],
    ];
    const value = tf.maxPool(padded > 0 ? tf.pad(x, pads, -Infinity) : x, layer.size, layer.stride, 'valid');
    return {
      value,
      gradFunc: (dy: tf.Tensor, saved: tf.Tensor[]) => {
        const [b, h, w, c] = x.shape;
        const xs = (saved[0] ?? x).dataSync();
        const dys = dy.dataSync();
        const one = h * w * c;
        const per = dys.length / b;
        const out = new Float32Array(b * one);
        for (let i = 0; i < b; i++) {
          const input = { shape: [h, w, c], data: xs.subarray(i * one, (i + 1) * one) as Float32Array };
          const { output, switches } = poolSwitches(input, layer.size, layer.stride, layer.rounding);
          const back = unpool(
            { shape: output.shape, data: dys.subarray(i * per, (i + 1) * per) as Float32Array },
            switches,
            [h, w, c],
          );
          out.set(back.data, i * one);
        }
        return tf.tensor4d(out, x.shape);
      },
    };
  });
}
