/**
 * Attribution maps as pixels: a map at its own resolution ([13, 13] for Grad-CAM, [7, 7] for
 * occlusion, [227, 227] for saliency) is coloured through a colour map's lookup table, then
 * drawn over the crop the network saw, stretched to where it lies (its MapRect): smoothly for
 * Grad-CAM (the paper upsamples bilinearly), as blocks for the occlusion grid. The scaling for
 * display happens here only; the values the engine computed are never changed.
 */
import type { AttributionMethod, MapRect } from '../../core/attribution/types';
import type { RgbaImage, TensorData } from '../../core/tensorData';
import type { Lut } from '../maps/colormap';

/** The smallest and largest finite values; [0, 0] when there are none. */
export function finiteRange(data: ArrayLike<number>): [lo: number, hi: number] {
  let lo = Infinity;
  let hi = -Infinity;
  for (let i = 0; i < data.length; i++) {
    const v = data[i] ?? NaN;
    if (!Number.isFinite(v)) continue;
    lo = Math.min(lo, v);
    hi = Math.max(hi, v);
  }
  return lo <= hi ? [lo, hi] : [0, 0];
}

/**
 * The colour scale's domain: from 0 for the maps that are magnitudes or ReLU'd (Grad-CAM,
 * saliency, SmoothGrad, projections), so that 0 always has the darkest colour; occlusion's
 * probabilities from their own lowest to highest.
 */
export function displayDomain(method: AttributionMethod, map: TensorData): [lo: number, hi: number] {
  const [lo, hi] = finiteRange(map.data);
  return method === 'occlusion' ? [lo, hi] : [0, Math.max(0, hi)];
}

/** Writes the RGBA of `map` ([h, w]) into `rgba`: values through `lut` over `domain`; NaN transparent. */
export function fillMapRgba(
  rgba: Uint8ClampedArray,
  map: TensorData,
  lut: Lut,
  [lo, hi]: readonly [number, number],
): void {
  const span = hi > lo ? hi - lo : 1;
  for (let i = 0; i < map.data.length; i++) {
    const v = map.data[i] ?? NaN;
    if (Number.isNaN(v)) {
      rgba[i * 4 + 3] = 0;
      continue;
    }
    const j = Math.min(255, Math.max(0, Math.round(((v - lo) / span) * 255))) * 4;
    rgba[i * 4] = lut[j] ?? 0;
    rgba[i * 4 + 1] = lut[j + 1] ?? 0;
    rgba[i * 4 + 2] = lut[j + 2] ?? 0;
    rgba[i * 4 + 3] = 255;
  }
}

/** A canvas of w×h holding `rgba`, to draw scaled (an OffscreenCanvas where there is one). */
export function scratchCanvas(
  owner: HTMLCanvasElement,
  w: number,
  h: number,
  rgba: Uint8ClampedArray,
): OffscreenCanvas | HTMLCanvasElement {
  const c =
    typeof OffscreenCanvas === 'function' ? new OffscreenCanvas(w, h) : owner.ownerDocument.createElement('canvas');
  c.width = w;
  c.height = h;
  const ctx = c.getContext('2d') as OffscreenCanvasRenderingContext2D | CanvasRenderingContext2D | null;
  if (ctx) {
    const image = ctx.createImageData(w, h);
    image.data.set(rgba);
    ctx.putImageData(image, 0, 0);
  }
  return c;
}

export interface OverlayOptions {
  readonly lut: Lut;
  readonly domain: readonly [number, number];
  /** 0 … 1. */
  readonly opacity: number;
  /** Bilinear upsampling (Grad-CAM) or blocks (occlusion). */
  readonly smooth: boolean;
  /** Device pixels per crop pixel. */
  readonly scale: number;
}

/**
 * Draws the crop (size×size) and `map` over it at `placement`, on a canvas of size·scale square.
 * Where the map does not reach (occlusion's border), the crop shows through.
 */
export function drawHeatmap(
  canvas: HTMLCanvasElement,
  crop: RgbaImage,
  map: TensorData,
  placement: MapRect,
  o: OverlayOptions,
): void {
  const side = Math.round(crop.width * o.scale);
  canvas.width = side;
  canvas.height = side;
  const ctx = canvas.getContext('2d');
  if (!ctx) return;
  ctx.imageSmoothingEnabled = false; // the crop's own pixels, as blocks
  ctx.drawImage(scratchCanvas(canvas, crop.width, crop.height, crop.data), 0, 0, side, side);
  const [h = 0, w = 0] = map.shape;
  if (h === 0 || w === 0) return;
  const rgba = new Uint8ClampedArray(w * h * 4);
  fillMapRgba(rgba, map, o.lut, o.domain);
  ctx.globalAlpha = Math.min(1, Math.max(0, o.opacity));
  ctx.imageSmoothingEnabled = o.smooth;
  ctx.imageSmoothingQuality = 'high';
  const k = o.scale;
  const { x0, y0, x1, y1 } = placement;
  ctx.drawImage(scratchCanvas(canvas, w, h, rgba), x0 * k, y0 * k, (x1 - x0) * k, (y1 - y0) * k);
  ctx.globalAlpha = 1;
}

/** A map on its own (the sanity check's small multiples): w×h canvas pixels, CSS scales it. */
export function drawMapAlone(
  canvas: HTMLCanvasElement,
  map: TensorData,
  lut: Lut,
  domain: readonly [number, number],
): void {
  const [h = 0, w = 0] = map.shape;
  canvas.width = w;
  canvas.height = h;
  const ctx = canvas.getContext('2d');
  if (!ctx || w === 0 || h === 0) return;
  const image = ctx.createImageData(w, h);
  fillMapRgba(image.data, map, lut, domain);
  ctx.putImageData(image, 0, 0);
}
