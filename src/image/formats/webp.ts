/**
 * WebP header reader: walks the RIFF chunks for the canvas size (VP8X, or the VP8/VP8L
 * bitstream header of a simple file) and counts animation frames (ANMF).
 */
import { ascii, u16le, u24le, u32le } from './bytes';
import { type HeaderResult, corrupt, plainInfo, truncated } from './types';

/** Reads a WebP whose "RIFF….WEBP" signature has already been checked. */
export function readWebp(b: Uint8Array): HeaderResult {
  let size: [number, number] | null = null;
  let frames = 0;
  for (let at = 12; at < b.length;) {
    const type = ascii(b, at, 4);
    const length = u32le(b, at + 4);
    if (length === undefined || at + 8 + length > b.length) return size ? ok(size, frames) : truncated;
    const data = at + 8;
    if (type === 'VP8X') size = [1 + (u24le(b, data + 4) ?? 0), 1 + (u24le(b, data + 7) ?? 0)];
    if (type === 'ANMF') frames += 1;
    if (type === 'VP8 ' && !size) {
      // Key frame start code 9D 01 2A, then 14-bit width and height.
      if (b[data + 3] !== 0x9d || b[data + 4] !== 0x01 || b[data + 5] !== 0x2a) return corrupt;
      size = [(u16le(b, data + 6) ?? 0) & 0x3fff, (u16le(b, data + 8) ?? 0) & 0x3fff];
    }
    if (type === 'VP8L' && !size) {
      if (b[data] !== 0x2f) return corrupt;
      const bits = u32le(b, data + 1) ?? 0;
      size = [(bits & 0x3fff) + 1, ((bits >>> 14) & 0x3fff) + 1];
    }
    at = data + length + (length % 2); // chunks are padded to an even length
  }
  return size ? ok(size, frames) : truncated;
}

function ok([width, height]: [number, number], frames: number): HeaderResult {
  if (width === 0 || height === 0) return corrupt;
  return { ok: true, info: { ...plainInfo(width, height), frames: Math.max(1, frames) } };
}
