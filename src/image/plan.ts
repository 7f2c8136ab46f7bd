/**
 * The checks made before and after decoding, as pure functions of the file's bytes and sizes,
 * so that they are unit-tested without a browser. decodeFile.ts does the decoding itself.
 */
import { readHeader } from './formats';
import { type HeaderInfo, type RasterFormat, formatNames } from './formats/types';
import { type ImageNote, type ImageProblem, dims, megabytes } from './notes';
import { sniff } from './sniff';

/** The bounds that keep memory and time in check whatever the user gives. */
export interface ImageLimits {
  /** Largest file accepted, in bytes. */
  readonly maxBytes: number;
  /** Largest image accepted, in pixels: the browser needs 4 bytes per pixel to decode it. */
  readonly maxPixels: number;
  /** Longest side kept after decoding; larger images are decoded scaled down to it. */
  readonly workingSide: number;
}

/**
 * 50 MB covers any phone photo; 200 megapixels (800 MB decoded) admits a 12000×12000 scan but
 * not a decompression bomb; 1024 pixels is 4.5× the network's 227-pixel input, plenty for the
 * crop and the pictures, and keeps the working copy at 4 MB.
 */
export const imageLimits: ImageLimits = { maxBytes: 50 * 2 ** 20, maxPixels: 200_000_000, workingSide: 1024 };

/** A file too small or too large to read at all, judged by its byte count alone. */
export function checkByteSize(size: number, limits: ImageLimits = imageLimits): ImageProblem | null {
  if (size === 0) return { code: 'empty' };
  if (size > limits.maxBytes) {
    return { code: 'tooBig', values: { size: megabytes(size), limit: Math.round(limits.maxBytes / 2 ** 20) } };
  }
  return null;
}

/** The verdict of `inspect`: a problem, or the format, header and notes known so far. */
export type Inspection =
  | { readonly ok: false; readonly problem: ImageProblem }
  | {
      readonly ok: true;
      readonly format: RasterFormat;
      /** Null for formats whose size is known only after decoding (AVIF, HEIC, TIFF, ICO). */
      readonly header: HeaderInfo | null;
      /** Notes already certain from the header (animation, grey, 16-bit, rotation). */
      readonly notes: readonly ImageNote[];
    };

/** Sniffs the bytes, reads the header and applies every check that needs no decoding. */
export function inspect(bytes: Uint8Array, limits: ImageLimits = imageLimits): Inspection {
  const sized = checkByteSize(bytes.length, limits);
  if (sized) return { ok: false, problem: sized };
  const kind = sniff(bytes);
  if (kind.kind === 'svg') return { ok: false, problem: { code: 'svg' } };
  if (kind.kind === 'other') return { ok: false, problem: { code: kind.looksLike } };
  const { format } = kind;
  const header = readHeader(format, bytes);
  if (header === null) return { ok: true, format, header: null, notes: [] };
  if (!header.ok) return { ok: false, problem: { code: header.damage, values: { format: formatNames[format] } } };
  const tooMany = pixelProblem(header.info.width, header.info.height, limits);
  if (tooMany) return { ok: false, problem: tooMany };
  return { ok: true, format, header: header.info, notes: headerNotes(header.info) };
}

/** Notes that follow from the header alone. */
export function headerNotes(info: HeaderInfo): ImageNote[] {
  const notes: ImageNote[] = [];
  if (info.frames > 1) notes.push({ code: 'firstFrame', values: { frames: info.frames } });
  if (info.grayscale) notes.push({ code: 'grayscale' });
  if (info.bitsPerChannel > 8) notes.push({ code: 'sixteenBit', values: { bits: info.bitsPerChannel } });
  if (info.rotated) notes.push({ code: 'rotated' });
  return notes;
}

/** Refuses an image with more pixels than the limit. */
export function pixelProblem(width: number, height: number, limits: ImageLimits = imageLimits): ImageProblem | null {
  if (width * height <= limits.maxPixels) return null;
  return {
    code: 'tooManyPixels',
    values: {
      size: dims(width, height),
      megapixels: Math.round((width * height) / 1e6),
      limit: limits.maxPixels / 1e6,
    },
  };
}

/** The size that fits inside side×side, keeping the aspect ratio; never below 1 pixel. */
export function fitWithin(width: number, height: number, side: number): readonly [w: number, h: number] {
  const k = Math.min(1, side / Math.max(width, height));
  return [Math.max(1, Math.round(width * k)), Math.max(1, Math.round(height * k))];
}

/**
 * Notes about size: scaled down on decoding, enlarged by the network's resize, or mostly cut
 * off by the square crop. `original` is the file's size, `working` the decoded copy's.
 */
export function sizeNotes(
  original: readonly [w: number, h: number],
  working: readonly [w: number, h: number],
  inputSize: number,
): ImageNote[] {
  const [w, h] = original;
  const notes: ImageNote[] = [];
  if (working[0] !== w || working[1] !== h) {
    notes.push({ code: 'scaledDown', values: { from: dims(w, h), to: dims(working[0], working[1]) } });
  }
  if (w * h === 1) notes.push({ code: 'flat', values: { input: inputSize } });
  else if (Math.min(w, h) < inputSize) notes.push({ code: 'enlarged', values: { size: dims(w, h), input: inputSize } });
  const kept = Math.min(w, h) / Math.max(w, h);
  if (kept < 0.5) notes.push({ code: 'cropHeavy', values: { percent: Math.round(kept * 100) } });
  return notes;
}
