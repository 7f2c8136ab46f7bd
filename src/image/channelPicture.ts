/**
 * The normalised input as pictures: one channel of the [size, size, 3] tensor coloured with a
 * diverging map, white at 0 (the ImageNet mean), blue below, red above.
 */
import { imagenetMean, imagenetStd } from '../core/preprocess';
import type { TensorData } from '../core/tensorData';

/**
 * The largest |value| normalisation can produce, over all channels: blue at 255 gives
 * (1 − 0.406)/0.225 = 2.64. Using it as the colour scale's end keeps every image on the same
 * scale and never clips.
 */
export const normalizedLimit = Math.max(
  ...imagenetMean.flatMap((mean, c) => {
    const std = imagenetStd[c] ?? 1;
    return [Math.abs((0 - mean) / std), Math.abs((1 - mean) / std)];
  }),
);

/**
 * Writes channel `channel` of an [h, w, 3] tensor into `rgba` (h·w·4 bytes) through a
 * 256-entry RGBA lookup table spanning −limit … +limit.
 */
export function fillChannel(
  rgba: Uint8ClampedArray,
  input: TensorData,
  channel: number,
  lut: Uint8ClampedArray,
  limit = normalizedLimit,
): void {
  const channels = input.shape[2] ?? 3;
  const n = input.data.length / channels;
  for (let p = 0; p < n; p++) {
    const v = input.data[p * channels + channel] ?? 0;
    const i = Math.min(255, Math.max(0, Math.round(((v + limit) / (2 * limit)) * 255))) * 4;
    rgba[p * 4] = lut[i] ?? 0;
    rgba[p * 4 + 1] = lut[i + 1] ?? 0;
    rgba[p * 4 + 2] = lut[i + 2] ?? 0;
    rgba[p * 4 + 3] = 255;
  }
}

/** "−2.12": two decimals with a true minus sign, as in the captions. */
export function signed2(x: number): string {
  const s = Math.abs(x).toFixed(2);
  return x < 0 && s !== '0.00' ? `−${s}` : s;
}
