/**
 * The training lab's data: a balanced subset of Fashion-MNIST (Xiao, Rasul, Vollgraf 2017,
 * Zalando Research, MIT licence) shipped in public/lab/ by scripts/make-fashion-subset.mjs.
 * Each split is one gzip file (.fmnz, see scripts/make-fashion-subset.mjs); after gunzip: 'FMN1', u32 LE count, u8 rows, u8 cols, `count`
 * labels (0–9), then count·rows·cols grey pixels (0 = background) row by row. Pure: the bytes
 * are read here, the fetch and gunzip happen in the caller (worker or test).
 */
import type { RgbaImage } from '../tensorData';

/** One split: [count] labels and [count, 28, 28] pixels, as they are in the file. */
export interface FashionSplit {
  readonly count: number;
  readonly rows: number;
  readonly cols: number;
  readonly labels: Uint8Array;
  readonly pixels: Uint8Array;
}

/** The ten classes, in label order (Fashion-MNIST's README). Translated in the lab's strings. */
export const fashionClasses = [
  'tshirt',
  'trouser',
  'pullover',
  'dress',
  'coat',
  'sandal',
  'shirt',
  'sneaker',
  'bag',
  'boot',
] as const;
export type FashionClass = (typeof fashionClasses)[number];

/** The shipped files, relative to the app's base, and the SHA-256 of their contents after gunzip. */
export const fashionFiles = {
  train: {
    path: 'lab/train.fmnz',
    count: 8000,
    sha256: '4d3448978f32b12c488bb0d73e31096f06d558ddb9321a7404fc5f559d183645',
  },
  test: {
    path: 'lab/test.fmnz',
    count: 2000,
    sha256: '9c425a602eb8449a2df9d200214a45ba9e81f1545e54a5e2fac71a6be0343e76',
  },
} as const;
export type SplitName = keyof typeof fashionFiles;

/**
 * Mean and standard deviation of Fashion-MNIST's 60,000 training pixels on 0…1 (0.2860, 0.3530):
 * the lab normalises its input with these, and so does the engine for a lab network.
 */
export const fashionMean = 0.286;
export const fashionStd = 0.353;

/** Why a subset file was refused: named, with what was expected. */
export class FashionDataError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FashionDataError';
  }
}

const headerBytes = 10;

/** Reads one split from its bytes (after gunzip); throws FashionDataError on any mismatch. */
export function readFashionSplit(bytes: Uint8Array): FashionSplit {
  if (bytes.length < headerBytes) throw new FashionDataError(`${bytes.length} bytes: shorter than the header`);
  const magic = String.fromCharCode(bytes[0] ?? 0, bytes[1] ?? 0, bytes[2] ?? 0, bytes[3] ?? 0);
  if (magic !== 'FMN1') throw new FashionDataError(`magic '${magic}', expected 'FMN1'`);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const count = view.getUint32(4, true);
  const rows = bytes[8] ?? 0;
  const cols = bytes[9] ?? 0;
  const expected = headerBytes + count + count * rows * cols;
  if (bytes.length !== expected) {
    throw new FashionDataError(`${bytes.length} bytes; ${count} images of ${rows}×${cols} need ${expected}`);
  }
  const labels = bytes.subarray(headerBytes, headerBytes + count);
  const bad = labels.findIndex((l) => l > 9);
  if (bad >= 0) throw new FashionDataError(`label ${labels[bad]} at image ${bad} is not a class (0–9)`);
  return { count, rows, cols, labels, pixels: bytes.subarray(headerBytes + count) };
}

/**
 * A subset file's bytes as fetched, unpacked: gunzipped here (DecompressionStream, in browsers,
 * workers and Node alike) unless a server already did (it starts with 'FMN1', not gzip's 1f 8b).
 */
export async function unpackSubset(bytes: Uint8Array): Promise<Uint8Array> {
  if (bytes[0] !== 0x1f || bytes[1] !== 0x8b) return bytes;
  const stream = new Blob([bytes as Uint8Array<ArrayBuffer>]).stream().pipeThrough(new DecompressionStream('gzip'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/** Checks a split against the shipped file's hash, then reads it. */
export async function readCheckedSplit(name: SplitName, bytes: Uint8Array): Promise<FashionSplit> {
  const want = fashionFiles[name];
  const got = await sha256Hex(bytes);
  if (got !== want.sha256) throw new FashionDataError(`${want.path}: SHA-256 ${got}, expected ${want.sha256}`);
  return readFashionSplit(bytes);
}

/** Lower-case hex SHA-256 (crypto.subtle: browsers, workers and Node alike). */
export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>);
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** How many images of each class a split holds: [800, 800, …] for the training subset. */
export function classCounts(split: FashionSplit): number[] {
  const counts = new Array<number>(10).fill(0);
  for (const l of split.labels) counts[l] = (counts[l] ?? 0) + 1;
  return counts;
}

/** Image `i`'s pixels, a view [rows·cols]. */
export function imagePixels(split: FashionSplit, i: number): Uint8Array {
  const n = split.rows * split.cols;
  return split.pixels.subarray(i * n, (i + 1) * n);
}

/** Image `i` as opaque grey RGBA (R = G = B = the pixel), for the image layer and the engine. */
export function fashionRgba(split: FashionSplit, i: number): RgbaImage {
  const px = imagePixels(split, i);
  const data = new Uint8ClampedArray(px.length * 4);
  px.forEach((v, j) => data.set([v, v, v, 255], j * 4));
  return { width: split.cols, height: split.rows, data };
}

/** The index of the first `perClass` images of every class, class by class: samples to show. */
export function sampleIndices(split: FashionSplit, perClass = 1): number[] {
  const out: number[][] = fashionClasses.map(() => []);
  split.labels.forEach((l, i) => {
    const bucket = out[l];
    if (bucket && bucket.length < perClass) bucket.push(i);
  });
  return out.flat();
}

/**
 * The training subset split into the images a run trains on and a validation set that the
 * learning-rate schedule watches (§5): the last `perClass` images of every class are held out.
 * 8,000 → 7,500 for training and 500 for validation.
 */
export function holdOut(split: FashionSplit, perClass = 50): { train: FashionSplit; val: FashionSplit } {
  const counts = classCounts(split);
  const seen = new Array<number>(10).fill(0);
  const train: number[] = [];
  const val: number[] = [];
  split.labels.forEach((l, i) => {
    seen[l] = (seen[l] ?? 0) + 1;
    ((seen[l] ?? 0) > (counts[l] ?? 0) - perClass ? val : train).push(i);
  });
  return { train: subset(split, train), val: subset(split, val) };
}

/** The images `indices` of `split`, copied into a split of their own. */
export function subset(split: FashionSplit, indices: readonly number[]): FashionSplit {
  const n = split.rows * split.cols;
  const pixels = new Uint8Array(indices.length * n);
  indices.forEach((i, k) => pixels.set(imagePixels(split, i), k * n));
  const labels = Uint8Array.from(indices, (i) => split.labels[i] ?? 0);
  return { count: indices.length, rows: split.rows, cols: split.cols, labels, pixels };
}
