/**
 * What a training run records, as plain data (it crosses from the worker, is kept in IndexedDB
 * and drawn by the page), and the numbers read off it: errors, the confusion matrix, and
 * Figure 1's "iterations to reach a training error".
 */

/** One training step, measured on its batch before the update. */
export interface StepPoint {
  /** 1 for the first step. */
  readonly iteration: number;
  /** Training time so far (pauses left out), seconds. */
  readonly seconds: number;
  /** Mean cross-entropy of the batch. */
  readonly loss: number;
  /** Fraction of the batch misclassified, with dropout and augmentation as trained. */
  readonly error: number;
}

/** An evaluation of the network as it is after `iteration` steps (no dropout, no augmentation). */
export interface EvalPoint {
  readonly iteration: number;
  readonly seconds: number;
  /** Error on the 2,000 test images. */
  readonly testError: number;
  /** Error on 1,000 fixed training images: the other side of the train/test gap. */
  readonly trainError: number;
  /** Error on the 500 held-out validation images that the learning-rate schedule watches. */
  readonly valError: number;
  /** The learning rate the next steps use. */
  readonly learningRate: number;
}

/** conv1's kernels after `iteration` steps: [k, k, 1, filters] (the engine's layout). */
export interface FilterSnapshot {
  readonly iteration: number;
  readonly shape: readonly number[];
  readonly data: Float32Array;
}

/** Everything a run has recorded so far. */
export interface RunSeries {
  readonly steps: readonly StepPoint[];
  readonly evals: readonly EvalPoint[];
  readonly filters: readonly FilterSnapshot[];
  /** Test-set confusion counts at the last evaluation: row = true class, column = predicted. */
  readonly confusion?: { readonly iteration: number; readonly counts: readonly number[] };
}

export const emptySeries: RunSeries = { steps: [], evals: [], filters: [] };

/** Batches averaged for "training error" in Figure 1's sense: a running mean over 10 steps (1,280 images). */
export const errorWindow = 10;

/** Fraction of `predicted` that differ from `labels`. */
export function errorRate(predicted: ArrayLike<number>, labels: ArrayLike<number>): number {
  let wrong = 0;
  for (let i = 0; i < labels.length; i++) if (predicted[i] !== labels[i]) wrong += 1;
  return labels.length === 0 ? 0 : wrong / labels.length;
}

/** classes×classes counts, row = true class, column = predicted class. */
export function confusionCounts(predicted: ArrayLike<number>, labels: ArrayLike<number>, classes = 10): number[] {
  const counts = new Array<number>(classes * classes).fill(0);
  for (let i = 0; i < labels.length; i++) {
    const k = (labels[i] ?? 0) * classes + (predicted[i] ?? 0);
    counts[k] = (counts[k] ?? 0) + 1;
  }
  return counts;
}

/** The running training error after each step: the mean error of the last `window` batches. */
export function runningError(steps: readonly StepPoint[], window = errorWindow): number[] {
  const out: number[] = [];
  let sum = 0;
  steps.forEach((s, i) => {
    sum += s.error;
    const old = steps[i - window];
    if (old) sum -= old.error;
    out.push(sum / Math.min(i + 1, window));
  });
  return out;
}

/**
 * The first step at which the running training error is at or below `target` (a fraction)
 * with a full window behind it; undefined if it has not happened.
 */
export function reachedTarget(
  steps: readonly StepPoint[],
  target: number,
  window = errorWindow,
): StepPoint | undefined {
  const running = runningError(steps, window);
  const i = running.findIndex((e, k) => k + 1 >= window && e <= target);
  return i < 0 ? undefined : steps[i];
}

/**
 * Figure 1's ratio: how many times sooner `fast` reached the target than `slow` (iterations, or
 * seconds). A run that has not reached it gives a lower bound: its steps so far.
 */
export function speedup(
  fast: readonly StepPoint[],
  slow: readonly StepPoint[],
  target: number,
  by: 'iteration' | 'seconds' = 'iteration',
): { ratio: number; fast?: StepPoint; slow?: StepPoint; atLeast: boolean } | undefined {
  const f = reachedTarget(fast, target);
  const s = reachedTarget(slow, target);
  if (!f) return undefined;
  if (s) return { ratio: s[by] / f[by], fast: f, slow: s, atLeast: false };
  const last = slow[slow.length - 1];
  return last ? { ratio: last[by] / f[by], fast: f, atLeast: true } : undefined;
}
