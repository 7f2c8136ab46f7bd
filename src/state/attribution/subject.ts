/**
 * What an attribution is of: the image on the page and the network that looks at it. The view
 * passes this to the hooks; a change of any part makes earlier results stale.
 */
import { jobKey } from '../../core/attribution/defaults';
import type { AttributionJob } from '../../core/attribution/types';
import type { NetworkSpec } from '../../core/spec';
import type { RgbaImage } from '../../core/tensorData';
import type { PreprocessPreset } from '../../core/weights/types';

export interface AttributionSubject {
  /** The photo on the page: its key ('sample-cat') and pixels (the worker usually has them already). */
  readonly image: { readonly key: string; readonly pixels: RgbaImage } | null;
  /** An imported network's preprocessing; absent: the app's default. */
  readonly preset?: PreprocessPreset;
  /** Identity of the network and its weights (networkIdentity()): a new one drops the old results. */
  readonly network: string;
  /** True once the engine has built this network and run this image; requests wait until then. */
  readonly ready: boolean;
}

/** The identity of a network with its weights: the spec, the random seed, the imported file (or null). */
export function networkIdentity(spec: NetworkSpec, seed: number, weightsSha256: string | null): string {
  return JSON.stringify([spec, seed, weightsSha256]);
}

/** One key per (network, weights, image, preprocessing, method and settings). */
export function requestKey(subject: AttributionSubject, job: AttributionJob): string | null {
  if (!subject.image) return null;
  return [subject.network, subject.image.key, subject.preset ?? '', jobKey(job)].join('|');
}
