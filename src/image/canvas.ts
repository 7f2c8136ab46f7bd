/** A 2D canvas for reading pixels back: an OffscreenCanvas where the browser has one. */
import type { RgbaImage } from '../core/tensorData';

type Ctx2d = OffscreenCanvasRenderingContext2D | CanvasRenderingContext2D;

/** A drawing context of the given size; `willReadFrequently` keeps it in CPU memory, as getImageData wants. */
export function context2d(width: number, height: number): Ctx2d {
  const ctx =
    typeof OffscreenCanvas === 'function'
      ? new OffscreenCanvas(width, height).getContext('2d', { willReadFrequently: true })
      : sizedCanvas(width, height).getContext('2d', { willReadFrequently: true });
  if (!ctx) throw new Error('2D canvas unavailable');
  return ctx;
}

function sizedCanvas(width: number, height: number): HTMLCanvasElement {
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  return canvas;
}

/** Draws `source` scaled to width×height on a transparent canvas and reads the RGBA bytes back. */
export function readPixels(source: CanvasImageSource, width: number, height: number): RgbaImage {
  const ctx = context2d(width, height);
  ctx.imageSmoothingQuality = 'high';
  ctx.drawImage(source, 0, 0, width, height);
  return { width, height, data: ctx.getImageData(0, 0, width, height).data };
}
