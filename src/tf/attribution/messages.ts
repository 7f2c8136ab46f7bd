/**
 * The attribution part of the engine protocol (see ../protocol.ts): the page asks for one
 * method's map of an image, or for the sanity check of one, and may cancel it. At most one map
 * request and one sanity check are kept: a newer one supersedes the one of its kind queued or
 * running (answered `superseded`), as view forwards do, and a new map stops a sanity check in
 * progress. Long jobs send `attribution-progress` with what they know.
 */
import type {
  AttributionJob,
  AttributionProgress,
  AttributionResult,
  SanityResult,
} from '../../core/attribution/types';
import type { RgbaImage } from '../../core/tensorData';
import type { PreprocessPreset } from '../../core/weights/types';

export interface AttributeRequest {
  readonly type: 'attribute';
  readonly id: number;
  readonly imageKey: string;
  /** Omitted when the worker already has this key's pixels. */
  readonly image?: RgbaImage;
  readonly preset?: PreprocessPreset;
  readonly job: AttributionJob;
  /** The cascading-randomisation check of `job` instead of `job` alone. */
  readonly sanity: boolean;
}

/** Stops request `id` if it is queued or running (answered `superseded`); no answer otherwise. */
export interface AttributeCancel {
  readonly type: 'attribute-cancel';
  readonly id: number;
}

export type AttributionResponse =
  | { readonly type: 'attributed'; readonly id: number; readonly result: AttributionResult }
  | { readonly type: 'sanity-checked'; readonly id: number; readonly result: SanityResult }
  | { readonly type: 'attribution-progress'; readonly id: number; readonly progress: AttributionProgress }
  /** The job could not run (an unknown layer, a class out of range, no network): the message says why. */
  | { readonly type: 'attribution-failed'; readonly id: number; readonly message: string };
