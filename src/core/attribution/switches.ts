/**
 * Max-pooling switches and unpooling, as Zeiler & Fergus describe them (§2.1): on the way up,
 * each pooling window records where its maximum was (the switch); on the way down, unpooling
 * puts each value back at its window's switch, zeros elsewhere. AlexNet's windows overlap
 * (3×3, stride 2), so two windows can share a switch: their values add, which makes unpooling
 * the exact transpose of pooling (what the gradient of max-pooling computes). The engine
 * unpools with tfjs's max-pool gradient; this is the plain version it is tested against.
 *
 * Layout: [h, w, c], index (y·w + x)·c + ch. A switch is such a flat index into the input.
 * Ties go to the first maximum in row-major order within the window (as PyTorch and tfjs do).
 */
import type { Rounding } from '../spec';
import type { TensorData } from '../tensorData';
import { windowPlan } from '../ops/windows';

export interface Pooled {
  /** The pooled maps [oh, ow, c]. */
  readonly output: TensorData;
  /** For each output value, the flat input index of its window's maximum. */
  readonly switches: Int32Array;
}

/** Max-pools `input` [h, w, c] with a size×size window and `stride`, recording the switches. */
export function poolSwitches(input: TensorData, size: number, stride: number, rounding: Rounding = 'floor'): Pooled {
  const [h = 0, w = 0, c = 0] = input.shape;
  const rows = windowPlan({ input: h, kernel: size, stride, padding: 0, dilation: 1, rounding }).starts;
  const cols = windowPlan({ input: w, kernel: size, stride, padding: 0, dilation: 1, rounding }).starts;
  const oh = rows.length;
  const ow = cols.length;
  const out = new Float32Array(oh * ow * c);
  const switches = new Int32Array(oh * ow * c);
  for (let oy = 0; oy < oh; oy++)
    for (let ox = 0; ox < ow; ox++)
      for (let ch = 0; ch < c; ch++) {
        let best = -Infinity;
        let at = -1;
        const y0 = rows[oy] ?? 0;
        const x0 = cols[ox] ?? 0;
        // A ceil-mode window may reach past the edge: those cells are −∞ and never win.
        for (let y = y0; y < Math.min(h, y0 + size); y++)
          for (let x = x0; x < Math.min(w, x0 + size); x++) {
            const i = (y * w + x) * c + ch;
            const v = input.data[i] ?? -Infinity;
            if (v > best || at < 0) {
              best = v;
              at = i;
            }
          }
        const o = (oy * ow + ox) * c + ch;
        out[o] = best;
        switches[o] = at;
      }
  return { output: { shape: [oh, ow, c], data: out }, switches };
}

/** Unpooling: `values` (shaped like the pooled output) go to their switches in a zero [h, w, c]; shared switches add. */
export function unpool(values: TensorData, switches: Int32Array, inputShape: readonly number[]): TensorData {
  if (values.data.length !== switches.length)
    throw new RangeError(`${values.data.length} values for ${switches.length} switches`);
  const out = new Float32Array(inputShape.reduce((a, b) => a * b, 1));
  for (let i = 0; i < switches.length; i++) {
    const s = switches[i] ?? 0;
    out[s] = (out[s] ?? 0) + (values.data[i] ?? 0);
  }
  return { shape: [...inputShape], data: out };
}
