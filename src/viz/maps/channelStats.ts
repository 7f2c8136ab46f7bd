/**
 * Per-channel summaries of a feature-map stack, computed in one pass over the data: what the
 * sort order, the per-channel captions and the colour scale need.
 */
import type { TensorData } from '../../core/tensorData';
import type { Hwc } from './tensorShape';

export interface ChannelStat {
  readonly channel: number;
  readonly min: number;
  readonly max: number;
  readonly mean: number;
  /** Where the maximum is (first one in row order): the pixel a caption points to. */
  readonly argmax: { readonly x: number; readonly y: number };
}

/**
 * Min, max, mean and argmax of every channel of an [h, w, c] stack.
 * Example: [55, 55, 96] → 96 stats; one sequential read of 290,400 floats.
 */
export function channelStats(maps: TensorData, [h, w, c]: Hwc): ChannelStat[] {
  const min = new Float64Array(c).fill(Infinity);
  const max = new Float64Array(c).fill(-Infinity);
  const sum = new Float64Array(c);
  const arg = new Int32Array(c);
  const d = maps.data;
  const n = h * w;
  // Pixel-major, channel-minor: the order the data is stored in, so reads stay sequential.
  for (let p = 0; p < n; p++) {
    const base = p * c;
    for (let ch = 0; ch < c; ch++) {
      const v = d[base + ch] ?? 0;
      sum[ch] = (sum[ch] ?? 0) + v;
      if (v < (min[ch] ?? 0)) min[ch] = v;
      if (v > (max[ch] ?? 0)) {
        max[ch] = v;
        arg[ch] = p;
      }
    }
  }
  return Array.from({ length: c }, (_, ch) => {
    const p = arg[ch] ?? 0;
    return {
      channel: ch,
      min: min[ch] ?? 0,
      max: max[ch] ?? 0,
      mean: (sum[ch] ?? 0) / n,
      argmax: { x: p % w, y: Math.floor(p / w) },
    };
  });
}

/** Smallest min and largest max over channels: the layer-wide colour scale. */
export function layerRange(stats: readonly ChannelStat[]): ValueRange {
  let lo = Infinity;
  let hi = -Infinity;
  for (const s of stats) {
    if (s.min < lo) lo = s.min;
    if (s.max > hi) hi = s.max;
  }
  return Number.isFinite(lo) && Number.isFinite(hi) ? { lo, hi } : { lo: 0, hi: 0 };
}

/** A value interval mapped onto the colour map: lo → first entry, hi → last. */
export interface ValueRange {
  readonly lo: number;
  readonly hi: number;
}

export type ChannelSort = 'index' | 'mean' | 'max';
export const channelSorts: readonly ChannelSort[] = ['index', 'mean', 'max'];

/**
 * Display order of the channels: by index, or by mean / max activation, largest first
 * (ties keep index order). Returns channel numbers: order[slot] = channel.
 */
export function sortChannels(stats: readonly ChannelStat[], sort: ChannelSort): number[] {
  const order = stats.map((s) => s.channel);
  if (sort === 'index') return order;
  const key = (s: ChannelStat) => (sort === 'mean' ? s.mean : s.max);
  return [...stats].sort((a, b) => key(b) - key(a) || a.channel - b.channel).map((s) => s.channel);
}
