/**
 * The code points a WOFF2 font maps (its cmap), read without a font library: Node's zlib
 * decompresses Brotli, and a WOFF2 stores the cmap table untransformed, so a few dozen lines of
 * the WOFF2 and OpenType specs suffice (table directory, then cmap formats 4 and 12).
 */
import { brotliDecompressSync } from 'node:zlib';

/** Tags WOFF2 encodes by index (WOFF2 spec, 5.1 "Known Table Tags"); we need only cmap's index. */
const cmapFlag = 0;

/** Reads a UIntBase128 (WOFF2 spec 4.1) at `at`; returns the value and the next offset. */
function base128(bytes: Uint8Array, at: number): [number, number] {
  let value = 0;
  for (let i = 0; i < 5; i += 1) {
    const b = bytes[at + i] ?? 0;
    value = value * 128 + (b & 0x7f);
    if ((b & 0x80) === 0) return [value, at + i + 1];
  }
  throw new Error('bad UIntBase128');
}

/** The uncompressed cmap table of a WOFF2 file. */
function cmapTable(file: Uint8Array): DataView {
  const head = new DataView(file.buffer, file.byteOffset, file.byteLength);
  if (head.getUint32(0) !== 0x774f4632) throw new Error('not a WOFF2 file');
  const numTables = head.getUint16(12);
  const compressedLength = head.getUint32(20);
  let at = 48;
  let offset = 0;
  let cmap: { offset: number; length: number } | null = null;
  for (let i = 0; i < numTables; i += 1) {
    const flags = file[at] ?? 0;
    at += 1;
    const tagIndex = flags & 0x3f;
    let tag = '';
    if (tagIndex === 63) {
      tag = String.fromCharCode(...file.subarray(at, at + 4));
      at += 4;
    }
    const transform = (flags >> 6) & 0x3;
    let length: number;
    [length, at] = base128(file, at);
    const isGlyfOrLoca = tagIndex === 10 || tagIndex === 11;
    // glyf/loca are transformed unless the version bits are 3; other tables unless 0.
    if ((isGlyfOrLoca && transform !== 3) || (!isGlyfOrLoca && transform !== 0)) [length, at] = base128(file, at);
    if (tagIndex === cmapFlag || tag === 'cmap') cmap = { offset, length };
    offset += length;
  }
  if (!cmap) throw new Error('no cmap table');
  const data = brotliDecompressSync(file.subarray(at, at + compressedLength));
  return new DataView(data.buffer, data.byteOffset + cmap.offset, cmap.length);
}

/** Every code point the font's Unicode cmap subtables map to a glyph other than .notdef. */
export function woff2CodePoints(file: Uint8Array): Set<number> {
  const cmap = cmapTable(file);
  const points = new Set<number>();
  const count = cmap.getUint16(2);
  for (let i = 0; i < count; i += 1) {
    const platform = cmap.getUint16(4 + i * 8);
    const sub = cmap.getUint32(8 + i * 8);
    if (platform !== 0 && platform !== 3) continue;
    const format = cmap.getUint16(sub);
    if (format === 4) readFormat4(cmap, sub, points);
    else if (format === 12) readFormat12(cmap, sub, points);
  }
  return points;
}

function readFormat4(v: DataView, sub: number, points: Set<number>): void {
  const segs = v.getUint16(sub + 6) / 2;
  const ends = sub + 14;
  const starts = ends + segs * 2 + 2;
  const deltas = starts + segs * 2;
  const ranges = deltas + segs * 2;
  for (let s = 0; s < segs; s += 1) {
    const end = v.getUint16(ends + s * 2);
    const start = v.getUint16(starts + s * 2);
    const delta = v.getInt16(deltas + s * 2);
    const rangeAt = ranges + s * 2;
    const range = v.getUint16(rangeAt);
    for (let c = start; c <= end && c !== 0xffff; c += 1) {
      const glyph = range === 0 ? (c + delta) & 0xffff : glyphAt(v, rangeAt + range + (c - start) * 2, delta);
      if (glyph !== 0) points.add(c);
    }
  }
}

function glyphAt(v: DataView, at: number, delta: number): number {
  const g = v.getUint16(at);
  return g === 0 ? 0 : (g + delta) & 0xffff;
}

function readFormat12(v: DataView, sub: number, points: Set<number>): void {
  const groups = v.getUint32(sub + 12);
  for (let g = 0; g < groups; g += 1) {
    const at = sub + 16 + g * 12;
    const start = v.getUint32(at);
    const end = v.getUint32(at + 4);
    const glyph = v.getUint32(at + 8);
    for (let c = start; c <= end; c += 1) if (glyph + (c - start) !== 0) points.add(c);
  }
}
