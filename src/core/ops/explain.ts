/**
 * The numbers behind the layers without weights, worked out at one place of the real maps:
 * ReLU on a small patch, which value a max-pool window keeps, LRN's neighbours and
 * denominator at one position, a dropout mask, and softmax's exponentials and shares.
 * Everything in float64 from the engine's own activations, so the result can be checked
 * against the engine's next layer.
 */
import type { LrnLayer } from '../spec';
import type { TensorData } from '../tensorData';

/** A square patch of one channel: values row by row, and its top-left pixel. */
export interface Patch {
  readonly x0: number;
  readonly y0: number;
  readonly size: number;
  readonly values: readonly number[];
}

/** The `size`×`size` patch of channel `ch` whose top-left is (x0, y0), clamped inside the map. */
export function patchAt(maps: TensorData, ch: number, x0: number, y0: number, size: number): Patch {
  const [h = 0, w = 0, c = 1] = maps.shape;
  const s = Math.max(1, Math.min(size, h, w));
  const x = Math.min(Math.max(0, x0), w - s);
  const y = Math.min(Math.max(0, y0), h - s);
  const values: number[] = [];
  for (let dy = 0; dy < s; dy++)
    for (let dx = 0; dx < s; dx++) values.push(maps.data[((y + dy) * w + x + dx) * c + ch] ?? 0);
  return { x0: x, y0: y, size: s, values };
}

/** ReLU of each value: max(0, v). */
export function relu(values: readonly number[]): number[] {
  return values.map((v) => Math.max(0, v));
}

export interface PoolWindow {
  readonly patch: Patch;
  /** Index in patch.values of the value the window keeps (first maximum in row order). */
  readonly winner: number;
  readonly max: number;
}

/**
 * Max-pool output (ox, oy) of channel `ch`: the `size`×`size` window at (ox·stride, oy·stride),
 * clipped at the far edge (a ceil-mode window reads fewer pixels there).
 */
export function poolWindow(
  maps: TensorData,
  ch: number,
  size: number,
  stride: number,
  ox: number,
  oy: number,
): PoolWindow {
  const [h = 0, w = 0, c = 1] = maps.shape;
  const x0 = ox * stride;
  const y0 = oy * stride;
  const values: number[] = [];
  for (let dy = 0; dy < size; dy++)
    for (let dx = 0; dx < size; dx++) {
      const x = x0 + dx;
      const y = y0 + dy;
      values.push(x < w && y < h ? (maps.data[(y * w + x) * c + ch] ?? 0) : -Infinity);
    }
  let winner = 0;
  values.forEach((v, i) => {
    if (v > (values[winner] ?? -Infinity)) winner = i;
  });
  return { patch: { x0, y0, size, values }, winner, max: values[winner] ?? 0 };
}

export interface LrnWorking {
  /** The maps summed over: ch − (n − 1)/2 … ch + (n − 1)/2, clipped at the first and last map. */
  readonly neighbours: readonly { readonly channel: number; readonly value: number }[];
  readonly sumSquares: number;
  /** α as it multiplies the sum: α (paper) or α/n (Caffe, PyTorch). */
  readonly alphaUsed: number;
  /** (k + α' Σ a²)^β. */
  readonly denominator: number;
  readonly before: number;
  readonly after: number;
}

/** LRN at pixel (x, y) of channel `ch`: b = a / (k + α' Σ a²)^β over the n neighbouring maps. */
export function lrnAt(maps: TensorData, layer: LrnLayer, ch: number, x: number, y: number): LrnWorking {
  const [, w = 0, c = 1] = maps.shape;
  const r = (layer.size - 1) / 2;
  const at = (j: number) => maps.data[(y * w + x) * c + j] ?? 0;
  const neighbours = [];
  for (let j = Math.max(0, ch - r); j <= Math.min(c - 1, ch + r); j++) neighbours.push({ channel: j, value: at(j) });
  const sumSquares = neighbours.reduce((s, n) => s + n.value * n.value, 0);
  const alphaUsed = layer.alphaConvention === 'paper' ? layer.alpha : layer.alpha / layer.size;
  const denominator = (layer.k + alphaUsed * sumSquares) ** layer.beta;
  const before = at(ch);
  return { neighbours, sumSquares, alphaUsed, denominator, before, after: before / denominator };
}

/**
 * A training-time dropout mask of `n` units: each kept with probability 1 − rate (mulberry32
 * from `seed`, so the picture is the same on every visit). 1 = kept, 0 = dropped.
 */
export function dropoutMask(n: number, rate: number, seed: number): Uint8Array {
  let a = seed >>> 0;
  const mask = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    const u = ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    mask[i] = u >= rate ? 1 : 0;
  }
  return mask;
}

export interface SoftmaxWorking {
  /** The largest logit, subtracted before exp so that no exp overflows (the shares are unchanged). */
  readonly max: number;
  /** Σ exp(z − max) over every class. */
  readonly sum: number;
  /** The top classes: logit, exp(logit − max), share = exp / sum. */
  readonly top: readonly {
    readonly index: number;
    readonly logit: number;
    readonly exp: number;
    readonly share: number;
  }[];
}

/** Softmax of `logits` [classes], worked out in float64, with the `n` most likely classes. */
export function softmaxWorking(logits: ArrayLike<number>, n: number): SoftmaxWorking {
  let max = -Infinity;
  for (let i = 0; i < logits.length; i++) max = Math.max(max, logits[i] ?? -Infinity);
  let sum = 0;
  for (let i = 0; i < logits.length; i++) sum += Math.exp((logits[i] ?? 0) - max);
  const idx = Array.from({ length: logits.length }, (_, i) => i);
  idx.sort((a, b) => (logits[b] ?? 0) - (logits[a] ?? 0) || a - b);
  const top = idx.slice(0, n).map((index) => {
    const logit = logits[index] ?? 0;
    const exp = Math.exp(logit - max);
    return { index, logit, exp, share: exp / sum };
  });
  return { max, sum, top };
}
