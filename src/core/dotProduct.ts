/**
 * One output value of a convolution, worked out the long way: the input patch under the
 * kernel, the products, their sum, the bias and the ReLU. This is what the walkthrough
 * shows behind a hovered conv1 pixel, and it must agree with the engine's activation.
 *
 * Layouts (see tensorData.ts): input [h, w, c] channels last; kernel [k, k, depth, filters].
 */
import type { TensorData } from './tensorData';

export interface ConvGeometry {
  readonly stride: number;
  /** Zero padding on every side (0 for the seed's conv1, 2 for torchvision's). */
  readonly padding: number;
  /** 1 for a dense convolution; filter f then sees input channels g·depth… where g = group of f. */
  readonly groups?: number;
}

/** One output value: channel (= filter) and pixel of the conv's output. */
export interface OutputPixel {
  readonly channel: number;
  readonly x: number;
  readonly y: number;
}

export interface DotProduct {
  readonly ok: true;
  /** Input values under the window, [k, k, depth]; 0 where the window lies in the padding. */
  readonly patch: TensorData;
  /** The filter's weights, [k, k, depth]. */
  readonly weights: TensorData;
  /** [k·k] flags, row by row: 1 where the window position lies in the zero padding. */
  readonly padded: Uint8Array;
  readonly paddedCount: number;
  /** Input pixel under the window's top-left weight: x·stride − padding (can be negative). */
  readonly origin: { readonly x: number; readonly y: number };
  /** Input channel that depth slice 0 reads (non-zero only in the later groups of a grouped conv). */
  readonly firstChannel: number;
  /** Number of products: k·k·depth = 363 for conv1. */
  readonly terms: number;
  /** Sum of the products of each depth slice: [ΣR, ΣG, ΣB] for conv1. */
  readonly channelSums: readonly number[];
  /** Σ patch·weights. */
  readonly sum: number;
  /** Σ |patch·weights|: the size of the numbers that cancelled, which sets the float tolerance. */
  readonly absSum: number;
  readonly bias: number;
  /** sum + bias: the conv layer's output. */
  readonly preActivation: number;
  /** max(0, preActivation): what the ReLU after it outputs. */
  readonly relu: number;
}

export type DotProductProblem =
  'input-shape' | 'kernel-shape' | 'depth-mismatch' | 'channel-out-of-range' | 'pixel-out-of-range' | 'bias-length';

export interface DotProductFailure {
  readonly ok: false;
  readonly problem: DotProductProblem;
}

/** Filter f of a [k, k, depth, F] kernel as its own [k, k, depth] block (conv1: [11, 11, 3]). */
export function kernelFilter(kernel: TensorData, f: number): TensorData {
  const [k = 0, , depth = 0, filters = 0] = kernel.shape;
  const n = k * k * depth;
  const data = new Float32Array(n);
  for (let i = 0; i < n; i++) data[i] = kernel.data[i * filters + f] ?? 0;
  return { shape: [k, k, depth], data };
}

/** Output side of a conv: ⌊(n + 2p − k)/s⌋ + 1 (55 for conv1 of the seed variant). */
export function convOutputSize(n: number, k: number, { stride, padding }: ConvGeometry): number {
  return Math.floor((n + 2 * padding - k) / stride) + 1;
}

/**
 * Works out output (channel, x, y) of a convolution of `input` [h, w, c] by `kernel`
 * [k, k, depth, F]. Sums in float64, so it is the exact reference for the engine's float32.
 * Example: conv1 of the seed variant, input [227, 227, 3], kernel [11, 11, 3, 96], stride 4,
 * padding 0, (channel 7, x 10, y 20) reads input pixels x 40…50, y 80…90: 363 products.
 */
