/**
 * The shipped Fashion-MNIST subset: its bytes hash to the values the app checks, it reads as
 * 8,000 + 2,000 balanced images, and it is exactly the first images of each class of Debian's
 * dataset-fashion-mnist (installed by `node scripts/make-fashion-subset.mjs --ensure`, which
 * `npm test` runs first).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import {
  FashionDataError,
  classCounts,
  fashionFiles,
  fashionRgba,
  imagePixels,
  readCheckedSplit,
  readFashionSplit,
  sampleIndices,
  sha256Hex,
  unpackSubset,
} from '../../../src/core/lab/fashion';
import { normalizePixel } from '../../../src/core/lab/batches';
import { presetPreprocess } from '../../../src/core/presetPreprocess';
import { samplesOf } from '../../../src/image/fashionSamples';

const raw = (name: 'train' | 'test') =>
  new Uint8Array(gunzipSync(readFileSync(join('public', fashionFiles[name].path))));
const packageDir = '/usr/share/datasets/fashion-mnist';

/** An IDX file of the package, after its header. */
function idx(file: string, dims: number): Uint8Array {
  const bytes = new Uint8Array(gunzipSync(readFileSync(join(packageDir, file))));
  return bytes.subarray(4 + 4 * dims);
}

describe('the Fashion-MNIST subset', () => {
  it('hashes to the checksums the app checks, and stays under 5 MB', async () => {
    for (const name of ['train', 'test'] as const) {
      expect(await sha256Hex(raw(name))).toBe(fashionFiles[name].sha256);
    }
    const shipped = ['train', 'test'].reduce((n, s) => n + readFileSync(join('public/lab', `${s}.fmnz`)).length, 0);
    expect(shipped).toBeLessThan(5_000_000);
    const credits = readFileSync('public/lab/CREDITS.md', 'utf8');
    expect(credits).toMatch(/Zalando Research/);
    expect(credits).toMatch(/Licence \(MIT/);
  });

  it('reads as 800 + 200 images of each of the ten classes, 28×28', async () => {
    const train = await readCheckedSplit('train', raw('train'));
    const test = await readCheckedSplit('test', raw('test'));
    expect([train.count, train.rows, train.cols]).toEqual([8000, 28, 28]);
    expect(classCounts(train)).toEqual(new Array(10).fill(800));
    expect(classCounts(test)).toEqual(new Array(10).fill(200));
    // One sample per class, in class order; each shown as opaque grey.
    const samples = sampleIndices(test);
    expect(samples.map((i) => test.labels[i])).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    const first = samples[0] ?? -1;
    const rgba = fashionRgba(test, first);
    const px = imagePixels(test, first);
    expect([rgba.width, rgba.height]).toEqual([28, 28]);
    expect([rgba.data[4 * 400], rgba.data[4 * 400 + 1], rgba.data[4 * 400 + 3]]).toEqual([px[400], px[400], 255]);
  });

  it('is the first images of each class of the package, unchanged', () => {
    expect(existsSync(packageDir), `${packageDir}: run node scripts/make-fashion-subset.mjs --ensure`).toBe(true);
    for (const [name, prefix, perClass] of [
      ['train', 'train', 800],
      ['test', 't10k', 200],
    ] as const) {
      const split = readFashionSplit(raw(name));
      const labels = idx(`${prefix}-labels-idx1-ubyte.gz`, 1);
      const images = idx(`${prefix}-images-idx3-ubyte.gz`, 3);
      const taken = new Array<number>(10).fill(0);
      let j = 0;
      for (let i = 0; i < labels.length && j < split.count; i++) {
        const l = labels[i] ?? 0;
        if ((taken[l] ?? 0) >= perClass) continue;
        taken[l] = (taken[l] ?? 0) + 1;
        expect(split.labels[j]).toBe(l);
        const a = imagePixels(split, j);
        const b = images.subarray(i * 784, (i + 1) * 784);
        if (!a.every((v, k) => v === b[k])) expect.fail(`${name} image ${j} differs from package image ${i}`);
        j += 1;
      }
      expect(j).toBe(split.count);
    }
  });

  it('refuses a wrong magic, a short file, a bad label and a wrong checksum, by name', async () => {
    const good = raw('test');
    const bad = good.slice();
    bad[0] = 0x58;
    expect(() => readFashionSplit(bad)).toThrow(/magic 'XMN1'/);
    expect(() => readFashionSplit(good.subarray(0, 5000))).toThrow(/5000 bytes; 2000 images of 28×28 need 1570010/);
    const label = good.slice();
    label[10 + 7] = 12;
    expect(() => readFashionSplit(label)).toThrow(/label 12 at image 7/);
    await expect(readCheckedSplit('test', label)).rejects.toThrow(FashionDataError);
    await expect(readCheckedSplit('test', label)).rejects.toThrow(/SHA-256 [0-9a-f]{64}, expected 9c425a60/);
  });
});

describe('unpacking a fetched subset file', () => {
  it('gunzips the shipped bytes, and passes bytes a server already unpacked', async () => {
    const packed = new Uint8Array(readFileSync(join('public', fashionFiles.test.path)));
    const unpacked = await unpackSubset(packed);
    expect(await sha256Hex(unpacked)).toBe(fashionFiles.test.sha256);
    expect(await unpackSubset(unpacked)).toBe(unpacked);
  });
});

describe('Fashion-MNIST samples for the lab network', () => {
  it('gives one test image per class, grey RGBA that the fashion preset reads back exactly', async () => {
    const test = await readCheckedSplit('test', raw('test'));
    const samples = samplesOf(test, 2);
    expect(samples.map((s) => s.label)).toEqual([0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9]);
    expect(samples[6]?.className).toBe('dress');
    for (const s of samples.slice(0, 4)) {
      const input = presetPreprocess(s.image, 'fashion', 28).input;
      expect(input.shape).toEqual([28, 28, 1]);
      const px = imagePixels(test, s.index);
      expect([...input.data].every((v, i) => Math.abs(v - normalizePixel(px[i] ?? 0)) < 1e-6)).toBe(true);
    }
  });

  it('resizes a larger photo to 28×28 grey for the lab network', () => {
    const big = { width: 56, height: 84, data: new Uint8ClampedArray(56 * 84 * 4).fill(200) };
    const { input, cropped } = presetPreprocess(big, 'fashion', 28);
    expect([cropped.width, cropped.height]).toEqual([28, 28]);
    expect(input.data[0]).toBeCloseTo(normalizePixel(200), 6);
  });
});
