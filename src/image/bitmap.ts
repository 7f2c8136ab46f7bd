/** Bitmaps to RGBA bytes, on whichever thread has a 2D canvas (the page or a worker). */
import type { RgbaImage } from '../core/tensorData';

/** Decodes any bitmap source into RGBA bytes through a canvas. */
export function bitmapToRgba(
  bitmap: ImageBitmap | HTMLVideoElement | HTMLImageElement,
  width: number,
  height: number,
): RgbaImage {
  const canvas = new OffscreenCanvas(width, height);
  const ctx = canvas.getContext('2d', { willReadFrequently: true });
  if (!ctx) throw new Error('2D canvas unavailable');
  // White underlay: transparent pixels read as white paper, not black.
  ctx.fillStyle = '#fff';
  ctx.fillRect(0, 0, width, height);
  ctx.drawImage(bitmap, 0, 0, width, height);
  const { data } = ctx.getImageData(0, 0, width, height);
  return { width, height, data };
}

/** Fetches a same-origin image and decodes it to RGBA bytes. */
export async function fetchRgba(url: string): Promise<RgbaImage> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  const bitmap = await createImageBitmap(await response.blob());
  try {
    return bitmapToRgba(bitmap, bitmap.width, bitmap.height);
  } finally {
    bitmap.close();
  }
}
