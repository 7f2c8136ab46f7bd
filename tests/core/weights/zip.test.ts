/** The zip reader on archives built here byte by byte, plain and zip64, whole and damaged. */
import { describe, expect, test } from 'vitest';
import { readZip } from '../../../src/core/weights/zip';
import { WeightsError } from '../../../src/core/weights/types';

interface Entry {
  readonly name: string;
  readonly data: Uint8Array;
}

/**
 * A stored zip. With `zip64`, the central directory says 0xffffffff for sizes and offsets and
 * puts them in a zip64 extra field, and the end record points to a zip64 end record, as
 * writers do for archives over 4 GiB.
 */
function makeZip(entries: Entry[], zip64 = false): Uint8Array {
  const parts: number[] = [];
  /** Little-endian fields, each [value, bytes]. */
  const le = (...fields: [number, number][]) => {
    for (const [v, n] of fields) for (let i = 0; i < n; i++) parts.push(Number((BigInt(v) >> BigInt(8 * i)) & 0xffn));
  };
  const name = (e: Entry) => new TextEncoder().encode(e.name);
  const offsets: number[] = [];
  for (const e of entries) {
    offsets.push(parts.length);
    le([0x04034b50, 4], [20, 2], [0, 2], [0, 2], [0, 4], [0, 4]);
    le([e.data.length, 4], [e.data.length, 4], [e.name.length, 2], [0, 2]);
    parts.push(...name(e), ...e.data);
  }
  const cd = parts.length;
  entries.forEach((e, i) => {
    const big = zip64 ? 0xffffffff : undefined;
    le([0x02014b50, 4], [45, 2], [45, 2], [0, 2], [0, 2], [0, 4], [0, 4]);
    le([big ?? e.data.length, 4], [big ?? e.data.length, 4], [e.name.length, 2], [zip64 ? 28 : 0, 2]);
    le([0, 2], [0, 2], [0, 2], [0, 4], [big ?? offsets[i] ?? 0, 4]);
    parts.push(...name(e));
    if (zip64) le([1, 2], [24, 2], [e.data.length, 8], [e.data.length, 8], [offsets[i] ?? 0, 8]);
  });
  const cdSize = parts.length - cd;
  if (zip64) {
    const z64 = parts.length;
    le([0x06064b50, 4], [44, 8], [45, 2], [45, 2], [0, 4], [0, 4]);
    le([entries.length, 8], [entries.length, 8], [cdSize, 8], [cd, 8]);
    le([0x07064b50, 4], [0, 4], [z64, 8], [1, 4]);
  }
  const count = zip64 ? 0xffff : entries.length;
  le([0x06054b50, 4], [0, 2], [0, 2], [count, 2], [count, 2]);
  le([zip64 ? 0xffffffff : cdSize, 4], [zip64 ? 0xffffffff : cd, 4], [0, 2]);
  return new Uint8Array(parts);
}

const entries: Entry[] = [
  { name: 'archive/data.pkl', data: new Uint8Array([0x80, 2, 0x4e, 0x2e]) },
  { name: 'archive/data/0', data: new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8]) },
];

function refusal(b: Uint8Array): WeightsError {
  try {
    readZip(b);
  } catch (e) {
    if (e instanceof WeightsError) return e;
    throw e;
  }
  throw new Error('not refused');
}

describe('readZip', () => {
  for (const zip64 of [false, true]) {
    test(`finds every stored entry's data as a view (${zip64 ? 'zip64' : 'plain'})`, () => {
      const b = makeZip(entries, zip64);
      const found = readZip(b);
      expect([...found.keys()]).toEqual(['archive/data.pkl', 'archive/data/0']);
      const e = found.get('archive/data/0');
      expect(e?.method).toBe(0);
      expect([...b.subarray(e?.dataOffset ?? 0, (e?.dataOffset ?? 0) + (e?.size ?? 0))]).toEqual([
        1, 2, 3, 4, 5, 6, 7, 8,
      ]);
    });
  }

  test('a zip cut before its central directory is truncated at its length', () => {
    const b = makeZip(entries).subarray(0, 40);
    expect(refusal(b)).toMatchObject({ code: 'truncated', params: { offset: 40 } });
  });

  test('an entry whose size runs past the central directory is corrupt, naming the offset', () => {
    const b = makeZip(entries);
    const view = new DataView(b.buffer);
    // The second central record's sizes: claim 4000 bytes.
    const [first = '', last = ''] = entries.map((e) => e.name);
    const cd = b.length - 22 - 2 * 46 - first.length - last.length;
    const second = cd + 46 + first.length;
    view.setUint32(second + 20, 4000, true);
    view.setUint32(second + 24, 4000, true);
    const e = refusal(b);
    expect(e.code).toBe('truncated');
    expect(e.params.what).toBe('archive/data/0');
    view.setUint32(second + 20, 9, true);
    view.setUint32(second + 24, 9, true);
    expect(refusal(b)).toMatchObject({
      code: 'corrupt',
      params: { what: 'archive/data/0 overlaps the central directory' },
    });
  });

  test('a central directory offset that points at garbage is corrupt', () => {
    const b = makeZip(entries);
    new DataView(b.buffer).setUint32(b.length - 6, 3, true);
    expect(refusal(b)).toMatchObject({ code: 'corrupt', params: { offset: 3 } });
  });
});
