/**
 * Fetches and decodes the built-in sample photos off the page's main thread: drawing a JPEG
 * into a canvas and reading it back decodes it there, and on a busy 2-core machine that was a
 * 100–800 ms task during the page's first second. The bytes come back transferred, not copied.
 */
import { fetchRgba } from './bitmap';

/** A request: the sample's URL, and an id to answer with. */
export interface SampleRequest {
  readonly id: number;
  readonly url: string;
}

/** The answer: the decoded pixels, or why not. */
export type SampleAnswer =
  | { readonly id: number; readonly width: number; readonly height: number; readonly data: Uint8ClampedArray }
  | { readonly id: number; readonly error: string };

self.onmessage = (e: MessageEvent<SampleRequest>) => {
  const { id, url } = e.data;
  fetchRgba(url).then(
    (img) => self.postMessage({ id, ...img } satisfies SampleAnswer, { transfer: [img.data.buffer] }),
    (err: unknown) => self.postMessage({ id, error: String(err) } satisfies SampleAnswer),
  );
};
