/**
 * Preprocessing, as torchvision does it in spirit: scale the shorter side to the network's
 * input size, centre-crop a square, then normalise each channel with the ImageNet mean and
 * standard deviation. Pure, so that the model input and the pictures the walkthrough shows
 * come from the same numbers.
 */
import type { RgbaImage, TensorData } from './tensorData';

/** ImageNet channel statistics on 0…1 values (torchvision's `Normalize`). */
export const imagenetMean = [0.485, 0.456, 0.406] as const;
export const imagenetStd = [0.229, 0.224, 0.225] as const;

export interface CropGeometry {
  /** Factor from source pixels to resized pixels: 227/300 for a 451×300 photo. */
  readonly scale: number;
  /** Size of the whole image after scaling: [342, 227] for 451×300 → 227. */
  readonly resized: readonly [w: number, h: number];
  /** Top-left corner of the centred square crop, in resized pixels. */
  readonly offset: readonly [x: number, y: number];
  readonly size: number;
}

/** Where the centred square of side `size` sits once the shorter side is scaled to `size`. */
export function cropGeometry(width: number, height: number, size: number): CropGeometry {
  const scale = size / Math.min(width, height);
  const rw = Math.max(size, Math.round(width * scale));
  const rh = Math.max(size, Math.round(height * scale));
  return { scale, resized: [rw, rh], offset: [Math.floor((rw - size) / 2), Math.floor((rh - size) / 2)], size };
}

/**
 * The `size`×`size` centre crop of `image`, resampled: bilinear when enlarging, an area
 * average when shrinking (so a 12000-pixel photo does not alias). Alpha is set to opaque.
 */
export function resizeCrop(image: RgbaImage, size: number): RgbaImage {
  const g = cropGeometry(image.width, image.height, size);
  const out = new Uint8ClampedArray(size * size * 4);
  const shrinking = g.scale < 1;
  const px = [0, 0, 0];
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      // Source rectangle covered by this output pixel.
      const sx0 = (x + g.offset[0]) / g.scale;
      const sy0 = (y + g.offset[1]) / g.scale;
      if (shrinking) areaAverage(image, sx0, sy0, 1 / g.scale, px);
      else bilinear(image, sx0 + 0.5 / g.scale - 0.5, sy0 + 0.5 / g.scale - 0.5, px);
      const o = (y * size + x) * 4;
      out[o] = px[0] ?? 0;
      out[o + 1] = px[1] ?? 0;
      out[o + 2] = px[2] ?? 0;
      out[o + 3] = 255;
    }
  }
  return { width: size, height: size, data: out };
}

function bilinear(img: RgbaImage, sx: number, sy: number, out: number[]): void {
  const x0 = clamp(Math.floor(sx), 0, img.width - 1);
  const y0 = clamp(Math.floor(sy), 0, img.height - 1);
  const x1 = Math.min(x0 + 1, img.width - 1);
  const y1 = Math.min(y0 + 1, img.height - 1);
  const fx = clamp(sx - x0, 0, 1);
  const fy = clamp(sy - y0, 0, 1);
  for (let c = 0; c < 3; c++) {
    const a = at(img, x0, y0, c) * (1 - fx) + at(img, x1, y0, c) * fx;
    const b = at(img, x0, y1, c) * (1 - fx) + at(img, x1, y1, c) * fx;
    out[c] = a * (1 - fy) + b * fy;
  }
}

function areaAverage(img: RgbaImage, sx: number, sy: number, side: number, out: number[]): void {
  const x0 = clamp(Math.floor(sx), 0, img.width - 1);
  const y0 = clamp(Math.floor(sy), 0, img.height - 1);
  const x1 = clamp(Math.ceil(sx + side), x0 + 1, img.width);
  const y1 = clamp(Math.ceil(sy + side), y0 + 1, img.height);
  const sums = [0, 0, 0];
  for (let y = y0; y < y1; y++) {
    for (let x = x0; x < x1; x++) {
      for (let c = 0; c < 3; c++) sums[c] = (sums[c] ?? 0) + at(img, x, y, c);
    }
  }
  const n = (x1 - x0) * (y1 - y0);
  for (let c = 0; c < 3; c++) out[c] = (sums[c] ?? 0) / n;
}

const at = (img: RgbaImage, x: number, y: number, c: number) => img.data[(y * img.width + x) * 4 + c] ?? 0;
const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));

/** (value/255 − mean)/std per channel: shape [size, size, 3], the network's input. */
export function normalize(image: RgbaImage): TensorData {
  const n = image.width * image.height;
  const data = new Float32Array(n * 3);
  for (let i = 0; i < n; i++) {
    for (let c = 0; c < 3; c++) {
      const v = (image.data[i * 4 + c] ?? 0) / 255;
      data[i * 3 + c] = (v - (imagenetMean[c] ?? 0)) / (imagenetStd[c] ?? 1);
    }
  }
  return { shape: [image.height, image.width, 3], data };
}

/**
 * Back from the network's input to pixels: value·std + mean, ×255, per channel, opaque.
 * [227, 227, 3] → a 227×227 RgbaImage: exactly the crop the model saw, for overlays.
 */
export function denormalize(input: TensorData): RgbaImage {
  const [h = 0, w = 0] = input.shape;
  const data = new Uint8ClampedArray(w * h * 4);
  for (let i = 0; i < w * h; i++) {
    for (let c = 0; c < 3; c++) {
      const v = input.data[i * 3 + c] ?? 0;
      data[i * 4 + c] = Math.round((v * (imagenetStd[c] ?? 1) + (imagenetMean[c] ?? 0)) * 255);
    }
    data[i * 4 + 3] = 255;
  }
  return { width: w, height: h, data };
}
