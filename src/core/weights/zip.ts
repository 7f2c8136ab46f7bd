/**
 * A zip reader for what torch.save writes (torch ≥ 1.6): stored (uncompressed) entries, found
 * through the central directory, with zip64 records where an offset or a size passes 4 GiB.
 * Every length and offset is checked against the bytes there are; a file that points past its
 * end is refused as truncated, a structure that contradicts itself as corrupt, both naming the
 * byte offset. Entries are views on the file's bytes: nothing is copied.
 */
import { WeightsError } from './types';

/** One file in the archive. */
export interface ZipEntry {
  readonly name: string;
  /** 0: stored. torch writes only stored entries; others are listed but cannot be read here. */
  readonly method: number;
  /** Where the entry's data starts in the file (after its local header). */
  readonly dataOffset: number;
  readonly size: number;
}

const sigEocd = 0x06054b50;
const sigZip64Locator = 0x07064b50;
const sigZip64Eocd = 0x06064b50;
const sigCentral = 0x02014b50;
/** A local file header's signature. */
export const sigLocal = 0x04034b50;

/** True when the bytes start like a zip archive (a local file header, or an empty archive). */
export function looksLikeZip(head: Uint8Array): boolean {
  return head.length >= 4 && head[0] === 0x50 && head[1] === 0x4b && (head[2] === 3 || head[2] === 5);
}

/** The archive's entries by name. Throws WeightsError 'truncated' or 'corrupt' with the offset. */
export function readZip(bytes: Uint8Array): Map<string, ZipEntry> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const eocd = findEocd(view);
  if (eocd < 0) {
    // A zip whose end (and so its central directory) is missing: cut off somewhere.
    throw new WeightsError('truncated', { offset: bytes.length, what: 'zip end of central directory' });
  }
  let count = view.getUint16(eocd + 10, true);
  let cdSize = view.getUint32(eocd + 12, true);
  let cdOffset = view.getUint32(eocd + 16, true);
  if (count === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) {
    const locator = eocd - 20;
    if (locator < 0 || view.getUint32(locator, true) !== sigZip64Locator) corrupt(eocd, 'zip64 locator');
    const z64 = u64(view, locator + 8);
    need(view, z64, 56, 'zip64 end of central directory');
    if (view.getUint32(z64, true) !== sigZip64Eocd) corrupt(z64, 'zip64 end of central directory');
    count = u64(view, z64 + 32);
    cdSize = u64(view, z64 + 40);
    cdOffset = u64(view, z64 + 48);
  }
  need(view, cdOffset, cdSize, 'central directory');
  const entries = new Map<string, ZipEntry>();
  const decoder = new TextDecoder();
  let p = cdOffset;
  for (let i = 0; i < count; i++) {
    need(view, p, 46, 'central directory entry');
    if (view.getUint32(p, true) !== sigCentral) corrupt(p, 'central directory entry');
    const method = view.getUint16(p + 10, true);
    let compressed = view.getUint32(p + 20, true);
    let size = view.getUint32(p + 24, true);
    const nameLength = view.getUint16(p + 28, true);
    const extraLength = view.getUint16(p + 30, true);
    const commentLength = view.getUint16(p + 32, true);
    let local = view.getUint32(p + 42, true);
    need(view, p + 46, nameLength + extraLength, 'entry name');
    const name = decoder.decode(bytes.subarray(p + 46, p + 46 + nameLength));
    // The zip64 extra field holds, in this order, only the values whose 32-bit field is 0xffffffff.
    const wide = zip64Extra(view, p + 46 + nameLength, extraLength);
    if (size === 0xffffffff) size = wide.shift() ?? corrupt(p, 'zip64 size');
    if (compressed === 0xffffffff) compressed = wide.shift() ?? corrupt(p, 'zip64 size');
    if (local === 0xffffffff) local = wide.shift() ?? corrupt(p, 'zip64 offset');
    need(view, local, 30, `local header of ${name}`);
    if (view.getUint32(local, true) !== sigLocal) corrupt(local, `local header of ${name}`);
    const dataOffset = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    if (method === 0 && compressed !== size) corrupt(p, `sizes of ${name}`);
    need(view, dataOffset, compressed, name);
    if (dataOffset + compressed > cdOffset) corrupt(dataOffset, `${name} overlaps the central directory`);
    entries.set(name, { name, method, dataOffset, size });
    p += 46 + nameLength + extraLength + commentLength;
  }
  if (p > cdOffset + cdSize) corrupt(cdOffset, 'central directory size');
  return entries;
}

/** The offset of the end-of-central-directory record, searched back over a comment of ≤ 64 KiB. */
function findEocd(view: DataView): number {
  const last = view.byteLength - 22;
  for (let p = last; p >= 0 && p >= last - 0xffff; p--) {
    if (view.getUint32(p, true) === sigEocd && p + 22 + view.getUint16(p + 20, true) === view.byteLength) return p;
  }
  return -1;
}

/** The 64-bit values of a zip64 extra field (id 1) in an extra area, in their order. */
export function zip64Extra(view: DataView, start: number, length: number): number[] {
  for (let p = start; p + 4 <= start + length;) {
    const id = view.getUint16(p, true);
    const size = view.getUint16(p + 2, true);
    if (id === 0x0001) {
      const out: number[] = [];
      for (let q = p + 4; q + 8 <= p + 4 + size; q += 8) out.push(u64(view, q));
      return out;
    }
    p += 4 + size;
  }
  return [];
}

/** A little-endian 64-bit length or offset; anything past 2^53 cannot be a real file's. */
function u64(view: DataView, at: number): number {
  const value = view.getBigUint64(at, true);
  if (value > BigInt(Number.MAX_SAFE_INTEGER)) corrupt(at, '64-bit field');
  return Number(value);
}

/** Refuses unless [offset, offset + length) lies inside the file. */
function need(view: DataView, offset: number, length: number, what: string): void {
  if (offset + length > view.byteLength) {
    throw new WeightsError('truncated', { offset: Math.min(offset, view.byteLength), what });
  }
}

function corrupt(offset: number, what: string): never {
  throw new WeightsError('corrupt', { offset, what });
}
