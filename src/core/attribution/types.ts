/**
 * What the attribution methods ask and answer, as plain data: the page, the engine worker and
 * the tests all speak these types (no tensors, no tfjs). A map is a TensorData of shape [h, w]
 * at the method's own resolution (conv5's 13×13 for Grad-CAM, the 227×227 input for saliency,
 * the 7×7 grid of square positions for occlusion), raw: not upsampled, not normalised.
 */
import type { TensorData } from '../tensorData';

/** The methods, in the order the view's tabs show them. */
export const attributionMethods = ['gradcam', 'saliency', 'smoothgrad', 'occlusion', 'deconvnet', 'guided'] as const;
export type AttributionMethod = (typeof attributionMethods)[number];

/** The class a class-based method explains: a class index, or the network's top class for the image. */
export type ClassTarget = number | 'top';

/** A channel of a conv layer's output, or the channel holding that layer's strongest activation. */
export type ChannelTarget = number | 'top';

/**
 * One attribution request. `layerId` names a conv layer ('conv5'); the maps use its output after
 * its ReLU. `noise` is σ as a fraction of the input's range (max − min); `size` and `stride`
 * are the occluding square's side and step, in input pixels.
 */
export type AttributionJob =
  | { readonly method: 'gradcam'; readonly classIndex: ClassTarget; readonly layerId: string }
  | { readonly method: 'saliency'; readonly classIndex: ClassTarget }
  | {
      readonly method: 'smoothgrad';
      readonly classIndex: ClassTarget;
      readonly samples: number;
      readonly noise: number;
    }
  | { readonly method: 'occlusion'; readonly classIndex: ClassTarget; readonly size: number; readonly stride: number }
  | { readonly method: 'deconvnet' | 'guided'; readonly layerId: string; readonly channel: ChannelTarget };

/** Where a map lies on the input crop, in pixel-edge coordinates (x1, y1 exclusive). */
export interface MapRect {
  readonly x0: number;
  readonly y0: number;
  readonly x1: number;
  readonly y1: number;
}

/** One unit of a layer's output: conv5's (y, x) in channel `channel`, and its value. */
export interface Unit {
  /** The layer whose output holds the unit: the ReLU after the chosen conv ('relu5'). */
  readonly layerId: string;
  /** The conv layer that was asked for ('conv5'). */
  readonly convId: string;
  readonly channel: number;
  readonly y: number;
  readonly x: number;
  readonly value: number;
}

/** Occlusion's extra maps: the top class's probability, and the probabilities with nothing covered. */
export interface OcclusionExtra {
  /** [n, n]: the top class's probability with the square at each position. */
  readonly top: TensorData;
  /** Probabilities of the explained class and of the top class on the whole image. */
  readonly baseline: number;
  readonly topBaseline: number;
  /** Where each row's and column's square starts, in input pixels. */
  readonly starts: readonly number[];
  /** 1 where a position has been computed (all ones once finished; fewer in a progress report). */
  readonly done: Uint8Array;
}

/** A result. `map` is [h, w], raw; `placement` says where it lies on the input crop. */
export interface AttributionResult {
  readonly job: AttributionJob;
  /** Side of the network's input (the crop): 227 for the seed variant, 224 for torchvision. */
  readonly inputSize: number;
  readonly map: TensorData;
  readonly placement: MapRect;
  /** The network's top class for this image. */
  readonly topClass: number;
  /** The class explained (class-based methods), and its score: the logit, before softmax. */
  readonly classIndex?: number;
  readonly score?: number;
  /** Grad-CAM: the layer whose output was weighted ('relu5') and each channel's weight α_k. */
  readonly gradcam?: { readonly layerId: string; readonly weights: Float32Array };
  readonly occlusion?: OcclusionExtra;
  /** Deconvnet and guided backprop: the projection, [h, w, 3] in input space, and its unit. */
  readonly projection?: { readonly rgb: TensorData; readonly unit: Unit };
  /** Time in the worker, ms. */
  readonly ms: number;
}

/** One step of the cascading randomisation: the layers randomised so far (top first) and the map. */
export interface SanityStep {
  readonly randomised: readonly string[];
  readonly map: TensorData;
  /** Spearman's rank correlation of this map with the original; NaN when either map is flat. */
  readonly rho: number;
}

/** The sanity check of one job (Adebayo et al. 2018, cascading randomisation). */
export interface SanityResult {
  readonly job: AttributionJob;
  readonly original: AttributionResult;
  readonly steps: readonly SanityStep[];
  readonly ms: number;
}

/** A long job's progress: steps done of all, and what is known so far (occlusion, SmoothGrad, sanity). */
export interface AttributionProgress {
  readonly done: number;
  readonly total: number;
  readonly partial?: AttributionResult;
  readonly steps?: readonly SanityStep[];
}

/** True for the methods that explain a class (the others explain one unit of a conv layer). */
export function isClassMethod(
  method: AttributionMethod,
): method is 'gradcam' | 'saliency' | 'smoothgrad' | 'occlusion' {
  return method !== 'deconvnet' && method !== 'guided';
}
