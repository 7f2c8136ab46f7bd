/**
 * The gradient methods on the engine's built network: Grad-CAM, gradient saliency and
 * SmoothGrad. Each runs the forward pass once for the logits (the class to explain, the top
 * class), then tf.grad of the class's logit (before softmax) with respect to a conv layer's
 * output or to the input. The arithmetic on the gradients is core's (core/attribution).
 */
import * as tf from '@tensorflow/tfjs-core';
import { gradCamMap } from '../../core/attribution/gradcam';
import { GradientMean, noiseSigma, saliencyMap } from '../../core/attribution/saliency';
import { classCount, convTarget, logitsIndex } from '../../core/attribution/targets';
import type { AttributionJob, AttributionResult, ClassTarget } from '../../core/attribution/types';
import type { TensorData } from '../../core/tensorData';
import { forwardAll, type Network } from '../model';
import { type JobContext, argmax, batchOfOne, resolveClass, take } from './context';
import { TurnedFilters, classScore, runLayers } from './forward';

type Job<M extends AttributionJob['method']> = Extract<AttributionJob, { method: M }>;

/** Logits at the analysis index `at`, for a batch of one. */
function logitsAt(net: Network, x: tf.Tensor4D, at: number): tf.Tensor {
  return tf.tidy(() => forwardAll(net, x, at + 1)[at] ?? tf.zeros([1, 0]));
}

/**
 * Where the logits are, after checking that `target` is one of the network's classes: before
 * any tensor is made (an error thrown inside a gradient's forward pass would strand the tensors
 * saved for its backward pass).
 */
function needLogits(net: Network, target: ClassTarget): number {
  const at = logitsIndex(net.analysis);
  if (at < 0) throw new Error('the network has no dense layer to give class scores');
  const classes = classCount(net.analysis);
  if (target !== 'top' && !(Number.isInteger(target) && target >= 0 && target < classes))
    throw new RangeError(`class ${target} is not one of the network's ${classes} classes`);
  return at;
}

const whole = (size: number) => ({ x0: 0, y0: 0, x1: size, y1: size });

/** Grad-CAM at `job.layerId`'s output after its ReLU (default: the last conv layer). */
export async function gradCam(net: Network, input: TensorData, job: Job<'gradcam'>): Promise<AttributionResult> {
  const t0 = performance.now();
  const target = convTarget(net.analysis, job.layerId);
  if (!target) throw new Error('the network has no conv layer');
  const at = needLogits(net, job.classIndex);
  const x = batchOfOne(input);
  const [acts, logits] = tf.tidy(() => {
    const outs = forwardAll(net, x, at + 1);
    return [tf.clone(outs[target.index] ?? x), tf.clone(outs[at] ?? x)];
  });
  x.dispose();
  try {
    const [scores = new Float32Array(0)] = await take(logits);
    const c = resolveClass(job.classIndex, scores);
    const grads = tf.tidy(() =>
      tf.grad((a: tf.Tensor) => classScore(runLayers(net, a, target.index + 1, at + 1).at(-1) ?? a, c))(acts),
    );
    const [a = new Float32Array(0), g = new Float32Array(0)] = await take(tf.clone(acts), grads);
    const cam = gradCamMap({ shape: target.hwc, data: a }, { shape: target.hwc, data: g });
    return {
      job,
      inputSize: input.shape[0] ?? 0,
      map: cam.map,
      placement: whole(input.shape[0] ?? 0),
      topClass: argmax(scores),
      classIndex: c,
      score: scores[c],
      gradcam: { layerId: target.layerId, weights: cam.weights },
      ms: performance.now() - t0,
    };
  } finally {
    acts.dispose();
  }
}

/** ∂logit_c/∂input for a batch ([b, h, w, 3] → the same shape), summed over the batch's scores. */
function inputGradient(net: Network, x: tf.Tensor, at: number, c: number, filters: TurnedFilters): tf.Tensor {
  return tf.tidy(() =>
    tf.grad((t: tf.Tensor) => classScore(runLayers(net, t, 0, at + 1, 'gradient', filters).at(-1) ?? t, c))(x),
  );
}

