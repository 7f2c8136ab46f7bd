/**
 * JPEG header reader: walks the marker segments up to the first frame header (SOFn) for the
 * size and the number of components, and reads the EXIF orientation that phones write
 * instead of rotating the pixels.
 */
import { ascii, u16be, u16le, u32be, u32le } from './bytes';
import { type HeaderResult, corrupt, plainInfo, truncated } from './types';

/** Reads a JPEG whose first bytes FF D8 FF have already been checked. */
export function readJpeg(b: Uint8Array): HeaderResult {
  let orientation = 1;
  for (let at = 2; ;) {
    if (at >= b.length) return truncated;
    if (b[at] !== 0xff) return corrupt;
    const marker = b[at + 1];
    if (marker === undefined) return truncated;
    if (marker === 0xff) {
      at += 1; // fill byte
      continue;
    }
    if (marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
      at += 2; // markers without a length
      continue;
    }
    if (marker === 0xd9 || marker === 0xda) return corrupt; // end of image or scan data before any frame header
    const length = u16be(b, at + 2);
    if (length === undefined || at + 2 + length > b.length) return truncated;
    if (length < 2) return corrupt;
    if (marker === 0xe1 && ascii(b, at + 4, 6) === 'Exif\0\0') {
      orientation = exifOrientation(b.subarray(at + 10, at + 2 + length));
    }
    const isFrameHeader = marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
    if (isFrameHeader) {
      const height = u16be(b, at + 5) ?? 0;
      const width = u16be(b, at + 7) ?? 0;
      const components = b[at + 9] ?? 0;
      // Height 0 means "defined later by a DNL marker": legal, but no browser supports it.
      if (width === 0 || height === 0 || components === 0) return corrupt;
      // Orientations 5–8 turn the picture by 90°: the displayed width is the stored height.
      const turned = orientation >= 5 && orientation <= 8;
      return {
        ok: true,
        info: {
          ...plainInfo(turned ? height : width, turned ? width : height),
          grayscale: components === 1,
          bitsPerChannel: b[at + 4] ?? 8,
          rotated: orientation >= 2 && orientation <= 8,
        },
      };
    }
    at += 2 + length;
  }
}

/** The EXIF orientation tag (0x0112) of IFD0, 1 (upright) when absent or unreadable. */
export function exifOrientation(tiff: Uint8Array): number {
  const order = ascii(tiff, 0, 2);
  if (order !== 'II' && order !== 'MM') return 1;
  const u16 = order === 'II' ? u16le : u16be;
  const u32 = order === 'II' ? u32le : u32be;
  const ifd = u32(tiff, 4);
  if (ifd === undefined) return 1;
  const count = u16(tiff, ifd) ?? 0;
  for (let i = 0; i < count; i++) {
    const entry = ifd + 2 + i * 12;
    if (u16(tiff, entry) === 0x0112) {
      const value = u16(tiff, entry + 8) ?? 1;
      return value >= 1 && value <= 8 ? value : 1;
    }
  }
  return 1;
}
