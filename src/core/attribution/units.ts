/**
 * Choosing the unit a deconvnet projection starts from (Zeiler & Fergus §2.1): in one channel
 * of a conv layer's output, the strongest activation, all others set to zero. By default the
 * channel is the layer's most active one: the channel holding its single strongest activation.
 */
import type { TensorData } from '../tensorData';

/** The largest value of channel `channel` in acts [h, w, c], and where it is (first on ties). */
export function strongestUnit(acts: TensorData, channel: number): { y: number; x: number; value: number } {
  const [h = 0, w = 0, c = 0] = acts.shape;
  if (!Number.isInteger(channel) || channel < 0 || channel >= c)
    throw new RangeError(`channel ${channel} is not in 0…${c - 1}`);
  let best = -Infinity;
  let at = 0;
  for (let i = 0; i < h * w; i++) {
    const v = acts.data[i * c + channel] ?? -Infinity;
    if (v > best) {
      best = v;
      at = i;
    }
  }
  return { y: Math.floor(at / w), x: at % w, value: best };
}

/** The channel of acts [h, w, c] that holds the layer's single largest value (lowest channel on ties). */
export function mostActiveChannel(acts: TensorData): number {
  const c = acts.shape[2] ?? 1;
  let best = -Infinity;
  let at = 0;
  for (let i = 0; i < acts.data.length; i++) {
    const v = acts.data[i] ?? -Infinity;
    if (v > best || (v === best && i % c < at)) {
      best = v;
      at = i % c;
    }
  }
  return at;
}

/** The one-hot start of a projection: `acts`'s shape, zero except the unit's own value. */
export function keepOnly(acts: TensorData, unit: { y: number; x: number; value: number }, channel: number): TensorData {
  const [, w = 0, c = 0] = acts.shape;
  const data = new Float32Array(acts.data.length);
  data[(unit.y * w + unit.x) * c + channel] = unit.value;
  return { shape: [...acts.shape], data };
}
