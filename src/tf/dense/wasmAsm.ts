/**
 * The few helpers that hand-assembled WebAssembly modules need (wasmNormal.ts, denseKernel.ts):
 * LEB128 numbers, names, sections and vectors, as plain byte arrays.
 */
export type Bytes = number[];

/** LEB128: unsigned by default, signed for i32.const immediates. */
export function leb(n: number, signed = false): Bytes {
  const out: Bytes = [];
  for (;;) {
    const byte = n & 0x7f;
    n = signed ? n >> 7 : n >>> 7;
    const done = signed ? (n === 0 && (byte & 0x40) === 0) || (n === -1 && (byte & 0x40) !== 0) : n === 0;
    out.push(done ? byte : byte | 0x80);
    if (done) return out;
  }
}

/** A name: its length, then its (ASCII) bytes. */
export const str = (s: string): Bytes => [s.length, ...Array.from(s, (ch) => ch.charCodeAt(0))];
/** A section: its id, its byte length, its body. */
export const section = (id: number, body: Bytes): Bytes => [id, ...leb(body.length), ...body];
/** A vector: its item count, then the items. */
export const vec = (items: Bytes[]): Bytes => [...leb(items.length), ...items.flat()];
/** i32.const v. */
export const i32 = (v: number): Bytes => [0x41, ...leb(v, true)];
