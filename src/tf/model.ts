/**
 * A spec turned into tfjs computation: device tensors for the weights, and a forward pass that
 * keeps every layer's output.
 *
 * Why plain ops (tf.conv2d, tf.matMul, …) and our own weight tensors rather than tf.layers:
 * - tf.layers has no grouped convolution, no ceil-mode pooling and no adaptive average pool;
 *   each would be a custom layer anyway;
 * - a layers model returns only the outputs you ask for, and building one with 20 outputs
 *   re-runs shape inference and symbolic tensors for nothing; here the loop simply keeps every
 *   intermediate tensor, which is what the walkthrough shows;
 * - its initialisers cost 2.4–3.8 s of synchronous JS for the seed variant; weights.ts fills
 *   typed arrays in a fraction of that, identically on every backend;
 * - the worker bundle stays small (tfjs-core and backends only: no layers, converter, data).
 */
import * as tf from '@tensorflow/tfjs-core';
import type { Analysis } from '../core/analyze';
import type { LayerSpec, NetworkSpec } from '../core/spec';
import { adaptivePoolMatrix } from './adaptivePool';
import { NativeDense, denseFits, nativeOf } from './dense/denseKernel';
import { tfLrnParams } from './lrnParams';
import type { WeightSpec } from './weights';

/** The device tensors of one layer. A grouped conv keeps one kernel per group: [k, k, depth, F/G]. */
export type LayerParams =
  | { readonly kind: 'conv'; readonly kernels: readonly tf.Tensor4D[]; readonly biases: readonly tf.Tensor1D[] }
  | { readonly kind: 'dense'; readonly kernel: tf.Tensor2D; readonly bias: tf.Tensor1D }
  /** A dense layer on the wasm engine: weights held and run by dense/denseKernel.ts, not tfjs. */
  | { readonly kind: 'native-dense'; readonly layer: NativeDense }
  | { readonly kind: 'adaptiveavgpool'; readonly matrix: tf.Tensor2D };

/** A built network: the spec, core's analysis of it, and the tensors of each layer that has any. */
export interface Network {
  readonly spec: NetworkSpec;
  readonly analysis: Analysis;
  readonly params: ReadonlyMap<string, LayerParams>;
}

/** Every tensor a layer's params own, for disposal. */
export function paramTensors(p: LayerParams): tf.Tensor[] {
  if (p.kind === 'conv') return [...p.kernels, ...p.biases];
  if (p.kind === 'dense') return [p.kernel, p.bias];
  if (p.kind === 'native-dense') return []; // its memory goes with the layer object
  return [p.matrix];
}

/**
 * Where dense layers run: 'native' (dense/denseKernel.ts: the weights held once, no XNNPACK
 * copy) or 'tfjs'. Default: native on the wasm backend where the layer fits the kernel; tfjs on
 * the GPU backends (their dense layers run on the GPU) and on cpu.
 */
export type DenseOn = 'native' | 'tfjs';

/**
 * Uploads a weighted layer. `values` is in the TensorData layout ([k, k, depth, F] or [n, units]);
 * a grouped kernel is cut into G kernels of F/G filters each (filters g·F/G … (g+1)·F/G − 1),
 * and its biases likewise. Without `bias` the biases are zeros (the He-normal networks).
 */
export function uploadWeights(
  w: WeightSpec,
  values: Float32Array,
  bias?: Float32Array,
  denseOn: DenseOn = tf.getBackend() === 'wasm' ? 'native' : 'tfjs',
): LayerParams {
  if (bias && bias.length !== w.biases)
    throw new Error(`layer ${w.layerId}: ${bias.length} biases, expected ${w.biases}`);
  const biasPart = (from: number, count: number): tf.Tensor1D =>
    bias ? tf.tensor1d(bias.subarray(from, from + count)) : tf.zeros([count]);
  if (w.kind === 'dense') {
    const [n, units] = w.shape as [number, number];
    if (denseOn === 'native' && denseFits(units)) {
      // Made in place (weightPool.ts fills a native layer's own memory): adopted as it is.
      const layer = nativeOf(values) ?? new NativeDense(n, units);
      if (layer.weights !== values) layer.weights.set(values);
      if (bias) layer.bias.set(bias);
      else layer.bias.fill(0);
      return { kind: 'native-dense', layer };
    }
    return { kind: 'dense', kernel: tf.tensor2d(values, [n, units]), bias: biasPart(0, units) };
  }
  const [k, , depth, filters] = w.shape as [number, number, number, number];
  const per = filters / w.groups;
  const kernels: tf.Tensor4D[] = [];
  const biases: tf.Tensor1D[] = [];
  for (let g = 0; g < w.groups; g++) {
    const part = w.groups === 1 ? values : sliceFilters(values, k * k * depth, filters, g * per, per);
    kernels.push(tf.tensor4d(part, [k, k, depth, per]));
    biases.push(biasPart(g * per, per));
  }
  return { kind: 'conv', kernels, biases };
}

/** Filters [first, first + count) of a [rows, filters] kernel, in the same layout. */
function sliceFilters(values: Float32Array, rows: number, filters: number, first: number, count: number): Float32Array {
  const out = new Float32Array(rows * count);
  for (let r = 0; r < rows; r++) out.set(values.subarray(r * filters + first, r * filters + first + count), r * count);
  return out;
}

