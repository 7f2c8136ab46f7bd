/**
 * Occlusion sensitivity on the engine's network (Zeiler & Fergus, Figure 7): the softmax
 * probability of the explained class, and of the top class, with a grey square (the preset's
 * mean colour, 0 in the network's input) at each position of core's plan. Positions go through
 * the network in batches, coarse passes first; after each batch the map so far is reported
 * and the worker may run other work or stop the job.
 */
import * as tf from '@tensorflow/tfjs-core';
import { occludeInto, occlusionPlan, occlusionRect, refinementPasses } from '../../core/attribution/occlusion';
import { logitsIndex } from '../../core/attribution/targets';
import type { AttributionJob, AttributionResult } from '../../core/attribution/types';
import type { TensorData } from '../../core/tensorData';
import { forwardAll, type Network } from '../model';
import { type JobContext, argmax, resolveClass, take } from './context';

/** Occluded images per forward pass: the dense layers' weights are read once per batch. */
const batchSize = 8;

/** Softmax probabilities of a batch [b, h, w, c] → [b·classes], read back. */
async function probabilities(net: Network, images: Float32Array, b: number, shape: readonly number[], at: number) {
  const [h = 0, w = 0, c = 0] = shape;
  const x = tf.tensor4d(images, [b, h, w, c]);
  try {
    const [p = new Float32Array(0)] = await take(tf.tidy(() => tf.softmax(forwardAll(net, x, at + 1)[at] ?? x)));
    return p;
  } finally {
    x.dispose();
  }
}

export async function occlusion(
  net: Network,
  input: TensorData,
  job: Extract<AttributionJob, { method: 'occlusion' }>,
  ctx: JobContext,
): Promise<AttributionResult> {
  const t0 = performance.now();
  const at = logitsIndex(net.analysis);
  if (at < 0) throw new Error('the network has no dense layer to give class scores');
  const size = input.shape[0] ?? 0;
  const channels = input.shape[2] ?? 3;
  const plan = occlusionPlan(size, job.size, job.stride);
  const base = await probabilities(net, input.data, 1, input.shape, at);
  const classes = base.length;
  const c = resolveClass(job.classIndex, base);
  const top = argmax(base);
  const n = plan.n;
  const target = new Float32Array(n * n);
  const topMap = new Float32Array(n * n);
  const done = new Uint8Array(n * n);
  const result = (): AttributionResult => ({
    job,
    inputSize: size,
    map: { shape: [n, n], data: target.slice() },
    placement: occlusionRect(plan),
    topClass: top,
    classIndex: c,
    score: base[c],
    occlusion: {
      top: { shape: [n, n], data: topMap.slice() },
      baseline: base[c] ?? NaN,
      topBaseline: base[top] ?? NaN,
      starts: plan.starts,
      done: done.slice(),
    },
    ms: performance.now() - t0,
  });
  const order = refinementPasses(n).flat();
  const one = input.data.length;
  for (let from = 0; from < order.length; from += batchSize) {
    const cells = order.slice(from, from + batchSize);
    const images = new Float32Array(cells.length * one);
    cells.forEach((cell, i) =>
      occludeInto(input.data, channels, plan, Math.floor(cell / n), cell % n, images, i * one),
    );
    const p = await probabilities(net, images, cells.length, input.shape, at);
    cells.forEach((cell, i) => {
      target[cell] = p[i * classes + c] ?? NaN;
      topMap[cell] = p[i * classes + top] ?? NaN;
      done[cell] = 1;
    });
    if (from + batchSize < order.length) {
      ctx.progress({ done: from + cells.length, total: order.length, partial: result() });
      await ctx.checkpoint();
    }
  }
  return result();
}
