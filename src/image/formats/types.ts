/** What the header of an image file says, read before the browser decodes it. */

/** Raster formats recognised by their magic bytes. Only some have a header reader. */
export type RasterFormat = 'png' | 'jpeg' | 'gif' | 'webp' | 'bmp' | 'ico' | 'avif' | 'heic' | 'tiff' | 'jxl';

/** Display names: the same in every language. */
export const formatNames: Record<RasterFormat, string> = {
  png: 'PNG',
  jpeg: 'JPEG',
  gif: 'GIF',
  webp: 'WebP',
  bmp: 'BMP',
  ico: 'ICO',
  avif: 'AVIF',
  heic: 'HEIC',
  tiff: 'TIFF',
  jxl: 'JPEG XL',
};

/** The facts of a header that the checks and notes need. */
export interface HeaderInfo {
  /** Size as displayed, after any EXIF rotation: a phone's 4032×3024 portrait shot reads 3024×4032. */
  readonly width: number;
  readonly height: number;
  /** One grey channel in the file (PNG colour type 0/4, a one-component JPEG). */
  readonly grayscale: boolean;
  /** Bits per channel stored in the file: 16 for a 16-bit PNG. */
  readonly bitsPerChannel: number;
  /** Frames of an animation; 1 for a still image. */
  readonly frames: number;
  /** An EXIF orientation other than "upright" that the browser will apply. */
  readonly rotated: boolean;
}

/** Either what the header says, or why the file is unusable before decoding it. */
export type HeaderResult =
  { readonly ok: true; readonly info: HeaderInfo } | { readonly ok: false; readonly damage: 'truncated' | 'corrupt' };

/** A still, upright, 8-bit colour image of the given size: the defaults the readers start from. */
export function plainInfo(width: number, height: number): HeaderInfo {
  return { width, height, grayscale: false, bitsPerChannel: 8, frames: 1, rotated: false };
}

/** The file ends before its structure does. */
export const truncated: HeaderResult = { ok: false, damage: 'truncated' };
/** The structure is there but makes no sense. */
export const corrupt: HeaderResult = { ok: false, damage: 'corrupt' };