/** The pooling matrix of an adaptive avg pool whose input is `input`×`input`. */
export function uploadAdaptive(input: number, output: number): LayerParams {
  return {
    kind: 'adaptiveavgpool',
    matrix: tf.tensor2d(adaptivePoolMatrix(input, output), [output * output, input * input]),
  };
}

/**
 * Runs the network on NHWC images, [1, 227, 227, 3] for one image of the seed variant, and returns every
 * layer's output in spec order, the batch dimension kept ([1, 55, 55, 96] for conv1, [1, 1000]
 * for fc8). Layers that change nothing (dropout at inference) return their input tensor itself.
 * Call inside tf.tidy: intermediate tensors (group slices, padding) are left to it.
 */
export function forwardAll(net: Network, input: tf.Tensor4D, count = net.analysis.layers.length): tf.Tensor[] {
  const outs: tf.Tensor[] = [];
  let x: tf.Tensor = input;
  for (const info of net.analysis.layers.slice(0, count)) {
    x = applyLayer(info.layer, x, net.params.get(info.layer.id), info.size?.padded ?? 0);
    outs.push(x);
  }
  return outs;
}

/** One layer on a batch `x` ([b, h, w, c] or [b, n]); `padded`: core's ceil-mode padding of a max-pool. */
export function applyLayer(layer: LayerSpec, x: tf.Tensor, p: LayerParams | undefined, padded: number): tf.Tensor {
  switch (layer.kind) {
    // Dropout: identity at inference is PyTorch's and Caffe's convention (inverted dropout: ×2
    // while training, nothing at test time). The paper instead multiplied outputs by 0.5 at test
    // time (§4.2); weights trained that way would need that factor here.
    case 'input':
    case 'dropout':
      return x;
    case 'relu':
      return tf.relu(x);
    case 'tanh':
      return tf.tanh(x);
    case 'softmax':
      return tf.softmax(x as tf.Tensor2D);
    case 'flatten':
      return tf.reshape(x, [x.shape[0] ?? 1, -1]);
    case 'lrn': {
      const { depthRadius, bias, alpha, beta } = tfLrnParams(layer);
      return tf.localResponseNormalization(x as tf.Tensor4D, depthRadius, bias, alpha, beta);
    }
    case 'maxpool': {
      // tfjs pools 'valid' (floor) or 'same' only. Ceil rounding: pad the bottom and right with
      // −∞ by exactly the pixels core's windowSize says the last window reaches past the edge.
      const x4 = x as tf.Tensor4D;
      const padIn =
        padded > 0
          ? tf.pad(
              x4,
              [
                [0, 0],
                [0, padded],
                [0, padded],
                [0, 0],
              ],
              -Infinity,
            )
          : x4;
      return tf.maxPool(padIn, layer.size, layer.stride, 'valid');
    }
    case 'conv': {
      const c = need(p, 'conv', layer.id);
      const conv = (input: tf.Tensor4D, g: number) =>
        tf.fused.conv2d({
          x: input,
          filter: at(c.kernels, g),
          strides: layer.stride,
          pad: layer.padding,
          bias: at(c.biases, g),
        });
      if (c.kernels.length === 1) return conv(x as tf.Tensor4D, 0);
      // tfjs has no `groups`: convolve each slice of channels with its own kernels, then join.
      const parts = tf.split(x as tf.Tensor4D, c.kernels.length, 3);
      return tf.concat(
        parts.map((part, g) => conv(part as tf.Tensor4D, g)),
        3,
      );
    }
    case 'dense': {
      if (p?.kind === 'native-dense') {
        // Read the input back (nIn floats a row), run each row in the layer's own module, and
        // hand tfjs the output (a batch: the attribution view's occlusion runs several at once).
        const { nIn, units } = p.layer;
        const xs = x.dataSync();
        const rows = xs.length / nIn;
        if (rows === 1) return tf.tensor2d(p.layer.forward(xs), [1, units]);
        const out = new Float32Array(rows * units);
        for (let r = 0; r < rows; r++) out.set(p.layer.forward(xs.subarray(r * nIn, (r + 1) * nIn)), r * units);
        return tf.tensor2d(out, [rows, units]);
      }
      const d = need(p, 'dense', layer.id);
      return tf.fused.matMul({ a: x as tf.Tensor2D, b: d.kernel, bias: d.bias });
    }
    case 'adaptiveavgpool': {
      const a = need(p, 'adaptiveavgpool', layer.id);
      const [b, h, w, ch] = x.shape as [number, number, number, number];
      const o = layer.outputSize;
      if (b === 1) return tf.reshape(tf.matMul(a.matrix, tf.reshape(x, [h * w, ch])), [1, o, o, ch]);
      // A batch: positions first, so that one matrix product pools every image's channels.
      const cols = tf.reshape(tf.transpose(x, [1, 2, 0, 3]), [h * w, b * ch]);
      return tf.transpose(tf.reshape(tf.matMul(a.matrix, cols), [o, o, b, ch]), [2, 0, 1, 3]);
    }
  }
}

function need<K extends LayerParams['kind']>(
  p: LayerParams | undefined,
  kind: K,
  id: string,
): Extract<LayerParams, { kind: K }> {
  if (!p || p.kind !== kind) throw new Error(`layer ${id}: no ${kind} parameters were built`);
  return p as Extract<LayerParams, { kind: K }>;
}

function at<T>(list: readonly T[], i: number): T {
  const v = list[i];
  if (v === undefined) throw new Error(`group ${i} missing`);
  return v;
}
