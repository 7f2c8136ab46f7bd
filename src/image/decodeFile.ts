/**
 * Turns a file the user gave (picked, dropped, pasted) into RGBA pixels, or into a reason for
 * refusing it. Nothing is sent anywhere: the bytes are read and decoded in this tab.
 */
import type { RgbaImage } from '../core/tensorData';
import { readPixels } from './canvas';
import { type HeaderInfo, formatNames } from './formats/types';
import type { ImageNote, ImageProblem } from './notes';
import { flattenOnWhite, notePercent } from './pixels';
import { type ImageLimits, checkByteSize, fitWithin, imageLimits, inspect, pixelProblem, sizeNotes } from './plan';

/** Decoded pixels with notes of what was done, or the reason for refusing the file. */
export type DecodeOutcome =
  | { readonly ok: true; readonly pixels: RgbaImage; readonly notes: readonly ImageNote[] }
  | { readonly ok: false; readonly problem: ImageProblem };

/**
 * Decodes `file` for a network whose input is inputSize×inputSize (227), with the checks of
 * plan.ts. Never throws: every failure becomes a problem with a code the UI can explain.
 */
export async function decodeImageFile(
  file: Blob,
  inputSize: number,
  limits: ImageLimits = imageLimits,
): Promise<DecodeOutcome> {
  const sized = checkByteSize(file.size, limits);
  if (sized) return { ok: false, problem: sized };
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch {
    return { ok: false, problem: { code: 'readFailed' } };
  }
  const found = inspect(bytes, limits);
  if (!found.ok) return found;

  let decoded: Decoded;
  try {
    decoded = await decodeBitmap(file, found.header, limits);
  } catch {
    const code = found.format === 'heic' ? 'heic' : 'decodeFailed';
    return { ok: false, problem: { code, values: { format: formatNames[found.format] } } };
  }
  if ('problem' in decoded) return { ok: false, problem: decoded.problem };
  const { bitmap, original } = decoded;
  try {
    const pixels = readPixels(bitmap, bitmap.width, bitmap.height);
    const notes = [...found.notes];
    const seeThrough = flattenOnWhite(pixels.data);
    if (seeThrough > 0) notes.push({ code: 'transparent', values: { percent: notePercent(seeThrough) } });
    notes.push(...sizeNotes(original, [pixels.width, pixels.height], inputSize));
    return { ok: true, pixels, notes };
  } catch {
    return { ok: false, problem: { code: 'decodeFailed', values: { format: formatNames[found.format] } } };
  } finally {
    bitmap.close();
  }
}

type Decoded =
  | { readonly bitmap: ImageBitmap; readonly original: readonly [w: number, h: number] }
  | { readonly problem: ImageProblem };

/**
 * Decodes straight to the working size when the header gave the size, so the bitmap kept is
 * at most workingSide² (the browser still decodes the file once, off the main thread).
 * Without a header, decodes first, checks the pixel count, then scales.
 */
async function decodeBitmap(file: Blob, header: HeaderInfo | null, limits: ImageLimits): Promise<Decoded> {
  // EXIF orientation applied by the browser; the header readers report the turned size too.
  const orient: ImageBitmapOptions = { imageOrientation: 'from-image' };
  if (header) {
    const original = [header.width, header.height] as const;
    const [w, h] = fitWithin(header.width, header.height, limits.workingSide);
    const resize: ImageBitmapOptions =
      w === header.width && h === header.height ? {} : { resizeWidth: w, resizeHeight: h, resizeQuality: 'high' };
    return { bitmap: await createImageBitmap(file, { ...orient, ...resize }), original };
  }
  const full = await createImageBitmap(file, orient);
  const original = [full.width, full.height] as const;
  const tooMany = pixelProblem(full.width, full.height, limits);
  const [w, h] = fitWithin(full.width, full.height, limits.workingSide);
  if (tooMany) {
    full.close();
    return { problem: tooMany };
  }
  if (w === full.width && h === full.height) return { bitmap: full, original };
  try {
    return {
      bitmap: await createImageBitmap(full, { resizeWidth: w, resizeHeight: h, resizeQuality: 'high' }),
      original,
    };
  } finally {
    full.close();
  }
}
