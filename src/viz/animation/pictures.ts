/**
 * Pictures for the animation and the channel build-up: one channel of a feature-map stack, or
 * any float map, coloured through a LUT into an RgbaImage (1 pixel per value).
 */
import type { RgbaImage, TensorData } from '../../core/tensorData';
import { channelMap } from '../../core/ops/decompose';
import type { Lut } from '../maps/colormap';
import { fillVector, vectorRange } from '../maps/fillGrid';
import type { ValueRange } from '../maps/channelStats';

/** A w×h float map (row by row) as an image; `range` defaults to the map's own min … max. */
export function floatPicture(values: ArrayLike<number>, w: number, h: number, lut: Lut, range?: ValueRange): RgbaImage {
  const f = Float32Array.from(values);
  const data = new Uint8ClampedArray(w * h * 4);
  fillVector(data, f, lut, range ?? vectorRange(f));
  return { width: w, height: h, data };
}

/** Channel `ch` of an [h, w, c] stack as an image on its own colour scale. */
export function channelPicture(maps: TensorData, ch: number, lut: Lut): RgbaImage {
  const [h = 0, w = 0] = maps.shape;
  return floatPicture(channelMap(maps, ch), w, h, lut);
}

/** The largest |value| of a map: the half-width of a diverging scale centred on 0. */
export function symmetricRange(values: ArrayLike<number>): ValueRange {
  let m = 0;
  for (let i = 0; i < values.length; i++) m = Math.max(m, Math.abs(values[i] ?? 0));
  return { lo: -m || -1, hi: m || 1 };
}
