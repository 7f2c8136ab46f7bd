/**
 * One output map of a convolution, taken apart by input channel: output channel f is
 * Σ_d (input channel d ⊛ kernel slice d) + bias, so each input channel of f's group makes
 * one intermediate map, and their sum plus the bias is the conv's output map (then ReLU).
 * Sums in float64, like dotProduct.ts's single value, so it is the reference the engine's
 * float32 output is checked against (tests: conv1, the paper's grouped conv2, conv5).
 *
 * Layouts (tensorData.ts): input [h, w, c]; kernel [k, k, depth, filters]; maps row by row.
 */
import { type ConvGeometry, convOutputSize } from '../dotProduct';
import type { TensorData } from '../tensorData';

export interface ChannelPart {
  /** Input channel this part comes from (already offset by the group). */
  readonly channel: number;
  /** Its intermediate map, outH·outW values row by row. */
  readonly map: Float64Array;
  /** Σ |map|: how much this channel moves the output, for ranking. */
  readonly weight: number;
}

export interface Decomposition {
  readonly filter: number;
  /** The group of the filter and the input channels it reads: firstChannel … firstChannel + depth − 1. */
  readonly group: number;
  readonly firstChannel: number;
  readonly depth: number;
  readonly outH: number;
  readonly outW: number;
  /** One part per input channel the filter reads, in channel order. */
  readonly parts: readonly ChannelPart[];
  /** Σ parts, then + bias (the conv's output, pre-activation), then max(0, ·). */
  readonly sum: Float64Array;
  readonly bias: number;
  readonly output: Float64Array;
  readonly relu: Float64Array;
}

/** Why a decomposition could not be made (shapes that do not fit each other). */
export type DecomposeProblem = 'input-shape' | 'kernel-shape' | 'depth-mismatch' | 'filter-out-of-range';

/** Channel `ch` of an [h, w, c] stack as its own h·w map (float32, row by row). */
export function channelMap(maps: TensorData, ch: number): Float32Array {
  const [h = 0, w = 0, c = 1] = maps.shape;
  const out = new Float32Array(h * w);
  for (let p = 0; p < h * w; p++) out[p] = maps.data[p * c + ch] ?? 0;
  return out;
}

/**
 * Splits output channel `filter` of conv(input, kernel) into its input channels' parts.
 * Example: paper conv2 (groups 2), filter 200 → group 1, channels 48…95, 48 parts of 27×27.
 */
export function decomposeFilter(
  input: TensorData,
  kernel: TensorData,
  bias: Float32Array | undefined,
  geometry: ConvGeometry,
  filter: number,
): Decomposition | { readonly ok: false; readonly problem: DecomposeProblem } {
  const [h = 0, w = 0, c = 0] = input.shape;
  const [k = 0, k2 = 0, depth = 0, filters = 0] = kernel.shape;
  if (input.shape.length !== 3 || h * w * c !== input.data.length || h < 1)
    return { ok: false, problem: 'input-shape' };
  if (kernel.shape.length !== 4 || k !== k2 || k * k * depth * filters !== kernel.data.length || k < 1)
    return { ok: false, problem: 'kernel-shape' };
  const groups = geometry.groups ?? 1;
  if (depth * groups !== c || filters % groups !== 0) return { ok: false, problem: 'depth-mismatch' };
  if (!Number.isInteger(filter) || filter < 0 || filter >= filters)
    return { ok: false, problem: 'filter-out-of-range' };

  const group = Math.floor(filter / (filters / groups));
  const firstChannel = group * depth;
  const outW = convOutputSize(w, k, geometry);
  const outH = convOutputSize(h, k, geometry);
  const { stride, padding } = geometry;
  const kd = kernel.data;
  const x = input.data;
  const parts: ChannelPart[] = [];
  const sum = new Float64Array(outH * outW);
  for (let d = 0; d < depth; d++) {
    const ch = firstChannel + d;
    const map = new Float64Array(outH * outW);
    let weight = 0;
    for (let oy = 0; oy < outH; oy++) {
      for (let ox = 0; ox < outW; ox++) {
        let acc = 0;
        for (let ky = 0; ky < k; ky++) {
          const iy = oy * stride - padding + ky;
          if (iy < 0 || iy >= h) continue; // zero padding adds nothing
          for (let kx = 0; kx < k; kx++) {
            const ix = ox * stride - padding + kx;
            if (ix < 0 || ix >= w) continue;
            acc += (x[(iy * w + ix) * c + ch] ?? 0) * (kd[((ky * k + kx) * depth + d) * filters + filter] ?? 0);
          }
        }
        const p = oy * outW + ox;
        map[p] = acc;
        sum[p] = (sum[p] ?? 0) + acc;
        weight += Math.abs(acc);
      }
    }
    parts.push({ channel: ch, map, weight });
  }
  const b = bias?.[filter] ?? 0;
  const output = sum.map((v) => v + b);
  const relu = output.map((v) => Math.max(0, v));
  return { filter, group, firstChannel, depth, outH, outW, parts, sum, bias: b, output, relu };
}

/** The `n` parts that move the output most (largest Σ|map| first; ties: lower channel first). */
export function topParts(parts: readonly ChannelPart[], n: number): ChannelPart[] {
  return [...parts].sort((a, b) => b.weight - a.weight || a.channel - b.channel).slice(0, Math.max(0, n));
}

/** Largest |a − b| over two maps of the same length (Infinity if the lengths differ). */
export function maxAbsDiff(a: ArrayLike<number>, b: ArrayLike<number>): number {
  if (a.length !== b.length) return Infinity;
  let m = 0;
  for (let i = 0; i < a.length; i++) m = Math.max(m, Math.abs((a[i] ?? 0) - (b[i] ?? 0)));
  return m;
}
