/**
 * Projections of one unit back to the pixels (Zeiler & Fergus §2.1): in one channel of a conv
 * layer's output after its ReLU, keep the strongest activation, set all others to zero, and
 * send that back down the network: unpooling with the switches the forward pass recorded,
 * ReLU, and the transposed convolution with the same filters ('deconvnet'); or guided
 * backpropagation ('guided'), which also masks with the forward ReLUs. Both are tf.grad on the
 * engine's network with the ReLUs' backward rule swapped (forward.ts), given the one-hot start.
 */
import * as tf from '@tensorflow/tfjs-core';
import { saliencyMap } from '../../core/attribution/saliency';
import { convTarget, logitsIndex } from '../../core/attribution/targets';
import type { AttributionJob, AttributionResult } from '../../core/attribution/types';
import { keepOnly, mostActiveChannel, strongestUnit } from '../../core/attribution/units';
import type { TensorData } from '../../core/tensorData';
import { forwardAll, type Network } from '../model';
import { argmax, batchOfOne, take } from './context';
import { TurnedFilters, runLayers } from './forward';

export async function projection(
  net: Network,
  input: TensorData,
  job: Extract<AttributionJob, { method: 'deconvnet' | 'guided' }>,
): Promise<AttributionResult> {
  const t0 = performance.now();
  const target = convTarget(net.analysis, job.layerId);
  if (!target) throw new Error('the network has no conv layer');
  const at = logitsIndex(net.analysis);
  const x = batchOfOne(input);
  try {
    const upTo = Math.max(at, target.index);
    const [a = new Float32Array(0), logits = new Float32Array(0)] = await take(
      ...tf.tidy(() => {
        const outs = forwardAll(net, x, upTo + 1);
        return [outs[target.index] ?? x, at >= 0 ? (outs[at] ?? x) : tf.zeros([1])];
      }),
    );
    const acts = { shape: target.hwc, data: a };
    const channel = job.channel === 'top' ? mostActiveChannel(acts) : job.channel;
    const unit = strongestUnit(acts, channel);
    const start = keepOnly(acts, unit, channel);
    const filters = new TurnedFilters();
    const [rgb = new Float32Array(0)] = await take(
      tf.tidy(() => {
        const dy = tf.tensor4d(start.data, [1, ...target.hwc]);
        const back = tf.grad((t: tf.Tensor) => runLayers(net, t, 0, target.index + 1, job.method, filters).at(-1) ?? t);
        return back(x, dy);
      }),
    ).finally(() => filters.dispose());
    const size = input.shape[0] ?? 0;
    const projected = { shape: input.shape, data: rgb };
    return {
      job,
      inputSize: size,
      map: saliencyMap(projected),
      placement: { x0: 0, y0: 0, x1: size, y1: size },
      topClass: argmax(logits),
      projection: {
        rgb: projected,
        unit: { layerId: target.layerId, convId: target.convId, channel, ...unit },
      },
      ms: performance.now() - t0,
    };
  } finally {
    x.dispose();
  }
}
