/**
 * The attribution jobs' entry point in the worker (loaded on the first request, with tfjs
 * already running): one job on the engine's network, or the sanity check of one job.
 *
 * The sanity check is Adebayo et al.'s cascading randomisation (NeurIPS 2018, §3): the weights
 * of the network are re-initialised layer by layer from the top (fc8, then fc7 as well, …, down
 * to conv1), the same method is run after each step, and each map is compared with the
 * original by Spearman's rank correlation. A method whose maps stay alike while the network
 * that makes the decision is destroyed does not explain that decision. Re-initialised layers
 * get He-normal weights and zero biases, as the app's random networks have, from a seed of
 * their own; the engine's own tensors are never touched.
 */
import * as tf from '@tensorflow/tfjs-core';
import { sanitySeed } from '../../core/attribution/defaults';
import { spearman } from '../../core/attribution/spearman';
import { cascadeOrder } from '../../core/attribution/targets';
import type { AttributionJob, AttributionResult, SanityResult, SanityStep } from '../../core/attribution/types';
import type { TensorData } from '../../core/tensorData';
import { type LayerParams, type Network, paramTensors, uploadWeights } from '../model';
import { generateWeights, weightSpecs } from '../weights';
import { gradCam, saliency, smoothGrad } from './classMethods';
import { type JobContext, quietContext } from './context';
import { occlusion } from './occlusion';
import { projection } from './projection';

/** Runs one job on `net` for the normalised input [size, size, 3]. */
export function runJob(
  net: Network,
  input: TensorData,
  job: AttributionJob,
  ctx: JobContext,
): Promise<AttributionResult> {
  switch (job.method) {
    case 'gradcam':
      return gradCam(net, input, job);
    case 'saliency':
      return saliency(net, input, job);
    case 'smoothgrad':
      return smoothGrad(net, input, job, ctx);
    case 'occlusion':
      return occlusion(net, input, job, ctx);
    case 'deconvnet':
    case 'guided':
      return projection(net, input, job);
  }
}

/**
 * The cascade: `original` is the job's result on the trained network (computed first if not
 * given). Reports each step as it is done; the re-initialised tensors are freed at the end.
 */
export async function runSanity(
  net: Network,
  input: TensorData,
  job: AttributionJob,
  ctx: JobContext,
  original?: AttributionResult,
): Promise<SanityResult> {
  const t0 = performance.now();
  const first = original ?? (await runJob(net, input, job, { ...quietContext, checkpoint: () => ctx.checkpoint() }));
  const order = cascadeOrder(net.analysis);
  const specs = new Map(weightSpecs(net.spec).map((w) => [w.layerId, w]));
  const made: LayerParams[] = [];
  const params = new Map(net.params);
  const steps: SanityStep[] = [];
  // Inner runs may stop at their own checkpoints (a long occlusion); their progress is not shown.
  const inner: JobContext = { checkpoint: () => ctx.checkpoint(), progress: () => undefined };
  try {
    for (const id of order) {
      await ctx.checkpoint();
      const w = specs.get(id);
      if (!w) continue;
      const p = uploadWeights(w, generateWeights(w, sanitySeed));
      made.push(p);
      params.set(id, p);
      const result = await runJob({ ...net, params: new Map(params) }, input, job, inner);
      steps.push({
        randomised: order.slice(0, steps.length + 1),
        map: result.map,
        rho: spearman(first.map.data, result.map.data),
      });
      ctx.progress({ done: steps.length, total: order.length, steps: [...steps] });
    }
  } finally {
    for (const p of made) tf.dispose(paramTensors(p));
  }
  return { job, original: first, steps, ms: performance.now() - t0 };
}
