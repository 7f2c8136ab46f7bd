/** The k largest entries of a vector: the top-5 classes of the output layer. */

export interface Ranked {
  readonly index: number;
  readonly value: number;
}

/**
 * Indices and values of the k largest entries, largest first (ties: lower index first).
 * One pass with a small sorted buffer: O(n·k), 5,000 comparisons for 1000 classes.
 * Example: topK([0.1, 0.7, 0.2], 2) → [{index: 1, value: 0.7}, {index: 2, value: 0.2}].
 */
export function topK(values: ArrayLike<number>, k: number): Ranked[] {
  const best: Ranked[] = [];
  for (let i = 0; i < values.length; i++) {
    const value = values[i] ?? 0;
    if (Number.isNaN(value)) continue;
    if (best.length === k && value <= (best[k - 1]?.value ?? -Infinity)) continue;
    let j = best.length;
    while (j > 0 && value > (best[j - 1]?.value ?? Infinity)) j--;
    best.splice(j, 0, { index: i, value });
    if (best.length > k) best.pop();
  }
  return best;
}

export interface ProbabilityCheck {
  readonly sum: number;
  /** True when every value is in 0…1 and they sum to 1 within 1e-3. */
  readonly ok: boolean;
}

/** Whether a vector looks like softmax output, so logits are never drawn as percentages. */
export function checkProbabilities(values: ArrayLike<number>): ProbabilityCheck {
  let sum = 0;
  let inRange = true;
  for (let i = 0; i < values.length; i++) {
    const v = values[i] ?? 0;
    if (!(v >= 0 && v <= 1)) inRange = false;
    sum += v;
  }
  return { sum, ok: inRange && Math.abs(sum - 1) <= 1e-3 };
}
