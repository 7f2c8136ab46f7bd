/**
 * Grad-CAM's weighting (Selvaraju et al. 2017, eq. 1–2), as plain arithmetic on the two arrays
 * the engine reads back: a conv layer's activations A and the gradient of the class's score
 * with respect to them, both [h, w, c] (relu5 of the seed variant: [13, 13, 256]).
 *   α_k = (1/hw) Σ_{y,x} ∂y^c/∂A_k[y, x]      (one weight per channel: global average pooling)
 *   L  = ReLU(Σ_k α_k A_k)                      ([h, w]: only what raises the class's score)
 * Sums are taken in float64, so the order of the terms does not matter at float32 precision.
 */
import type { TensorData } from '../tensorData';

function hwcOf(t: TensorData, what: string): readonly [number, number, number] {
  const [h, w, c] = t.shape;
  if (t.shape.length !== 3 || h === undefined || w === undefined || c === undefined)
    throw new RangeError(`${what} must be [h, w, c], got [${t.shape.join(', ')}]`);
  if (t.data.length !== h * w * c) throw new RangeError(`${what}: ${t.data.length} values for [${t.shape.join(', ')}]`);
  return [h, w, c];
}

/** α_k: the mean of `grads` [h, w, c] over its h·w positions, one per channel (length c). */
export function channelMeans(grads: TensorData): Float32Array {
  const [h, w, c] = hwcOf(grads, 'gradients');
  const sums = new Float64Array(c);
  for (let i = 0; i < h * w; i++) for (let k = 0; k < c; k++) sums[k] = (sums[k] ?? 0) + (grads.data[i * c + k] ?? 0);
  return Float32Array.from(sums, (s) => s / (h * w));
}

/** Σ_k weights[k]·acts[y, x, k] at every position: [h, w, c] and c weights → [h, w] (no ReLU). */
export function weightedSum(acts: TensorData, weights: Float32Array): TensorData {
  const [h, w, c] = hwcOf(acts, 'activations');
  if (weights.length !== c) throw new RangeError(`${weights.length} weights for ${c} channels`);
  const out = new Float32Array(h * w);
  for (let i = 0; i < h * w; i++) {
    let s = 0;
    for (let k = 0; k < c; k++) s += (weights[k] ?? 0) * (acts.data[i * c + k] ?? 0);
    out[i] = s;
  }
  return { shape: [h, w], data: out };
}

/** Grad-CAM from a layer's activations and the score's gradient there: the weights α and the [h, w] map. */
export function gradCamMap(acts: TensorData, grads: TensorData): { weights: Float32Array; map: TensorData } {
  if (acts.shape.join() !== grads.shape.join())
    throw new RangeError(`activations [${acts.shape.join(', ')}] and gradients [${grads.shape.join(', ')}] differ`);
  const weights = channelMeans(grads);
  const sum = weightedSum(acts, weights);
  return { weights, map: { shape: sum.shape, data: sum.data.map((v) => Math.max(0, v)) } };
}

/** The k channels with the largest weights, largest first (ties: lower channel first). */
export function topChannels(weights: Float32Array, k: number): { channel: number; weight: number }[] {
  return Array.from(weights, (weight, channel) => ({ channel, weight }))
    .sort((a, b) => b.weight - a.weight || a.channel - b.channel)
    .slice(0, Math.max(0, k));
}
