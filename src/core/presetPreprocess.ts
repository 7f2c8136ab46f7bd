/**
 * The preprocessing trained networks expect, step by step (the input step shows each):
 * - torchvision (IMAGENET1K_V1's eval transform): Resize(256) — shorter side to 256, Pillow
 *   bilinear —, CenterCrop(224), ToTensor (/255), Normalize(mean, std), RGB.
 * - caffe (BVLC AlexNet): resize to 256×256 (Caffe's ImageNet data was squashed to 256×256 by
 *   convert_imageset), centre crop to the input size (227), BGR, 0–255, minus the mean pixel
 *   (B 104, G 117, R 123).
 * - fashion (the training lab's network, core/lab): the centre square resized to the input side
 *   (28), grey as Pillow's convert('L') computes it (ITU-R 601-2 luma in 16-bit fixed point),
 *   /255, minus Fashion-MNIST's mean, divided by its std:
 *   one channel. A Fashion-MNIST image (grey, 28×28) goes through unchanged until the division.
 * Pure: the worker and the pictures of the walkthrough use the same numbers.
 */
import type { PreprocessPreset } from './weights/types';
import { fashionMean, fashionStd } from './lab/fashion';
import { imagenetMean, imagenetStd } from './preprocess';
import { pilBilinearResize } from './pilResize';
import type { RgbaImage, TensorData } from './tensorData';

/** Caffe's mean pixel in BGR order. */
export const caffeMeanBgr = [104, 117, 123] as const;

/** The size of each step: the resize target and the crop. */
export interface PresetGeometry {
  readonly resized: readonly [w: number, h: number];
  /** Top-left corner of the crop in the resized image. */
  readonly offset: readonly [x: number, y: number];
  readonly size: number;
}

/** Python's round(): halves go to the even neighbour (torchvision's center_crop uses it). */
function roundHalfEven(v: number): number {
  const r = Math.round(v);
  return Math.abs(v % 1) === 0.5 && r % 2 !== 0 ? r - 1 : r;
}

/** Where a w×h image is resized to and cropped, for a network with input side `size`. */
export function presetGeometry(preset: PreprocessPreset, width: number, height: number, size: number): PresetGeometry {
  const side = Math.max(256, size);
  let resized: readonly [number, number];
  if (preset === 'fashion') {
    // Shorter side to the input side, so the crop is the centre square.
    const long = Math.round((size * Math.max(width, height)) / Math.min(width, height));
    resized = width <= height ? [size, long] : [long, size];
  } else if (preset === 'caffe') {
    resized = [side, side];
  } else {
    // torchvision: new_long = int(256 · long / short), the shorter side exactly 256.
    const long = Math.trunc((side * Math.max(width, height)) / Math.min(width, height));
    resized = width <= height ? [side, long] : [long, side];
  }
  const offset = [roundHalfEven((resized[0] - size) / 2), roundHalfEven((resized[1] - size) / 2)] as const;
  return { resized, offset, size };
}

/** Step 1: the whole image resized as the preset does. */
export function presetResize(image: RgbaImage, preset: PreprocessPreset, size: number): RgbaImage {
  const g = presetGeometry(preset, image.width, image.height, size);
  return pilBilinearResize(image, g.resized[0], g.resized[1]);
}

/** Step 2: the size×size window at (x, y). */
export function crop(image: RgbaImage, x: number, y: number, size: number): RgbaImage {
  const data = new Uint8ClampedArray(size * size * 4);
  for (let r = 0; r < size; r++) {
    const from = ((y + r) * image.width + x) * 4;
    data.set(image.data.subarray(from, from + size * 4), r * size * 4);
  }
  return { width: size, height: size, data };
}

/**
 * Step 3: pixels → the network's input [size, size, 3], in float32 arithmetic as PyTorch does
 * it: torchvision (v/255 − mean)/std in RGB; caffe v − mean in BGR.
 */
export function presetNormalize(image: RgbaImage, preset: PreprocessPreset): TensorData {
  const n = image.width * image.height;
  if (preset === 'fashion') {
    const grey = new Float32Array(n);
    for (let i = 0; i < n; i++) grey[i] = (luma(image.data, i * 4) / 255 - fashionMean) / fashionStd;
    return { shape: [image.height, image.width, 1], data: grey };
  }
  const data = new Float32Array(n * 3);
  const f = Math.fround;
  for (let i = 0; i < n; i++) {
    for (let c = 0; c < 3; c++) {
      if (preset === 'caffe') {
        data[i * 3 + c] = (image.data[i * 4 + 2 - c] ?? 0) - (caffeMeanBgr[c] ?? 0);
      } else {
        const v = f((image.data[i * 4 + c] ?? 0) / 255);
        data[i * 3 + c] = f(f(v - f(imagenetMean[c] ?? 0)) / f(imagenetStd[c] ?? 1));
      }
    }
  }
  return { shape: [image.height, image.width, 3], data };
}

/** Pillow's convert('L'): (R·19595 + G·38470 + B·7471 + 2¹⁵) >> 16 (weights 0.299, 0.587, 0.114). */
function luma(px: ArrayLike<number>, at: number): number {
  return ((px[at] ?? 0) * 19595 + (px[at + 1] ?? 0) * 38470 + (px[at + 2] ?? 0) * 7471 + 0x8000) >>> 16;
}

/** All three steps: the network input for `image`, and the pictures of the steps. */
export function presetPreprocess(
  image: RgbaImage,
  preset: PreprocessPreset,
  size: number,
): { resized: RgbaImage; cropped: RgbaImage; input: TensorData } {
  const g = presetGeometry(preset, image.width, image.height, size);
  const resized = pilBilinearResize(image, g.resized[0], g.resized[1]);
  const cropped = crop(resized, g.offset[0], g.offset[1], size);
  return { resized, cropped, input: presetNormalize(cropped, preset) };
}

/** Back from a preset's input to the pixels of the crop (for overlays), opaque. */
export function presetDenormalize(input: TensorData, preset: PreprocessPreset): RgbaImage {
  const [h = 0, w = 0] = input.shape;
  const data = new Uint8ClampedArray(w * h * 4);
  if (preset === 'fashion') {
    for (let i = 0; i < w * h; i++) {
      const v = Math.round(((input.data[i] ?? 0) * fashionStd + fashionMean) * 255);
      data.set([v, v, v, 255], i * 4);
    }
    return { width: w, height: h, data };
  }
  for (let i = 0; i < w * h; i++) {
    for (let c = 0; c < 3; c++) {
      const v = input.data[i * 3 + c] ?? 0;
      if (preset === 'caffe') data[i * 4 + 2 - c] = Math.round(v + (caffeMeanBgr[c] ?? 0));
      else data[i * 4 + c] = Math.round((v * (imagenetStd[c] ?? 1) + (imagenetMean[c] ?? 0)) * 255);
    }
    data[i * 4 + 3] = 255;
  }
  return { width: w, height: h, data };
}
