/**
 * From the layouts PyTorch and ONNX store to the engine's (see tf/weights.ts WeightSpec):
 * conv kernels OIHW → [k, k, depth, filters]; dense weights [units, nIn] → [nIn, units], with
 * the first dense layer's rows reordered from the channel-first flatten (C, H, W) of
 * PyTorch/ONNX to the engine's channel-last one (H, W, C). Each is the one copy of a layer.
 */

/** Where a spatial input was flattened: its height, width and channels; [1, 1, n] for none. */
export type FlattenedFrom = readonly [h: number, w: number, c: number];

/** [O, I, kh, kw] → [kh, kw, I, O]. */
export function convToEngine(src: Float32Array, o: number, i: number, kh: number, kw: number): Float32Array {
  const out = new Float32Array(src.length);
  let s = 0;
  for (let f = 0; f < o; f++) {
    for (let c = 0; c < i; c++) {
      for (let y = 0; y < kh; y++) {
        for (let x = 0; x < kw; x++) out[((y * kw + x) * i + c) * o + f] = src[s++] ?? 0;
      }
    }
  }
  return out;
}

/**
 * Engine row r = (h·W + w)·C + c reads source column (c·H + h)·W + w: the (C, H, W) → (H, W, C)
 * reordering of a flattened feature map. Identity for [1, 1, n].
 */
export function sourceColumns([h, w, c]: FlattenedFrom): Int32Array {
  const cols = new Int32Array(h * w * c);
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      for (let ch = 0; ch < c; ch++) cols[(y * w + x) * c + ch] = (ch * h + y) * w + x;
    }
  }
  return cols;
}

const block = 64;

/**
 * [units, nIn] (PyTorch Linear, ONNX Gemm with transB) → [nIn, units], rows reordered from
 * `from`'s flatten order. Done in 64×64 tiles so that reads and writes both stay in cache.
 */
export function denseToEngine(src: Float32Array, units: number, nIn: number, from: FlattenedFrom): Float32Array {
  const cols = sourceColumns(from);
  const out = new Float32Array(units * nIn);
  for (let r0 = 0; r0 < nIn; r0 += block) {
    const r1 = Math.min(nIn, r0 + block);
    for (let u0 = 0; u0 < units; u0 += block) {
      const u1 = Math.min(units, u0 + block);
      for (let r = r0; r < r1; r++) {
        const col = cols[r] ?? 0;
        const row = r * units;
        for (let u = u0; u < u1; u++) out[row + u] = src[u * nIn + col] ?? 0;
      }
    }
  }
  return out;
}

/** [nIn, units] (ONNX MatMul, Gemm without transB) → the same layout, rows reordered from `from`. */
export function rowsToEngine(src: Float32Array, units: number, nIn: number, from: FlattenedFrom): Float32Array {
  const cols = sourceColumns(from);
  const out = new Float32Array(units * nIn);
  for (let r = 0; r < nIn; r++) {
    const c = cols[r] ?? 0;
    out.set(src.subarray(c * units, (c + 1) * units), r * units);
  }
  return out;
}
