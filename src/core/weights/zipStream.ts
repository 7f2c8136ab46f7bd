/**
 * Walks a zip archive's local headers while its bytes are still arriving. torch.save's writer
 * streams: each local header says "sizes follow in a data descriptor" (flag bit 3) and leaves
 * the sizes zero, so an entry's end is not in its header. The caller knows it instead (a
 * storage's length from the pickle; the pickle's own end from its STOP opcode), and the walk
 * checks that the descriptor after the data agrees before it moves on. This walk is only a look
 * ahead: the whole-file reader (zip.ts) still checks the archive against its central directory
 * before anything is used.
 */
import { sigLocal, zip64Extra } from './zip';

/** Bit 3 of the general-purpose flags: sizes follow the data. */
const dataDescriptor = 0x08;
const sigDescriptor = 0x08074b50;
const sigCentral = 0x02014b50;

/** A local header: the entry's name and where its data starts. */
export interface LocalHeader {
  readonly name: string;
  readonly method: number;
  readonly dataOffset: number;
  /** From the header; undefined when a data descriptor after the data holds it. */
  readonly size?: number;
}

export class LocalEntryWalker {
  private at = 0;
  private ended = false;
  private readonly view: DataView;
  private readonly decoder = new TextDecoder();

  /** `bytes`: the whole file's buffer, filled from the start as the bytes arrive. */
  constructor(private readonly bytes: Uint8Array) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }

  /** True once the walk met something it cannot follow, or the central directory. */
  get done(): boolean {
    return this.ended;
  }

  /** The header at the walk's position, once its bytes are in (undefined: wait, or done). */
  next(available: number): LocalHeader | undefined {
    const p = this.at;
    const v = this.view;
    if (this.ended || p + 30 > Math.min(available, this.bytes.length)) return undefined;
    if (v.getUint32(p, true) !== sigLocal) return this.end();
    const flags = v.getUint16(p + 6, true);
    const method = v.getUint16(p + 8, true);
    const nameLength = v.getUint16(p + 26, true);
    const extraLength = v.getUint16(p + 28, true);
    const dataOffset = p + 30 + nameLength + extraLength;
    if (dataOffset > available) return undefined;
    const name = this.decoder.decode(this.bytes.subarray(p + 30, p + 30 + nameLength));
    if ((flags & dataDescriptor) !== 0) return { name, method, dataOffset };
    let size = v.getUint32(p + 22, true);
    if (size === 0xffffffff) {
      // A local zip64 field holds both sizes: the original first.
      const wide = zip64Extra(v, p + 30 + nameLength, extraLength)[0];
      if (wide === undefined) return this.end();
      size = wide;
    }
    return { name, method, dataOffset, size };
  }

  /**
   * Moves past `header`'s entry, whose data is `size` bytes, once the data (and its descriptor)
   * are in: true when it moved. A descriptor that disagrees ends the walk.
   */
  pass(header: LocalHeader, size: number, available: number): boolean {
    const end = Math.min(available, this.bytes.length);
    let p = header.dataOffset + size;
    if (header.size !== undefined) {
      if (p > end) return false;
      this.at = p;
      return true;
    }
    // crc32, then the sizes (4 + 4, or 8 + 8 in zip64), after an optional signature.
    if (p + 4 <= end && this.view.getUint32(p, true) === sigDescriptor) p += 4;
    for (const width of [4, 8]) {
      const next = p + 4 + 2 * width;
      if (next + 4 > end) return false;
      const sig = this.view.getUint32(next, true);
      if (sig !== sigLocal && sig !== sigCentral) continue;
      const stated = width === 4 ? this.view.getUint32(p + 8, true) : Number(this.view.getBigUint64(p + 12, true));
      if (stated !== size) return this.end() ?? false;
      this.at = next;
      return true;
    }
    return this.end() ?? false;
  }

  /**
   * The length of a small entry with a descriptor (torch's `version`, `byteorder`, …), found
   * by the descriptor that follows it within 4 KB; undefined while it is not in.
   */
  smallSize(header: LocalHeader, available: number): number | undefined {
    const v = this.view;
    const last = Math.min(available, this.bytes.length, header.dataOffset + 4096) - 16;
    for (let q = header.dataOffset; q <= last; q++) {
      if (v.getUint32(q, true) === sigDescriptor && v.getUint32(q + 12, true) === q - header.dataOffset) {
        return q - header.dataOffset;
      }
    }
    if (available - header.dataOffset > 4096) this.end();
    return undefined;
  }

  private end(): undefined {
    this.ended = true;
    return undefined;
  }
}
