/** BMP header reader: the size from the DIB header (a negative height means top-down rows). */
import { u16le, u32le } from './bytes';
import { type HeaderResult, corrupt, plainInfo, truncated } from './types';

/** Reads a BMP whose "BM" signature and DIB header size have already been checked. */
export function readBmp(b: Uint8Array): HeaderResult {
  const dibSize = b[14];
  // The old OS/2 header (12 bytes) stores 16-bit sizes; every later one 32-bit signed sizes.
  const width = dibSize === 12 ? u16le(b, 18) : u32le(b, 18);
  const rawHeight = dibSize === 12 ? u16le(b, 20) : u32le(b, 22);
  if (width === undefined || rawHeight === undefined) return truncated;
  const height = dibSize === 12 ? rawHeight : Math.abs(rawHeight | 0);
  if (width === 0 || height === 0 || width > 0x7fffffff) return corrupt;
  return { ok: true, info: plainInfo(width, height) };
}
