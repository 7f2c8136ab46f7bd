/**
 * The typed messages between the main thread (client.ts) and the engine worker (worker.ts).
 * Plain data only: specs, pixels and typed arrays cross; tensors never do. Every request has
 * an id; the worker answers it exactly once (`built`, `forwarded`, `kernel`, `attributed`,
 * `sanity-checked`, `superseded`, `attribution-failed` or `error`), and may also send unsolicited
 * `backend`, `rebuilt`, `notice` and `early` messages, and progress of imports and attributions.
 */
import type { NetworkSpec } from '../core/spec';
import type { RgbaImage, TensorData } from '../core/tensorData';
import type { BackendChoice } from './backendChoices';
import type { BackendInfo } from './backendChoice';
import type { PreprocessPreset } from '../core/weights/types';
import type { ImportRequest, ImportResponse, KeptRequest, KeptResponse, TrainedWeights } from './weights/messages';
import type { AttributeCancel, AttributeRequest, AttributionResponse } from './attribution/messages';

/** The engine worker's name; a first request may follow it after a space (see client.ts). */
export const workerName = 'alexnet-engine';

/** The request carried in a worker name 'alexnet-engine {"type":"build",…}', if any. */
export function requestInName(name: string): Request | undefined {
  if (!name.startsWith(`${workerName} `)) return undefined;
  try {
    return JSON.parse(name.slice(workerName.length + 1)) as Request;
  } catch {
    return undefined;
  }
}

/** Which forward requests supersede each other: the view's do; benchmark runs queue. */
export type Channel = 'view' | 'bench';
export type ReadbackMode = 'all' | 'last';

export type Request =
  | {
      readonly type: 'build';
      readonly id: number;
      readonly spec: NetworkSpec;
      readonly seed: number;
      readonly backend: BackendChoice;
      /** Imported weights to build with (the worker holds them); absent: random from `seed`. */
      readonly weights?: TrainedWeights;
    }
  | {
      readonly type: 'forward';
      readonly id: number;
      readonly channel: Channel;
      readonly imageKey: string;
      /** Omitted when the worker already has this key's pixels (the client remembers). */
      readonly image?: RgbaImage;
      readonly readback: ReadbackMode;
      /** An imported network's preprocessing; absent: the app's default (resize to the input, ImageNet stats). */
      readonly preset?: PreprocessPreset;
    }
  | ImportRequest
  | KeptRequest
  | AttributeRequest
  | AttributeCancel
  | { readonly type: 'kernel'; readonly id: number; readonly layerId: string }
  /**
   * The image the page shows, sent while a build runs (no answer expected): once the layers
   * before the first dense one are on the device, the worker runs those on it and sends them
   * as `early`, so the first feature maps need not wait for the dense layers' 235 MB.
   */
  | {
      readonly type: 'view-image';
      readonly imageKey: string;
      /** Omitted when the worker already has this key's pixels. */
      readonly image?: RgbaImage;
      readonly preset?: PreprocessPreset;
    }
  /** Diagnostics and tests: makes the WebGL context lose itself, to exercise recovery. */
  | { readonly type: 'lose-context' };

export interface MemoryInfo {
  readonly numTensors: number;
  readonly numBytes: number;
}

/** Where the time of a build went, in ms, measured in the worker. */
export interface BuildTimings {
  readonly backendMs: number;
  readonly weightsMs: number;
  readonly uploadMs: number;
  readonly totalMs: number;
  /** The worker's age when the build began: its start-up time, for the first build. */
  readonly workerAgeMs: number;
  /**
   * When the weights were on the device, as performance.timeOrigin + performance.now() in the
   * worker (ms since the epoch): the page may read the answer later if its thread is busy.
   */
  readonly readyAt: number;
}

export type Response =
  | { readonly type: 'backend'; readonly backend: BackendInfo }
  | {
      readonly type: 'built';
      readonly id: number;
      readonly backend: BackendInfo;
      readonly timings: BuildTimings;
      readonly memory: MemoryInfo;
      readonly reused: number;
    }
  /** The worker rebuilt on its own (after a lost WebGL context): forward again. */
  | { readonly type: 'rebuilt'; readonly backend: BackendInfo; readonly memory: MemoryInfo }
  | {
      readonly type: 'forwarded';
      readonly id: number;
      readonly imageKey: string;
      /** [layer id, output] in spec order, 'input' first. */
      readonly activations: [string, TensorData][];
      /** Time in the worker: preprocessing, issuing/computing the ops, reading back. */
      readonly workerMs: { readonly preprocess: number; readonly compute: number; readonly read: number };
      readonly memory: MemoryInfo;
    }
  | { readonly type: 'kernel'; readonly id: number; readonly kernel: TensorData }
  /** The layers before the first dense one, on the view's image, while the build goes on. */
  | {
      readonly type: 'early';
      readonly imageKey: string;
      readonly activations: [string, TensorData][];
      /** The imported network's hash when the build uses one; absent: random weights. */
      readonly weights?: string;
    }
  | { readonly type: 'superseded'; readonly id: number }
  | { readonly type: 'error'; readonly id: number | null; readonly code: ErrorCode; readonly message: string }
  /** A message for the user, as an i18n key under `engine.` ('notice.contextLost'). */
  | { readonly type: 'notice'; readonly key: NoticeKey }
  | ImportResponse
  | KeptResponse
  | AttributionResponse;

/** Failure kinds; the UI shows `engine.error.<code>`. */
export type ErrorCode = 'invalidSpec' | 'buildFailed' | 'forwardFailed' | 'noImage' | 'kernelFailed' | 'workerCrashed';
export type NoticeKey = 'notice.contextLost';

/** Typed arrays of a response, each buffer once, to transfer rather than copy. */
export function transferables(activations: readonly (readonly [string, TensorData])[]): ArrayBuffer[] {
  const seen = new Set<ArrayBuffer>();
  for (const [, t] of activations) {
    const b = t.data.buffer;
    if (b instanceof ArrayBuffer) seen.add(b);
  }
  return [...seen];
}
