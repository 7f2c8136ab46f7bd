/**
 * Loads a built-in sample photo (served with the app, same origin) as RGBA pixels.
 */
import type { RgbaImage } from '../core/tensorData';
import type { SampleId } from './sampleIds';
import { fetchRgba } from './bitmap';
import type { SampleAnswer, SampleRequest } from './sampleWorker';

/** URL of a sample relative to the app, so the build works under any base path. */
export function sampleUrl(id: SampleId, thumb = false): string {
  return `${import.meta.env.BASE_URL}samples/${id}${thumb ? '-thumb' : ''}.jpg`;
}

/** Samples whose loading started before the page rendered (preloadSample), taken once. */
const early = new Map<SampleId, Promise<RgbaImage>>();

/**
 * Starts loading a sample before React renders (main.tsx), so that fetching and decoding
 * overlap the first render and the engine's start; the next loadSample(id) takes it over.
 */
export function preloadSample(id: SampleId): Promise<RgbaImage> {
  const started = early.get(id) ?? fetchSample(id);
  early.set(id, started);
  return started;
}

/** Fetches and decodes a sample (or takes over the preloaded one). */
export function loadSample(id: SampleId): Promise<RgbaImage> {
  const started = early.get(id);
  early.delete(id);
  return started ?? fetchSample(id);
}

let decoder: Worker | null | undefined;
const waiting = new Map<number, { resolve: (img: RgbaImage) => void; reject: (err: Error) => void }>();
let nextId = 0;

/** The decoding worker, started on first use; null where workers cannot decode (then the page does). */
function sampleDecoder(): Worker | null {
  if (decoder !== undefined) return decoder;
  try {
    decoder = new Worker(new URL('./sampleWorker.ts', import.meta.url), { type: 'module', name: 'alexnet-samples' });
    decoder.onmessage = (e: MessageEvent<SampleAnswer>) => {
      const a = e.data;
      const w = waiting.get(a.id);
      waiting.delete(a.id);
      if ('error' in a) w?.reject(new Error(a.error));
      else w?.resolve({ width: a.width, height: a.height, data: a.data });
    };
  } catch {
    decoder = null;
  }
  return decoder;
}

/** Fetches and decodes a sample in the decoding worker (on the page where there is none). */
function fetchSample(id: SampleId): Promise<RgbaImage> {
  const url = sampleUrl(id);
  const worker = typeof OffscreenCanvas === 'undefined' ? null : sampleDecoder();
  if (!worker) return fetchRgba(url);
  return new Promise((resolve, reject) => {
    const request: SampleRequest = { id: ++nextId, url: new URL(url, window.location.href).href };
    waiting.set(request.id, { resolve, reject });
    worker.postMessage(request);
  });
}
