/**
 * Following a torch zip checkpoint while it arrives (zipStream.ts, torchStream.ts): the walk over
 * local headers finds the same entries as the central directory, and conv1 comes out checked and
 * equal to the whole-file read's conv1 once its bytes are in, long before the file is whole.
 */
import { describe, expect, test } from 'vitest';
import { readWeightsFile } from '../../../src/core/weights/read';
import { TorchZipStream } from '../../../src/core/weights/torchStream';
import type { ImportedLayer } from '../../../src/core/weights/types';
import { readZip } from '../../../src/core/weights/zip';
import { LocalEntryWalker } from '../../../src/core/weights/zipStream';
import { fixture } from './helpers';

const chunk = 64 * 1024;

/** Feeds `bytes` to `feed` in chunks, as a stream would, into a buffer filled from the start. */
function arrive(bytes: Uint8Array, feed: (buffer: Uint8Array, available: number) => void): void {
  const buffer = new Uint8Array(bytes.length);
  for (let at = 0; at < bytes.length; at += chunk) {
    const end = Math.min(bytes.length, at + chunk);
    buffer.set(bytes.subarray(at, end), at);
    feed(buffer, end);
  }
}

describe('a torch zip checkpoint while it arrives', () => {
  const bytes = fixture('alexnet-zip.pth');

  test('the local-header walk finds every entry the central directory lists, in file order', () => {
    const listed = [...readZip(bytes).values()].sort((a, b) => a.dataOffset - b.dataOffset);
    const sizes = new Map(listed.map((e) => [e.name, e.size]));
    const walked: { name: string; dataOffset: number; size: number; at: number }[] = [];
    let walker: LocalEntryWalker | undefined;
    arrive(bytes, (buffer, available) => {
      walker ??= new LocalEntryWalker(buffer);
      for (;;) {
        const h = walker.next(available);
        expect(h?.size).toBeUndefined(); // torch streams: the sizes follow the data
        const size = h && sizes.get(h.name);
        if (!h || size === undefined || !walker.pass(h, size, available)) break;
        walked.push({ name: h.name, dataOffset: h.dataOffset, size, at: available });
      }
    });
    expect(walked.map(({ name, dataOffset, size }) => ({ name, dataOffset, size }))).toEqual(
      listed.map(({ name, dataOffset, size }) => ({ name, dataOffset, size })),
    );
    // Each entry is passed in the first chunk that holds it and its descriptor, never before.
    for (const e of walked) {
      expect(e.at).toBeGreaterThanOrEqual(e.dataOffset + e.size + 16);
      expect(e.at - chunk).toBeLessThan(e.dataOffset + e.size + 24 + 30);
    }
    expect(walker?.done).toBe(true); // stopped at the central directory
    // torch sorts the storage keys as strings: conv1 (0, 1), the dense layers (10–15), then 2–9.
    expect(walked.map((e) => e.name.split('/').pop())).toEqual([
      'data.pkl',
      '0',
      '1',
      '10',
      '11',
      '12',
      '13',
      '14',
      '15',
      '2',
      '3',
      '4',
      '5',
      '6',
      '7',
      '8',
      '9',
      'version',
    ]);
  });

  test('conv1 comes out within the first 128 KB, equal to the whole-file read’s conv1', async () => {
    const got: { layer: ImportedLayer; at: number }[] = [];
    let stream: TorchZipStream | undefined;
    let available = 0;
    arrive(bytes, (buffer, end) => {
      available = end;
      stream ??= new TorchZipStream(buffer, (layer) => got.push({ layer, at: available }));
      stream.feed(end);
    });
    expect(got.map((g) => g.layer.layerId)).toEqual(['conv1', 'conv2', 'conv3', 'conv4', 'conv5']);
    expect(got[0]?.at).toBeLessThanOrEqual(2 * chunk);
    expect(got[1]?.at).toBeGreaterThan(234_000_000); // conv2 comes after the dense layers
    const whole = await readWeightsFile(bytes);
    for (const { layer } of got) {
      const same = whole.layers.find((l) => l.layerId === layer.layerId);
      expect(same?.weights).toEqual(layer.weights);
      expect(same?.bias).toEqual(layer.bias);
    }
  }, 120_000);

  test('a file it cannot follow gives nothing and throws nothing', () => {
    for (const name of ['alexnet-legacy.pth', 'alexnet.onnx', 'evil.pth']) {
      const head = fixture(name).subarray(0, 1 << 20);
      const got: string[] = [];
      arrive(head, (buffer, end) => new TorchZipStream(buffer, (l) => got.push(l.layerId)).feed(end));
      expect(got, name).toEqual([]);
    }
  });

  test('a NaN in conv1 stops the look ahead without a layer (the whole-file read refuses it)', () => {
    const copy = bytes.slice(0, 200_000);
    const conv1 = [...readZip(bytes).values()].find((e) => e.name.endsWith('/data/0'));
    if (!conv1) throw new Error('no conv1 storage');
    new DataView(copy.buffer).setFloat32(conv1.dataOffset + 40, NaN, true);
    const got: string[] = [];
    const stream = new TorchZipStream(copy, (l) => got.push(l.layerId));
    stream.feed(copy.length);
    expect(got).toEqual([]);
  });
});
