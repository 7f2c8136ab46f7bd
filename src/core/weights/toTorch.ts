/**
 * From the engine's layouts back to PyTorch's, the inverse of layout.ts: conv [k, k, depth, F]
 * → OIHW [F, depth, k, k]; dense [nIn, units] → [units, nIn], the first dense layer's columns
 * put back in PyTorch's channel-first flatten order (C, H, W). Used to write a .pth file.
 */
import { type FlattenedFrom, sourceColumns } from './layout';

/** [kh, kw, I, O] → [O, I, kh, kw]. */
export function convToTorch(src: Float32Array, o: number, i: number, kh: number, kw: number): Float32Array {
  const out = new Float32Array(src.length);
  let d = 0;
  for (let f = 0; f < o; f++) {
    for (let c = 0; c < i; c++) {
      for (let y = 0; y < kh; y++) {
        for (let x = 0; x < kw; x++) out[d++] = src[((y * kw + x) * i + c) * o + f] ?? 0;
      }
    }
  }
  return out;
}

/** [nIn, units] with rows in the engine's (H, W, C) order → [units, nIn] with columns in (C, H, W) order. */
export function denseToTorch(src: Float32Array, units: number, nIn: number, from: FlattenedFrom): Float32Array {
  const cols = sourceColumns(from);
  const out = new Float32Array(units * nIn);
  for (let r = 0; r < nIn; r++) {
    const col = cols[r] ?? 0;
    for (let u = 0; u < units; u++) out[u * nIn + col] = src[r * units + u] ?? 0;
  }
  return out;
}