export function convAt(
  input: TensorData,
  kernel: TensorData,
  bias: Float32Array | undefined,
  geometry: ConvGeometry,
  at: OutputPixel,
): DotProduct | DotProductFailure {
  const fail = (problem: DotProductProblem): DotProductFailure => ({ ok: false, problem });
  const [h = 0, w = 0, c = 0] = input.shape;
  const [k = 0, k2 = 0, depth = 0, filters = 0] = kernel.shape;
  if (input.shape.length !== 3 || h * w * c !== input.data.length || h < 1) return fail('input-shape');
  if (kernel.shape.length !== 4 || k !== k2 || k * k * depth * filters !== kernel.data.length || k < 1)
    return fail('kernel-shape');
  const groups = geometry.groups ?? 1;
  if (depth * groups !== c || filters % groups !== 0) return fail('depth-mismatch');
  if (!Number.isInteger(at.channel) || at.channel < 0 || at.channel >= filters) return fail('channel-out-of-range');
  const outW = convOutputSize(w, k, geometry);
  const outH = convOutputSize(h, k, geometry);
  if (!Number.isInteger(at.x) || !Number.isInteger(at.y) || at.x < 0 || at.y < 0 || at.x >= outW || at.y >= outH) {
    return fail('pixel-out-of-range');
  }
  if (bias && bias.length !== filters) return fail('bias-length');

  const firstChannel = Math.floor(at.channel / (filters / groups)) * depth;
  const ox = at.x * geometry.stride - geometry.padding;
  const oy = at.y * geometry.stride - geometry.padding;
  const weights = kernelFilter(kernel, at.channel);
  const patch = new Float32Array(k * k * depth);
  const padded = new Uint8Array(k * k);
  const channelSums = new Array<number>(depth).fill(0);
  let paddedCount = 0;
  let absSum = 0;
  for (let ky = 0; ky < k; ky++) {
    for (let kx = 0; kx < k; kx++) {
      const ix = ox + kx;
      const iy = oy + ky;
      const inside = ix >= 0 && iy >= 0 && ix < w && iy < h;
      if (!inside) {
        padded[ky * k + kx] = 1;
        paddedCount++;
        continue; // zero padding: the input is 0 there, so the products are 0
      }
      for (let d = 0; d < depth; d++) {
        const v = input.data[(iy * w + ix) * c + firstChannel + d] ?? 0;
        const i = (ky * k + kx) * depth + d;
        patch[i] = v;
        const product = v * (weights.data[i] ?? 0);
        channelSums[d] = (channelSums[d] ?? 0) + product;
        absSum += Math.abs(product);
      }
    }
  }
  const sum = channelSums.reduce((a, b) => a + b, 0);
  const b = bias?.[at.channel] ?? 0;
  const preActivation = sum + b;
  return {
    ok: true,
    patch: { shape: [k, k, depth], data: patch },
    weights,
    padded,
    paddedCount,
    origin: { x: ox, y: oy },
    firstChannel,
    terms: k * k * depth,
    channelSums,
    sum,
    absSum,
    bias: b,
    preActivation,
    relu: Math.max(0, preActivation),
  };
}

/** Which value the engine handed over: the conv's own output, or the ReLU's after it. */
export type ActivationStage = 'conv' | 'relu';

export interface EngineCheck {
  /** Our float64 value for that stage. */
  readonly expected: number;
  readonly diff: number;
  /** float32 rounding allowance: 1e-6 + 1e-4·Σ|products| (sums of 363 float32 terms drift). */
  readonly tolerance: number;
  readonly ok: boolean;
}

/** Compares the engine's float32 activation with the float64 working above. */
export function checkAgainstEngine(dp: DotProduct, engineValue: number, stage: ActivationStage): EngineCheck {
  const expected = stage === 'conv' ? dp.preActivation : dp.relu;
  const diff = Math.abs(engineValue - expected);
  const tolerance = 1e-6 + 1e-4 * (dp.absSum + Math.abs(dp.bias));
  return { expected, diff, tolerance, ok: diff <= tolerance };
}