/** The logits of one image, read back, and the class the job explains. */
async function classOf(net: Network, input: TensorData, target: ClassTarget) {
  const at = needLogits(net, target);
  const x = batchOfOne(input);
  try {
    const [scores = new Float32Array(0)] = await take(logitsAt(net, x, at));
    return { at, scores, c: resolveClass(target, scores) };
  } finally {
    x.dispose();
  }
}

/**
 * Gradient saliency: max over colour channels of |∂logit_c/∂input|, [h, w] at the input's
 * resolution. One pass: the class is chosen from the logits as the forward pass reaches them
 * (read synchronously, inside the gradient's forward), then its score is differentiated.
 */
export async function saliency(net: Network, input: TensorData, job: Job<'saliency'>): Promise<AttributionResult> {
  const t0 = performance.now();
  const at = needLogits(net, job.classIndex);
  const x = batchOfOne(input);
  const filters = new TurnedFilters();
  let scores = new Float32Array(0);
  let c = 0;
  const grad = () =>
    tf.tidy(() =>
      tf.grad((t: tf.Tensor) => {
        const logits = runLayers(net, t, 0, at + 1, 'gradient', filters).at(-1) ?? t;
        scores = logits.dataSync<'float32'>().slice();
        c = resolveClass(job.classIndex, scores);
        return classScore(logits, c);
      })(x),
    );
  const [g = new Float32Array(0)] = await Promise.resolve()
    .then(() => take(grad()))
    .finally(() => {
      x.dispose();
      filters.dispose();
    });
  return classResult(job, input, saliencyMap({ shape: input.shape, data: g }), scores, c, t0);
}

function classResult(
  job: AttributionJob,
  input: TensorData,
  map: TensorData,
  scores: Float32Array,
  c: number,
  t0: number,
): AttributionResult {
  const size = input.shape[0] ?? 0;
  const top = argmax(scores);
  return {
    job,
    inputSize: size,
    map,
    placement: whole(size),
    topClass: top,
    classIndex: c,
    score: scores[c],
    ms: performance.now() - t0,
  };
}

/**
 * Noisy copies per gradient pass. Batches of 5 measured no faster than one at a time on wasm
 * (the backward passes cost per image), and one at a time lets the worker serve other
 * requests between samples.
 */
const smoothBatch = 1;

/**
 * SmoothGrad: the mean gradient over `samples` copies of the input with Gaussian noise
 * (σ = noise × the input's range), shown as saliency is. The noise is seeded (sample i uses
 * seed i + 1), so the same settings give the same map. Reports the mean so far after each batch.
 */
export async function smoothGrad(
  net: Network,
  input: TensorData,
  job: Job<'smoothgrad'>,
  ctx: JobContext,
): Promise<AttributionResult> {
  const t0 = performance.now();
  if (!Number.isInteger(job.samples) || job.samples < 1)
    throw new RangeError(`samples must be ≥ 1, got ${job.samples}`);
  const { at, scores, c } = await classOf(net, input, job.classIndex);
  const sigma = noiseSigma(job.noise, input.data);
  const [h = 0, w = 0, ch = 0] = input.shape;
  const mean = new GradientMean(h * w * ch);
  const x = batchOfOne(input);
  const filters = new TurnedFilters();
  try {
    for (let done = 0; done < job.samples;) {
      const b = Math.min(smoothBatch, job.samples - done);
      const first = done;
      const noisy = tf.tidy(() =>
        tf.concat(
          Array.from({ length: b }, (_, i) =>
            tf.add(x, tf.randomNormal([1, h, w, ch], 0, sigma, 'float32', first + i + 1)),
          ),
          0,
        ),
      );
      const grads = tf.tidy(() => tf.unstack(inputGradient(net, noisy, at, c, filters)));
      noisy.dispose();
      for (const g of await take(...grads)) mean.add(g);
      done += b;
      const map = saliencyMap({ shape: input.shape, data: mean.mean() });
      if (done < job.samples) {
        ctx.progress({ done, total: job.samples, partial: classResult(job, input, map, scores, c, t0) });
        await ctx.checkpoint();
      }
    }
  } finally {
    x.dispose();
    filters.dispose();
  }
  return classResult(job, input, saliencyMap({ shape: input.shape, data: mean.mean() }), scores, c, t0);
}
