/**
 * Each method's default settings, and the limits a settings form keeps them within.
 * - SmoothGrad: σ = 15 % of the input's range and n = 50 samples. Smilkov et al. (2017) found
 *   that 10–20 % noise balances a sharp map against its structure, and saw little change in the
 *   maps beyond n ≈ 50 (their experiments on noise level and sample size).
 * - Occlusion: a square a quarter of the crop's side, moved by half its side: a 7×7 grid.
 * - Grad-CAM and the projections: the last conv layer (conv5, after its ReLU: 13×13), as
 *   Selvaraju et al. recommend for Grad-CAM (§3); the projection's channel is conv5's most active.
 */
import type { Analysis } from '../analyze';
import { defaultOcclusion } from './occlusion';
import { convTarget, convTargets } from './targets';
import type { AttributionJob, AttributionMethod, ClassTarget } from './types';

export const smoothGradDefaults = { samples: 50, noise: 0.15 } as const;

/** Seed of the sanity check's re-initialised weights (any seed but the page's would do). */
export const sanitySeed = 2018;

/** What the settings forms allow. */
export const limits = {
  samples: { min: 2, max: 200 },
  noise: { min: 0, max: 0.5 },
  /** Occlusion's size and stride, as fractions of the input side (size) and of the size (stride). */
  occlusionSize: { min: 8 },
  occlusionStride: { min: 4 },
} as const;

/** The default job of `method` on a network, for class `classIndex` (the top class by default). */
export function defaultJob(
  method: AttributionMethod,
  analysis: Analysis,
  classIndex: ClassTarget = 'top',
): AttributionJob {
  const first = analysis.layers[0]?.layer;
  const inputSize = first?.kind === 'input' ? first.size : 227;
  const layerId = convTarget(analysis)?.convId ?? '';
  switch (method) {
    case 'gradcam':
      return { method, classIndex, layerId };
    case 'saliency':
      return { method, classIndex };
    case 'smoothgrad':
      return { method, classIndex, ...smoothGradDefaults };
    case 'occlusion':
      return { method, classIndex, ...defaultOcclusion(inputSize) };
    case 'deconvnet':
    case 'guided':
      return { method, layerId, channel: 'top' };
  }
}

/** The same job for another class (unit-based jobs are returned unchanged). */
export function withClass(job: AttributionJob, classIndex: ClassTarget): AttributionJob {
  switch (job.method) {
    case 'deconvnet':
    case 'guided':
      return job;
    default:
      return { ...job, classIndex };
  }
}

/** A stable text key of a job: the same settings give the same key whatever the property order. */
export function jobKey(job: AttributionJob): string {
  const entries = Object.entries(job).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return JSON.stringify(entries);
}

/**
 * Whether `job` can run on the network of `analysis`: its layer is a conv layer there, its
 * channel exists, its square fits the crop, its sample count and noise are within the limits.
 * (After the network changes, a job that no longer fits goes back to its default.)
 */
export function jobFits(job: AttributionJob, analysis: Analysis): boolean {
  const first = analysis.layers[0]?.layer;
  const inputSize = first?.kind === 'input' ? first.size : 0;
  switch (job.method) {
    case 'gradcam':
      return convTargets(analysis).some((t) => t.convId === job.layerId);
    case 'deconvnet':
    case 'guided': {
      const t = convTargets(analysis).find((c) => c.convId === job.layerId);
      return (
        t !== undefined &&
        (job.channel === 'top' || (Number.isInteger(job.channel) && job.channel >= 0 && job.channel < t.hwc[2]))
      );
    }
    case 'smoothgrad':
      return (
        Number.isInteger(job.samples) &&
        job.samples >= limits.samples.min &&
        job.samples <= limits.samples.max &&
        job.noise >= limits.noise.min &&
        job.noise <= limits.noise.max
      );
    case 'occlusion':
      return job.size >= limits.occlusionSize.min && job.stride >= limits.occlusionStride.min && job.size <= inputSize;
    case 'saliency':
      return true;
  }
}
