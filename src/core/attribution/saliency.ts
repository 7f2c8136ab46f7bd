/**
 * Gradient saliency and SmoothGrad, the arithmetic that is not tfjs's.
 * - Saliency (Simonyan et al. 2014, §3.1): M[y, x] = max over colour channels of |∂S_c/∂I[y, x, ch]|.
 * - SmoothGrad (Smilkov et al. 2017, eq. 3): the mean of the gradients at n noisy copies of the
 *   input, x + N(0, σ²), with σ a fraction of the input's range (max − min); the mean is then
 *   shown as a saliency map is. The mean is of the raw gradients (the paper's M̂_c), so noise
 *   that points both ways cancels out.
 */
import type { TensorData } from '../tensorData';

/** max_ch |g[y, x, ch]|: a gradient [h, w, c] → [h, w]. */
export function saliencyMap(grad: TensorData): TensorData {
  const [h = 0, w = 0, c = 0] = grad.shape;
  if (grad.shape.length !== 3 || grad.data.length !== h * w * c)
    throw new RangeError(`gradient must be [h, w, c], got [${grad.shape.join(', ')}]`);
  const out = new Float32Array(h * w);
  for (let i = 0; i < h * w; i++) {
    let m = 0;
    for (let k = 0; k < c; k++) m = Math.max(m, Math.abs(grad.data[i * c + k] ?? 0));
    out[i] = m;
  }
  return { shape: [h, w], data: out };
}

/** σ for SmoothGrad: `fraction` of the range of `input`'s values (0.15 of a range of 4.6 → 0.69). */
export function noiseSigma(fraction: number, input: Float32Array): number {
  if (!(fraction >= 0)) throw new RangeError(`noise fraction must be ≥ 0, got ${fraction}`);
  let lo = Infinity;
  let hi = -Infinity;
  for (const v of input) {
    lo = Math.min(lo, v);
    hi = Math.max(hi, v);
  }
  return hi > lo ? fraction * (hi - lo) : 0;
}

/**
 * A running mean of same-sized arrays, in float64: SmoothGrad's average of n gradients.
 * The mean after any number of samples is available at once (the page draws it as it grows).
 */
export class GradientMean {
  private readonly sum: Float64Array;
  private n = 0;

  constructor(readonly length: number) {
    this.sum = new Float64Array(length);
  }

  /** Samples added so far. */
  get count(): number {
    return this.n;
  }

  add(values: Float32Array): void {
    if (values.length !== this.length) throw new RangeError(`${values.length} values, expected ${this.length}`);
    for (let i = 0; i < values.length; i++) this.sum[i] = (this.sum[i] ?? 0) + (values[i] ?? 0);
    this.n += 1;
  }

  /** The mean so far (zeros before the first sample). */
  mean(): Float32Array {
    const n = Math.max(1, this.n);
    return Float32Array.from(this.sum, (s) => s / n);
  }
}
