/**
 * A tensor's values as one contiguous float32 array in C order, checked to be finite.
 * Aligned little-endian float32 data is a view on the file's bytes (no copy): torch's zip
 * writer aligns every storage to 64 bytes. Unaligned data (legacy files, ONNX raw_data),
 * float16, bfloat16 and float64 are converted once; strided tensors are gathered once.
 */
import { WeightsError } from './types';

/** Element types a weight may arrive in. */
export type FloatDtype = 'float32' | 'float16' | 'bfloat16' | 'float64';

/** True for the element types that can become float32 weights. */
export function isFloatDtype(dtype: string): dtype is FloatDtype {
  return dtype === 'float32' || dtype === 'float16' || dtype === 'bfloat16' || dtype === 'float64';
}

/**
 * `count` values of `dtype` from `bytes` (a view on the file), as float32: a view when the
 * bytes are float32 and 4-byte aligned, a converted copy otherwise.
 */
export function floatsOf(bytes: Uint8Array, dtype: FloatDtype, count: number): Float32Array {
  if (dtype === 'float32' && bytes.byteOffset % 4 === 0) return new Float32Array(bytes.buffer, bytes.byteOffset, count);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const out = new Float32Array(count);
  if (dtype === 'float32') for (let i = 0; i < count; i++) out[i] = view.getFloat32(i * 4, true);
  else if (dtype === 'float64') for (let i = 0; i < count; i++) out[i] = view.getFloat64(i * 8, true);
  else if (dtype === 'bfloat16') for (let i = 0; i < count; i++) out[i] = bf16(view.getUint16(i * 2, true));
  else for (let i = 0; i < count; i++) out[i] = f16(view.getUint16(i * 2, true));
  return out;
}

/**
 * The values of a strided window on `storage` ([shape] with [stride], starting at `offset`
 * elements), contiguous: the storage itself when the window is the plain C-order layout.
 */
export function contiguous(
  storage: Float32Array,
  offset: number,
  shape: readonly number[],
  stride: readonly number[],
): Float32Array {
  const count = shape.reduce((a, b) => a * b, 1);
  let expected = 1;
  let plain = true;
  for (let d = shape.length - 1; d >= 0; d--) {
    if ((shape[d] ?? 1) !== 1 && stride[d] !== expected) plain = false;
    expected *= shape[d] ?? 1;
  }
  if (plain) return storage.subarray(offset, offset + count);
  const out = new Float32Array(count);
  const index = new Array<number>(shape.length).fill(0);
  for (let i = 0; i < count; i++) {
    let src = offset;
    for (let d = 0; d < shape.length; d++) src += (index[d] ?? 0) * (stride[d] ?? 0);
    out[i] = storage[src] ?? NaN;
    for (let d = shape.length - 1; d >= 0; d--) {
      index[d] = (index[d] ?? 0) + 1;
      if ((index[d] ?? 0) < (shape[d] ?? 1)) break;
      index[d] = 0;
    }
  }
  return out;
}

/** The element count a strided window needs from its storage: max index + 1. */
export function extent(offset: number, shape: readonly number[], stride: readonly number[]): number {
  if (shape.some((s) => s === 0)) return 0;
  return shape.reduce((end, s, d) => end + (s - 1) * (stride[d] ?? 0), offset) + 1;
}

/** Refuses (nonFinite) a NaN or ±Infinity, naming the tensor and the flat index of the first one. */
export function checkFinite(values: Float32Array, tensor: string): void {
  for (let i = 0; i < values.length; i++) {
    const v = values[i] ?? 0;
    // v − v is NaN exactly for NaN and ±Infinity: one comparison per value.
    if (v - v !== 0) throw new WeightsError('nonFinite', { tensor, index: i, value: String(v) });
  }
}

/** IEEE half → number. */
function f16(h: number): number {
  const sign = h & 0x8000 ? -1 : 1;
  const exp = (h >> 10) & 0x1f;
  const frac = h & 0x3ff;
  if (exp === 0) return sign * frac * 2 ** -24;
  if (exp === 31) return frac ? NaN : sign * Infinity;
  return sign * (1 + frac / 1024) * 2 ** (exp - 15);
}

/** bfloat16 is the top half of a float32. */
const bfView = new DataView(new ArrayBuffer(4));
function bf16(h: number): number {
  bfView.setUint32(0, h << 16);
  return bfView.getFloat32(0);
}
