/**
 * GIF header reader: the logical screen size, and a walk over the blocks that counts the
 * frames (the browser's decoder shows only the first when asked for a still bitmap).
 */
import { u16le } from './bytes';
import { type HeaderResult, corrupt, plainInfo, truncated } from './types';

/** Reads a GIF whose "GIF87a"/"GIF89a" signature has already been checked. */
export function readGif(b: Uint8Array): HeaderResult {
  const width = u16le(b, 6);
  const height = u16le(b, 8);
  const flags = b[10];
  if (width === undefined || height === undefined || flags === undefined) return truncated;
  if (width === 0 || height === 0) return corrupt;
  let at = 13 + colourTableBytes(flags);
  let frames = 0;
  let cutShort = false;
  for (;;) {
    const block = b[at];
    if (block === undefined) {
      cutShort = true;
      break;
    }
    if (block === 0x3b) break; // trailer
    if (block === 0x21) {
      at = skipSubBlocks(b, at + 2); // extension: introducer, label, sub-blocks
    } else if (block === 0x2c) {
      const localFlags = b[at + 9];
      if (localFlags === undefined) {
        cutShort = true;
        break;
      }
      // Descriptor (10 bytes), local colour table, LZW minimum code size (1 byte), sub-blocks.
      at = skipSubBlocks(b, at + 10 + colourTableBytes(localFlags) + 1);
      if (at <= b.length) frames += 1;
    } else {
      break; // unknown block: stop counting here; the decoder decides about the rest
    }
    if (at > b.length) {
      cutShort = true;
      break;
    }
  }
  if (frames === 0) return cutShort ? truncated : corrupt;
  return { ok: true, info: { ...plainInfo(width, height), frames } };
}

/** Size of a colour table announced by a flags byte: 3·2^(n+1) bytes when bit 7 is set. */
function colourTableBytes(flags: number): number {
  return flags & 0x80 ? 3 * 2 ** ((flags & 0x07) + 1) : 0;
}

/** Offset just past a chain of sub-blocks starting at `at`; past b.length when cut short. */
function skipSubBlocks(b: Uint8Array, at: number): number {
  for (;;) {
    const size = b[at];
    if (size === undefined) return b.length + 1;
    at += 1 + size;
    if (size === 0) return at;
  }
}
