/**
 * PNG header reader: the IHDR (size, bit depth, colour type) with its checksum, and a walk over
 * the chunk list that finds animation (APNG's acTL) and tells a file cut short from a whole one.
 */
import { ascii, u32be } from './bytes';
import { type HeaderResult, corrupt, plainInfo, truncated } from './types';

/** Reads a PNG whose 8-byte signature has already been checked. */
export function readPng(b: Uint8Array): HeaderResult {
  if (b.length < 33) return truncated;
  if (u32be(b, 8) !== 13 || ascii(b, 12, 4) !== 'IHDR') return corrupt;
  if (crc32(b.subarray(12, 29)) !== u32be(b, 29)) return corrupt;
  const width = u32be(b, 16) ?? 0;
  const height = u32be(b, 20) ?? 0;
  const bitDepth = b[24] ?? 0;
  const colorType = b[25] ?? 0;
  if (width === 0 || height === 0 || ![1, 2, 4, 8, 16].includes(bitDepth) || ![0, 2, 3, 4, 6].includes(colorType)) {
    return corrupt;
  }
  let frames = 1;
  let sawData = false;
  // Each chunk: length (4), type (4), data (length), CRC (4). Jumping by length is cheap even
  // for a 50 MB file; only the IHDR checksum is verified (the decoder checks the rest).
  for (let at = 8; ;) {
    const length = u32be(b, at);
    if (length === undefined || at + 12 + length > b.length) return truncated;
    const type = ascii(b, at + 4, 4);
    if (type === 'acTL') frames = Math.max(1, u32be(b, at + 8) ?? 1);
    if (type === 'IDAT') sawData = true;
    if (type === 'IEND') break;
    at += 12 + length;
  }
  if (!sawData) return corrupt;
  return {
    ok: true,
    info: {
      ...plainInfo(width, height),
      grayscale: colorType === 0 || colorType === 4,
      bitsPerChannel: bitDepth,
      frames,
    },
  };
}

let table: Uint32Array | undefined;

/** CRC-32 as PNG (and zip, and zlib's crc32) define it. */
export function crc32(bytes: Uint8Array): number {
  table ??= Uint32Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  let c = 0xffffffff;
  for (const byte of bytes) c = (table[(c ^ byte) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
