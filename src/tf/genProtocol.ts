/** The messages between the weight pool (weightPool.ts) and its helper workers (genWorker.ts). */
import type { WeightSpec } from './weights';

/** One range of one layer, [from, to), for a helper. */
export interface GenJob {
  readonly id: number;
  readonly w: WeightSpec;
  readonly seed: number;
  readonly from: number;
  readonly to: number;
}

export interface GenResult {
  readonly id: number;
  readonly values: Float32Array;
}
