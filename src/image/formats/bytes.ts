/** Bounds-checked readers for file headers: a read past the end gives undefined, never NaN. */

export function u16be(b: Uint8Array, at: number): number | undefined {
  const hi = b[at];
  const lo = b[at + 1];
  return hi === undefined || lo === undefined ? undefined : (hi << 8) | lo;
}

/** Unsigned 16-bit little-endian at `at`. */
export function u16le(b: Uint8Array, at: number): number | undefined {
  const v = u16be(b, at);
  return v === undefined ? undefined : ((v & 0xff) << 8) | (v >> 8);
}

/** Unsigned 32-bit big-endian at `at`. */
export function u32be(b: Uint8Array, at: number): number | undefined {
  const hi = u16be(b, at);
  const lo = u16be(b, at + 2);
  return hi === undefined || lo === undefined ? undefined : hi * 0x10000 + lo;
}

/** Unsigned 32-bit little-endian at `at`. */
export function u32le(b: Uint8Array, at: number): number | undefined {
  const lo = u16le(b, at);
  const hi = u16le(b, at + 2);
  return hi === undefined || lo === undefined ? undefined : hi * 0x10000 + lo;
}

/** Unsigned 24-bit little-endian at `at` (WebP canvas sizes). */
export function u24le(b: Uint8Array, at: number): number | undefined {
  const lo = u16le(b, at);
  const hi = b[at + 2];
  return lo === undefined || hi === undefined ? undefined : hi * 0x10000 + lo;
}

/** The bytes at `at` read as Latin-1 text: `ascii(b, 0, 4) === 'RIFF'`. */
export function ascii(b: Uint8Array, at: number, length: number): string {
  let s = '';
  for (let i = at; i < Math.min(at + length, b.length); i++) s += String.fromCharCode(b[i] ?? 0);
  return s;
}

/** True when `b` starts with `prefix` at offset `at`. */
export function startsWith(b: Uint8Array, prefix: readonly number[], at = 0): boolean {
  return prefix.every((v, i) => b[at + i] === v);
}
