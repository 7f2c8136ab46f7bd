/**
 * Loads a built-in sample photo (served with the app, same origin) as RGBA pixels.
 */
import type { RgbaImage } from '../core/tensorData';
import type { SampleId } from '../state/viewState';

/** URL of a sample relative to the app, so the build works under any base path. */
export function sampleUrl(id: SampleId, thumb = false): string {
  return `${import.meta.env.BASE_URL}samples/${id}${thumb ? '-thumb' : ''}.jpg`;
}

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

/** Samples whose loading started before the page rendered (preloadSample), taken once. */
const early = new Map<SampleId, Promise<RgbaImage>>();

/**
 * Starts loading a sample before React renders (main.tsx), so that fetching and decoding
 * overlap the first render and the engine's start; the next loadSample(id) takes it over.
 */
export function preloadSample(id: SampleId): void {
  if (!early.has(id)) early.set(id, fetchSample(id));
}

/** Fetches and decodes a sample (or takes over the preloaded one). */
export function loadSample(id: SampleId): Promise<RgbaImage> {
  const started = early.get(id);
  early.delete(id);
  return started ?? fetchSample(id);
}

async function fetchSample(id: SampleId): Promise<RgbaImage> {
  const response = await fetch(sampleUrl(id));
  if (!response.ok) throw new Error(`sample ${id}: HTTP ${response.status}`);
  const bitmap = await createImageBitmap(await response.blob());
  try {
    return bitmapToRgba(bitmap, bitmap.width, bitmap.height);
  } finally {
    bitmap.close();
  }
}
