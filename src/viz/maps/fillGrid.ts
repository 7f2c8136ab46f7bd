/**
 * Fill functions: data in, RGBA bytes out (the layout of ImageData.data), colour by LUT.
 * They touch no DOM, so they are unit-tested and timed in Node; a component then puts the
 * buffer on a canvas with one putImageData.
 */
import type { TensorData } from '../../core/tensorData';
import type { ValueRange } from './channelStats';
import type { Lut } from './colormap';
import { type GridLayout, tileOrigin } from './gridLayout';
import type { Hwc } from './tensorShape';

/** LUT index of value v on [lo, hi], as a multiplier and offset (hi = lo maps all to 0). */
function indexScale(range: ValueRange): { scale: number; lo: number } {
  const span = range.hi - range.lo;
  return { scale: span > 0 ? 255 / span : 0, lo: range.lo };
}

const lutIndex = (v: number, lo: number, scale: number): number => {
  const t = (v - lo) * scale + 0.5;
  // NaN compares false both ways and lands on entry 0.
  return t >= 255 ? 255 : t > 0 ? t | 0 : 0;
};

/**
 * Draws every channel of an [h, w, c] stack as one tile of the grid.
 * - out: RGBA bytes of the whole canvas, layout.width·layout.height·4 long;
 * - order[slot] = channel shown in that slot (see sortChannels);
 * - rangeOf(channel) = the value range mapped onto the LUT for that channel (the same for
 *   all channels for a layer-wide scale).
 * Gaps are left untouched (transparent in a fresh buffer).
 * Example: conv1, [55, 55, 96], 12×8 grid of 55-px tiles → 682×454 canvas.
 */
export function fillFeatureGrid(
  out: Uint8ClampedArray,
  maps: TensorData,
  [h, w, c]: Hwc,
  layout: GridLayout,
  order: readonly number[],
  lut: Lut,
  rangeOf: (channel: number) => ValueRange,
): void {
  const d = maps.data;
  const stride = layout.width * 4;
  for (let slot = 0; slot < order.length && slot < layout.count; slot++) {
    const ch = order[slot] ?? 0;
    const { scale, lo } = indexScale(rangeOf(ch));
    const [ox, oy] = tileOrigin(layout, slot);
    for (let y = 0; y < h; y++) {
      let o = (oy + y) * stride + ox * 4;
      let i = y * w * c + ch;
      for (let x = 0; x < w; x++, i += c, o += 4) {
        const j = lutIndex(d[i] ?? 0, lo, scale) * 4;
        out[o] = lut[j] ?? 0;
        out[o + 1] = lut[j + 1] ?? 0;
        out[o + 2] = lut[j + 2] ?? 0;
        out[o + 3] = 255;
      }
    }
  }
}

/**
 * A vector as a block of 1-px cells, row by row (see vectorLayout: 4096 values → 64×64).
 * Cells past the last value stay transparent; out is at least n·4 bytes.
 */
export function fillVector(out: Uint8ClampedArray, values: Float32Array, lut: Lut, range: ValueRange): void {
  const { scale, lo } = indexScale(range);
  for (let i = 0; i < values.length; i++) {
    const j = lutIndex(values[i] ?? 0, lo, scale) * 4;
    const o = i * 4;
    out[o] = lut[j] ?? 0;
    out[o + 1] = lut[j + 1] ?? 0;
    out[o + 2] = lut[j + 2] ?? 0;
    out[o + 3] = 255;
  }
}

/** Near-square block for n values: 4096 → 64×64, 1000 → 32×32 (24 empty), 9216 → 96×96. */
export function vectorLayout(n: number): { cols: number; rows: number } {
  const cols = Math.max(1, Math.ceil(Math.sqrt(n)));
  return { cols, rows: Math.max(1, Math.ceil(n / cols)) };
}

/** Min and max of a vector ({lo: 0, hi: 0} when empty): the strip's colour scale. */
export function vectorRange(values: Float32Array): ValueRange & { argmax: number } {
  let lo = Infinity;
  let hi = -Infinity;
  let argmax = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i] ?? 0;
    if (v < lo) lo = v;
    if (v > hi) {
      hi = v;
      argmax = i;
    }
  }
  return values.length > 0 ? { lo, hi, argmax } : { lo: 0, hi: 0, argmax: 0 };
}
