/**
 * What a running attribution job gets from the worker, and small tensor helpers shared by the
 * methods. A long job calls `checkpoint()` between its steps: the worker lets other messages
 * in there (a view forward runs; a newer request, a cancel or a new build stops the job, by
 * throwing JobStopped out of the checkpoint), so no job holds the engine for long.
 */
import * as tf from '@tensorflow/tfjs-core';
import type { AttributionProgress, ClassTarget } from '../../core/attribution/types';
import type { TensorData } from '../../core/tensorData';

export interface JobContext {
  /** Between two steps of a job; rejects with JobStopped when the job must end. */
  checkpoint(): Promise<void>;
  /** A long job's progress, with what is known so far. */
  progress(p: AttributionProgress): void;
}

/** Thrown out of a checkpoint: the job was cancelled, superseded, or its network is being replaced. */
export class JobStopped extends Error {
  constructor() {
    super('attribution job stopped');
  }
}

/** For jobs run to the end with nothing else to serve (tests, the sanity check's inner runs). */
export const quietContext: JobContext = { checkpoint: () => Promise.resolve(), progress: () => undefined };

/** The network input [h, w, c] as a batch of one, [1, h, w, c] (a copy: the caller keeps its array). */
export function batchOfOne(input: TensorData): tf.Tensor4D {
  const [h = 0, w = 0, c = 0] = input.shape;
  return tf.tensor4d(input.data.slice(), [1, h, w, c]);
}

/** Reads tensors back and disposes them (also when a read fails). */
export async function take(...tensors: tf.Tensor[]): Promise<Float32Array[]> {
  try {
    return await Promise.all(tensors.map(async (t) => (await t.data<'float32'>()).slice()));
  } finally {
    tf.dispose(tensors);
  }
}

/** Index of the largest value (first on ties). */
export function argmax(values: ArrayLike<number>): number {
  let at = 0;
  for (let i = 1; i < values.length; i++) if ((values[i] ?? -Infinity) > (values[at] ?? -Infinity)) at = i;
  return at;
}

/** The class a job explains: `target`, or the top class; throws when the index is not a class. */
export function resolveClass(target: ClassTarget, logits: Float32Array): number {
  const c = target === 'top' ? argmax(logits) : target;
  if (!Number.isInteger(c) || c < 0 || c >= logits.length)
    throw new RangeError(`class ${c} is not one of the network's ${logits.length} classes`);
  return c;
}
