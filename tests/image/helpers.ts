/** Shared by the image tests: fixture files (scripts/make-image-fixtures.mjs) and byte builders. */
import { readFileSync } from 'node:fs';

/** Bytes of tests/fixtures/images/<name>. */
export function fixture(name: string): Uint8Array {
  return new Uint8Array(readFileSync(new URL(`../fixtures/images/${name}`, import.meta.url)));
}

/** Bytes from numbers and Latin-1 strings: bytes('RIFF', 0, 0, 0, 0, 'WEBP'). */
export function bytes(...parts: (number | string | readonly number[])[]): Uint8Array {
  const out: number[] = [];
  for (const p of parts) {
    if (typeof p === 'number') out.push(p);
    else if (typeof p === 'string') for (const ch of p) out.push(ch.charCodeAt(0));
    else out.push(...p);
  }
  return Uint8Array.from(out);
}

/** Little-endian 16 and 32-bit values as byte lists. */
export const le16 = (v: number) => [v & 0xff, (v >> 8) & 0xff];
export const le32 = (v: number) => [v & 0xff, (v >> 8) & 0xff, (v >> 16) & 0xff, (v >>> 24) & 0xff];
