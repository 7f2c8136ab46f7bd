/** One entry point for the header readers: a format in, what its header says out. */
import { readBmp } from './bmp';
import { readGif } from './gif';
import { readJpeg } from './jpeg';
import { readPng } from './png';
import type { HeaderResult, RasterFormat } from './types';
import { readWebp } from './webp';

const readers: Partial<Record<RasterFormat, (b: Uint8Array) => HeaderResult>> = {
  png: readPng,
  jpeg: readJpeg,
  gif: readGif,
  webp: readWebp,
  bmp: readBmp,
};

/**
 * Reads the header of a file already sniffed as `format`; null for formats without a reader
 * here (AVIF, HEIC, TIFF, ICO, JPEG XL), whose size is known only once the browser decodes them.
 */
export function readHeader(format: RasterFormat, bytes: Uint8Array): HeaderResult | null {
  const read = readers[format];
  return read ? read(bytes) : null;
}
