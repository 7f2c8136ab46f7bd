/**
 * The built network run over a range of its layers, with a choice of what the backward pass
 * does at each ReLU. tf.grad through these ops gives:
 * - 'gradient': the true gradient (saliency, SmoothGrad, Grad-CAM);
 * - 'deconvnet': Zeiler & Fergus's projection (§2.1): a ReLU passes back ReLU(signal), whatever
 *   the forward pass did there; a conv's gradient is the transposed convolution with the same
 *   filters. Normalisation layers are passed through, as the deconvnet ignores them;
 * - 'guided': guided backpropagation (Springenberg et al. 2015): a ReLU passes back ReLU(signal)
 *   only where its forward input was positive.
 * Under every rule, conv, dense and max-pool layers use backward.ts: the engine's fused forward
 * ops, and backward passes that are fast and right on every backend (max-pooling unpools with
 * switches: each value goes to its window's first maximum). Call inside tf.tidy.
 */
import * as tf from '@tensorflow/tfjs-core';
// tfjs-core alone registers no gradients (the full @tensorflow/tfjs package does): the engine's
// forward passes need none, so they are registered here, in the chunk that loads with the first
// attribution request.
import '@tensorflow/tfjs-core/dist/register_all_gradients';
import { applyLayer, type Network } from '../model';
import { convLayer, denseLayer, maxPoolLayer, nativeDenseLayer } from './backward';
import { TurnedFilters } from './filters';

export type BackwardRule = 'gradient' | 'deconvnet' | 'guided';

const deconvRelu = tf.customGrad((...args: (tf.Tensor | tf.GradSaveFunc)[]) => {
  const x = args[0] as tf.Tensor;
  return { value: tf.relu(x), gradFunc: (dy: tf.Tensor) => tf.relu(dy) };
});

const guidedRelu = tf.customGrad((...args: (tf.Tensor | tf.GradSaveFunc)[]) => {
  const x = args[0] as tf.Tensor;
  const save = args[1] as tf.GradSaveFunc;
  save([x]);
  return {
    value: tf.relu(x),
    gradFunc: (dy: tf.Tensor, saved: tf.Tensor[]) => tf.mul(tf.relu(dy), tf.step(saved[0] ?? x)),
  };
});

/** LRN forward, identity backward: the deconvnet does not invert contrast normalisation. */
function passBack(f: (x: tf.Tensor) => tf.Tensor): (x: tf.Tensor) => tf.Tensor {
  return tf.customGrad((...args: (tf.Tensor | tf.GradSaveFunc)[]) => {
    const x = args[0] as tf.Tensor;
    return { value: f(x), gradFunc: (dy: tf.Tensor) => dy };
  });
}

export { TurnedFilters };

/**
 * Layers [from, to) of `net` on `x` (a batch: [b, h, w, c] at the input, or whatever layer
 * `from − 1` outputs), returning every output. The tensors of `net` are read, never disposed.
 * `filters`: the job's cache of turned filters for the conv layers' backward passes.
 */
export function runLayers(
  net: Network,
  x: tf.Tensor,
  from: number,
  to: number,
  rule: BackwardRule = 'gradient',
  filters?: TurnedFilters,
): tf.Tensor[] {
  const outs: tf.Tensor[] = [];
  let y = x;
  for (const info of net.analysis.layers.slice(from, to)) {
    const { layer } = info;
    const p = net.params.get(layer.id);
    const apply = (t: tf.Tensor) => applyLayer(layer, t, p, info.size?.padded ?? 0);
    if (layer.kind === 'conv' && p?.kind === 'conv') y = convLayer(layer, p, filters)(y);
    else if (layer.kind === 'dense' && p?.kind === 'dense') y = denseLayer(p)(y);
    else if (layer.kind === 'dense' && p?.kind === 'native-dense') y = nativeDenseLayer(p.layer)(y);
    else if (layer.kind === 'maxpool') y = maxPoolLayer(layer, info.size?.padded ?? 0)(y);
    else if (layer.kind === 'relu' && rule === 'deconvnet') y = deconvRelu(y);
    else if (layer.kind === 'relu' && rule === 'guided') y = guidedRelu(y);
    else if (layer.kind === 'lrn' && rule === 'deconvnet') y = passBack(apply)(y);
    else y = apply(y);
    outs.push(y);
  }
  return outs;
}

/** The explained score: the sum over the batch of logit `classIndex` ([b, classes] → scalar). */
export function classScore(logits: tf.Tensor, classIndex: number): tf.Scalar {
  return tf.sum(tf.slice(logits, [0, classIndex], [-1, 1]));
}
