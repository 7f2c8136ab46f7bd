/**
 * A deconvnet or guided-backprop projection ([h, w, 3] in the network's input space) as a
 * picture, the way Zeiler & Fergus show theirs: 0 is mid-grey, and each value moves the colour
 * towards white or black by its share of the largest |value| (one scale for all three
 * channels, so colours keep their balance). Networks fed BGR (Caffe's preset) are shown RGB.
 * Also the patch of the crop that one unit's receptive field covers, beside it.
 */
import type { MapRect } from '../../core/attribution/types';
import type { RgbaImage, TensorData } from '../../core/tensorData';
import { scratchCanvas } from './heatmap';

/** RGBA of a projection: 128 + 127·v/max|v| per channel; channels reversed when `bgr`. */
export function projectionRgba(rgb: TensorData, bgr: boolean): Uint8ClampedArray {
  const [h = 0, w = 0, c = 3] = rgb.shape;
  let peak = 0;
  for (const v of rgb.data) peak = Math.max(peak, Math.abs(v));
  const k = peak > 0 ? 127 / peak : 0;
  const out = new Uint8ClampedArray(w * h * 4);
  for (let i = 0; i < w * h; i++) {
    for (let ch = 0; ch < 3; ch++) {
      const from = bgr ? 2 - ch : ch;
      out[i * 4 + ch] = Math.round(128 + k * (rgb.data[i * c + from] ?? 0));
    }
    out[i * 4 + 3] = 255;
  }
  return out;
}

/** Draws the projection on `canvas` at `scale` device pixels per input pixel (blocks, no smoothing). */
export function drawProjection(canvas: HTMLCanvasElement, rgb: TensorData, bgr: boolean, scale: number): void {
  const [h = 0, w = 0] = rgb.shape;
  canvas.width = Math.round(w * scale);
  canvas.height = Math.round(h * scale);
  const ctx = canvas.getContext('2d');
  if (!ctx) return;
  ctx.imageSmoothingEnabled = false;
  ctx.drawImage(scratchCanvas(canvas, w, h, projectionRgba(rgb, bgr)), 0, 0, canvas.width, canvas.height);
}

/**
 * Draws the part of `crop` inside `rect` (the receptive field, clipped to the crop) enlarged to
 * `side` device pixels on its longer edge; an empty rect leaves the canvas blank.
 */
export function drawPatch(canvas: HTMLCanvasElement, crop: RgbaImage, rect: MapRect, side: number): void {
  const w = Math.max(0, Math.round(rect.x1 - rect.x0));
  const h = Math.max(0, Math.round(rect.y1 - rect.y0));
  const k = side / Math.max(1, w, h);
  canvas.width = Math.max(1, Math.round(w * k));
  canvas.height = Math.max(1, Math.round(h * k));
  const ctx = canvas.getContext('2d');
  if (!ctx || w === 0 || h === 0) return;
  ctx.imageSmoothingEnabled = false;
  const whole = scratchCanvas(canvas, crop.width, crop.height, crop.data);
  ctx.drawImage(whole, Math.round(rect.x0), Math.round(rect.y0), w, h, 0, 0, canvas.width, canvas.height);
}
