/**
 * Small pure helpers for the trained-weights views: the most active channels of a stack of
 * maps, and one GPU's half of a kernel (the paper trained conv1's filters 0–47 on one GPU and
 * 48–95 on the other, because conv2 reads each half separately).
 */
import type { TensorData } from '../../core/tensorData';

/** One channel and its mean activation. */
export interface ChannelScore {
  readonly channel: number;
  readonly mean: number;
}

/** The `k` channels of maps [h, w, c] with the highest mean, highest first (ties: lower index first). */
export function topChannels(maps: TensorData, k: number): ChannelScore[] {
  const [h = 0, w = 0, c = 0] = maps.shape;
  const sums = new Float64Array(c);
  const n = h * w;
  for (let i = 0; i < n; i++) {
    for (let ch = 0; ch < c; ch++) sums[ch] = (sums[ch] ?? 0) + (maps.data[i * c + ch] ?? 0);
  }
  const scores = Array.from(sums, (s, channel) => ({ channel, mean: n > 0 ? s / n : 0 }));
  scores.sort((a, b) => b.mean - a.mean || a.channel - b.channel);
  return scores.slice(0, k);
}

/** Filters [from, to) of a kernel [k, k, depth, filters], as a kernel of their own. */
export function kernelFilters(kernel: TensorData, from: number, to: number): TensorData {
  const [k = 0, k2 = 0, depth = 0, filters = 0] = kernel.shape;
  const count = to - from;
  const rows = k * k2 * depth;
  const data = new Float32Array(rows * count);
  for (let r = 0; r < rows; r++) data.set(kernel.data.subarray(r * filters + from, r * filters + to), r * count);
  return { shape: [k, k2, depth, count], data };
}
