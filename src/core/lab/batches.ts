/**
 * Turning the subset into what a training step eats, deterministically from the run's seed:
 * the order of each epoch, the normalised images of one batch (with the paper's augmentation,
 * §4.1, scaled to 28×28), and the dropout masks of one step (§4.2).
 *
 * Augmentation: the paper cut random 224×224 patches (and their mirror images) out of 256×256
 * images. A 28×28 image has no margin to cut from, so here each image is padded by 2 pixels of
 * background on every side and a random 28×28 window of the 32×32 result is taken (a shift of
 * up to 2 pixels each way), then mirrored left–right with probability ½. The usual way to do
 * "random crops" on MNIST-sized images.
 */
import { type FashionSplit, fashionMean, fashionStd } from './fashion';
import { LabRandom, permutation } from './random';

/** Pixels of background added on each side before a random crop. */
export const cropPad = 2;

/** One batch ready for the network: [n, 28, 28, 1] normalised pixels and n labels. */
export interface Batch {
  readonly count: number;
  readonly images: Float32Array;
  readonly labels: Uint8Array;
}

/** How many full batches an epoch has (a last partial batch is left out, as drop_last). */
export function stepsPerEpoch(images: number, batch: number): number {
  return Math.floor(images / batch);
}

/** The image indices of step `step` (0-based, counted from the start of the run). */
export function batchIndices(images: number, batch: number, seed: number, step: number): Uint32Array {
  const perEpoch = stepsPerEpoch(images, batch);
  const epoch = Math.floor(step / perEpoch);
  const at = (step % perEpoch) * batch;
  return permutation(images, seed, 'order', epoch).subarray(at, at + batch);
}

/** A normalised pixel value: (v/255 − mean)/std, Fashion-MNIST's statistics. */
export function normalizePixel(v: number): number {
  return (v / 255 - fashionMean) / fashionStd;
}

/**
 * The images `indices` of `split`, normalised, as [n, rows, cols, 1]; with `augment`, each one
 * shifted and mirrored as the stream (seed, 'augment', step) says.
 */
export function makeBatch(
  split: FashionSplit,
  indices: ArrayLike<number>,
  options: { readonly augment?: boolean; readonly seed?: number; readonly step?: number } = {},
): Batch {
  const { rows, cols } = split;
  const size = rows * cols;
  const images = new Float32Array(indices.length * size);
  const labels = new Uint8Array(indices.length);
  const r = options.augment ? new LabRandom(options.seed ?? 0, 'augment', options.step ?? 0) : undefined;
  const background = normalizePixel(0);
  for (let n = 0; n < indices.length; n++) {
    const i = indices[n] ?? 0;
    labels[n] = split.labels[i] ?? 0;
    const src = split.pixels.subarray(i * size, (i + 1) * size);
    const dst = images.subarray(n * size, (n + 1) * size);
    if (!r) {
      for (let p = 0; p < size; p++) dst[p] = normalizePixel(src[p] ?? 0);
      continue;
    }
    // A window of the padded image at (dx, dy) ∈ [0, 2·pad]: source pixel (x + dx − pad, y + dy − pad).
    const dx = r.below(2 * cropPad + 1) - cropPad;
    const dy = r.below(2 * cropPad + 1) - cropPad;
    const flip = r.next() < 0.5;
    for (let y = 0; y < rows; y++) {
      for (let x = 0; x < cols; x++) {
        const sx = (flip ? cols - 1 - x : x) + dx;
        const sy = y + dy;
        const inside = sx >= 0 && sx < cols && sy >= 0 && sy < rows;
        dst[y * cols + x] = inside ? normalizePixel(src[sy * cols + sx] ?? 0) : background;
      }
    }
  }
  return { count: indices.length, images, labels };
}

/** All images of a split from `from`, `count` of them, normalised and unaugmented (evaluation). */
export function evalBatch(split: FashionSplit, from: number, count: number): Batch {
  const n = Math.max(0, Math.min(count, split.count - from));
  return makeBatch(
    split,
    Array.from({ length: n }, (_, i) => from + i),
  );
}

/**
 * One step's dropout mask for a layer of `units` values and `batch` images: each value kept
 * with probability 1 − rate and then scaled by 1/(1 − rate) (inverted dropout, PyTorch's
 * convention: nothing to rescale at test time), else 0.
 */
export function dropoutMask(
  batch: number,
  units: number,
  rate: number,
  seed: number,
  layerId: string,
  step: number,
): Float32Array {
  const mask = new Float32Array(batch * units);
  const r = new LabRandom(seed, `dropout:${layerId}`, step);
  const keep = 1 / (1 - rate);
  for (let i = 0; i < mask.length; i++) mask[i] = r.next() < rate ? 0 : keep;
  return mask;
}
