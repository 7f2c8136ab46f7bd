/**
 * The messages between the page (client.ts) and a lab worker (worker.ts), one worker per run.
 * Plain data: settings in, measurements and weights out (transferred); tensors never cross.
 *
 * start → status 'loading' → 'running' → progress … → status 'done'; pause/resume in between
 * ('paused'); reset ends the run and frees its tensors ('idle'). A start with `from` continues
 * a kept run exactly where it stopped (same weights, velocities, schedule and step counter).
 */
import type { FilterSnapshot, EvalPoint, StepPoint } from '../../core/lab/series';
import type { ScheduleState } from '../../core/lab/schedule';
import type { RunSwitches, SharedSettings } from '../../core/lab/settings';
import type { BackendInfo } from '../backendChoice';
import type { BackendChoice } from '../backendChoices';
import type { LayerWeights } from './trainer';

/** The lab worker's name (tests and the bench find it by this prefix). */
export const labWorkerName = 'alexnet-lab';

/** What one run trains and how. */
export interface LabRunConfig {
  readonly switches: RunSwitches;
  readonly shared: SharedSettings;
  readonly backend: BackendChoice;
  /** Absolute URLs of the shipped subset files (the worker's own URL is elsewhere). */
  readonly data: { readonly train: string; readonly test: string };
  /** Figure 1: stop as soon as the running training error reaches the shared target. */
  readonly stopAtTarget: boolean;
}

/** Everything needed to continue a run exactly: kept with it in IndexedDB. */
export interface LabCheckpoint {
  /** Steps done. */
  readonly iteration: number;
  /** Training time so far, ms (pauses left out). */
  readonly elapsedMs: number;
  readonly schedule: ScheduleState;
  /** Weights and biases in the engine's layout, spec order. */
  readonly layers: readonly LayerWeights[];
  /** The momentum buffers v, same layout. */
  readonly velocities: readonly LayerWeights[];
  /**
   * The same arrays as one Blob (layers, then velocities; each layer's weights, then its bias),
   * made in the worker so that the page can keep the checkpoint without copying 3.6 MB itself.
   */
  readonly packed?: Blob;
}

/** A checkpoint's arrays in `packed` order: layers, then velocities; each weights, then bias. */
export function checkpointArrays(layers: readonly LayerWeights[], velocities: readonly LayerWeights[]): Float32Array[] {
  return [...layers, ...velocities].flatMap((l) => [l.weights, l.bias]);
}

export type LabStatus = 'idle' | 'loading' | 'running' | 'paused' | 'done' | 'error';

/** Why a run ended: all its epochs, or (Figure 1) the target reached. */
export type DoneReason = 'epochs' | 'target';

export type LabRequest =
  | { readonly type: 'start'; readonly config: LabRunConfig; readonly from?: LabCheckpoint }
  | { readonly type: 'pause' }
  | { readonly type: 'resume' }
  | { readonly type: 'reset' };

export type LabResponse =
  | {
      readonly type: 'status';
      readonly status: LabStatus;
      readonly backend?: BackendInfo;
      readonly reason?: DoneReason;
      readonly message?: string;
    }
  /**
   * What happened since the last progress message (at most ~4 a second, so the page stays
   * responsive): the steps, and when they happened an evaluation, a conv1 snapshot and a checkpoint.
   */
  | {
      readonly type: 'progress';
      readonly steps: readonly StepPoint[];
      readonly evaluation?: { readonly point: EvalPoint; readonly confusion: readonly number[] };
      readonly filters?: FilterSnapshot;
      readonly checkpoint?: LabCheckpoint;
    };
