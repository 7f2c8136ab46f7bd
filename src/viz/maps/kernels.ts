/**
 * Kernels as pictures. conv1's kernels have depth 3 and are shown as RGB tiles, each filter
 * stretched to its own min…max (random or trained, weights are ~±0.05 and would be black
 * otherwise). Deeper kernels are shown one depth slice at a time on a diverging map.
 */
import { imagenetMean, imagenetStd } from '../../core/preprocess';
import type { TensorData } from '../../core/tensorData';
import type { ValueRange } from './channelStats';
import { type GridLayout, tileOrigin } from './gridLayout';
import type { KernelShape } from './tensorShape';

/** Min and max weight of each filter of a [k, k, depth, F] kernel: F entries. */
export function filterRanges(kernel: TensorData, [k, , depth, filters]: KernelShape): ValueRange[] {
  const lo = new Float64Array(filters).fill(Infinity);
  const hi = new Float64Array(filters).fill(-Infinity);
  const n = k * k * depth;
  // Filters are the fastest-moving index, so this reads the data in order.
  for (let i = 0; i < n; i++) {
    for (let f = 0; f < filters; f++) {
      const v = kernel.data[i * filters + f] ?? 0;
      if (v < (lo[f] ?? 0)) lo[f] = v;
      if (v > (hi[f] ?? 0)) hi[f] = v;
    }
  }
  return Array.from({ length: filters }, (_, f) => ({ lo: lo[f] ?? 0, hi: hi[f] ?? 0 }));
}

/**
 * Every filter of a [k, k, 3, F] kernel as an RGB tile of the grid (slot = filter index),
 * each mapped from its own [lo, hi] to 0…255 with one scale for all three channels, so
 * the tile's hue is the filter's true colour preference.
 * Example: conv1 [11, 11, 3, 96] into a 12×8 grid of 11-px tiles.
 */
export function fillFilterTiles(
  out: Uint8ClampedArray,
  kernel: TensorData,
  [k, , , filters]: KernelShape,
  layout: GridLayout,
  ranges: readonly ValueRange[],
): void {
  const stride = layout.width * 4;
  for (let f = 0; f < filters && f < layout.count; f++) {
    const r = ranges[f] ?? { lo: 0, hi: 0 };
    const span = r.hi - r.lo;
    const scale = span > 0 ? 255 / span : 0;
    const [ox, oy] = tileOrigin(layout, f);
    for (let ky = 0; ky < k; ky++) {
      for (let kx = 0; kx < k; kx++) {
        const o = (oy + ky) * stride + (ox + kx) * 4;
        const base = (ky * k + kx) * 3;
        for (let d = 0; d < 3; d++) out[o + d] = ((kernel.data[(base + d) * filters + f] ?? 0) - r.lo) * scale;
        out[o + 3] = 255;
      }
    }
  }
}

/** Largest |weight| in a block: the half-width of a diverging scale centred on 0. */
export function absMax(data: Float32Array): number {
  let m = 0;
  for (const v of data) if (Math.abs(v) > m) m = Math.abs(v);
  return m;
}

/**
 * A [k, k, 3] block of network input (normalised with the ImageNet mean and std) back to
 * RGB bytes: v·std + mean, times 255. Positions flagged in `padded` become mid-grey
 * checkerboard so that "zero padding" reads differently from "black pixel".
 * out: k·k·4 bytes.
 */
export function fillNormalizedPatch(out: Uint8ClampedArray, patch: TensorData, padded?: Uint8Array): void {
  const [k = 0] = patch.shape;
  for (let p = 0; p < k * k; p++) {
    const o = p * 4;
    if (padded?.[p]) {
      const checker = ((p % k) + Math.floor(p / k)) % 2 === 0 ? 150 : 190;
      out.fill(checker, o, o + 3);
    } else {
      for (let d = 0; d < 3; d++) {
        out[o + d] = ((patch.data[p * 3 + d] ?? 0) * (imagenetStd[d] ?? 1) + (imagenetMean[d] ?? 0)) * 255;
      }
    }
    out[o + 3] = 255;
  }
}

/** A [k, k, 3] weight block as RGB bytes, stretched from its min…max (one filter's picture). */
export function fillKernelRgb(out: Uint8ClampedArray, weights: TensorData): ValueRange {
  let lo = Infinity;
  let hi = -Infinity;
  for (const v of weights.data) {
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  const scale = hi > lo ? 255 / (hi - lo) : 0;
  const n = weights.data.length / 3;
  for (let p = 0; p < n; p++) {
    for (let d = 0; d < 3; d++) out[p * 4 + d] = ((weights.data[p * 3 + d] ?? 0) - lo) * scale;
    out[p * 4 + 3] = 255;
  }
  return Number.isFinite(lo) ? { lo, hi } : { lo: 0, hi: 0 };
}
