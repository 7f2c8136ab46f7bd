/**
 * The weight-import part of the engine protocol (see ../protocol.ts): the page hands the worker
 * a file's bytes (transferred, never copied) or a same-origin URL; the worker reads and checks
 * the file off the main thread, reports progress, and keeps the network to build with it.
 * Plain data only; the layers themselves never come back to the page.
 */
import type { NetworkSpec } from '../../core/spec';
import type { TensorData } from '../../core/tensorData';
import type { ImportStage, PreprocessPreset, WeightsErrorCode, WeightsFormat } from '../../core/weights/types';

/**
 * Where the file comes from: bytes the page already holds (transferred), a File or Blob (the
 * picker, a drop, this device's store: cloning one copies no bytes, and the worker reads it
 * with progress), or a same-origin path.
 */
export type ImportSource =
  | { readonly kind: 'bytes'; readonly buffer: ArrayBuffer; readonly fileName: string }
  | { readonly kind: 'blob'; readonly blob: Blob; readonly fileName: string }
  | { readonly kind: 'url'; readonly url: string; readonly fileName: string };

/** Everything about an imported network except its values: what the page shows and builds. */
export interface ImportedSummary {
  readonly spec: NetworkSpec;
  readonly format: WeightsFormat;
  readonly preset: PreprocessPreset;
  readonly sha256: string;
  readonly official?: string;
  readonly fileName: string;
  readonly bytes: number;
}

/** Which weights a build uses: the seed's random ones, or an imported file's (by its SHA-256). */
export interface TrainedWeights {
  readonly sha256: string;
}

/** The first conv layer of a file still arriving, for the weights panel. */
export interface ImportPreview {
  readonly layerId: string;
  /** [k, k, depth, filters], the engine's layout. */
  readonly kernel: TensorData;
  /** The layer's output for the image on the page ([h, w, filters]), if the page had one. */
  readonly maps?: { readonly imageKey: string; readonly data: TensorData };
  /** Bytes of the file in when the layer was whole, and the file's size. */
  readonly at: number;
  readonly total: number;
}

/** The import request (one of ../protocol.ts's `Request`). */
export interface ImportRequest {
  readonly type: 'import';
  readonly id: number;
  readonly source: ImportSource;
}

/**
 * Keeping the imported network on this device (keptStore.ts), in the form the engine uploads:
 * `keep` the network last imported (by its hash) with the preset chosen; `restore` what is kept
 * (it becomes the network builds with `weights` use); `preset` records another preset; `forget`
 * deletes what is kept. Each is answered `kept` (restore: with what came back, if anything) or
 * `kept-refused` (the browser's reason, e.g. QuotaExceededError).
 */
export type KeptRequest =
  | {
      readonly type: 'kept';
      readonly id: number;
      readonly action: 'keep';
      readonly sha256: string;
      readonly preset: PreprocessPreset;
    }
  | { readonly type: 'kept'; readonly id: number; readonly action: 'restore' | 'forget' }
  | { readonly type: 'kept'; readonly id: number; readonly action: 'preset'; readonly preset: PreprocessPreset };

/** What `restore` brought back: the network without its values, and the preset last chosen. */
export interface RestoredWeights {
  readonly summary: ImportedSummary;
  readonly preset: PreprocessPreset;
}

export type KeptResponse =
  | { readonly type: 'kept'; readonly id: number; readonly restored?: RestoredWeights }
  | { readonly type: 'kept-refused'; readonly id: number; readonly reason: string };

/** Import answers and progress (part of ../protocol.ts's `Response`). */
export type ImportResponse =
  | {
      readonly type: 'import-progress';
      readonly id: number;
      readonly stage: ImportStage;
      readonly done: number;
      readonly total: number;
    }
  | { readonly type: 'imported'; readonly id: number; readonly summary: ImportedSummary }
  /**
   * A first look while the file is still arriving: its first conv layer's kernels and, when the
   * page has an image, that layer's maps for it (the rest of the file is not checked yet).
   */
  | {
      readonly type: 'import-preview';
      readonly id: number;
      readonly preview: ImportPreview;
    }
  /** The file was refused: `weights.error.<code>` with `params` names the tensor, global, operator or offset. */
  | {
      readonly type: 'import-refused';
      readonly id: number;
      readonly code: WeightsErrorCode;
      readonly params: Readonly<Record<string, string | number>>;
    };

/**
 * The seed an imported network's layers are cached under in the engine: a negative number
 * derived from the file's hash, so it never equals a user's seed (0…999,999,999) and a
 * rebuild of the same file reuses its tensors.
 */
export function importSeed(sha256: string): number {
  return -1 - parseInt(sha256.slice(0, 8) || '0', 16);
}
