/**
 * Fashion-MNIST test images as samples for the training lab's network (once it is imported
 * into the engine): one or more per class from the shipped test subset (public/lab/test.fmnz),
 * as opaque grey RGBA images that the image layer, the engine and the walkthrough take like any
 * photo. The lab network's preset (core/presetPreprocess.ts, 'fashion') reads them back exactly.
 */
import {
  type FashionClass,
  type FashionSplit,
  fashionClasses,
  fashionFiles,
  fashionRgba,
  readCheckedSplit,
  sampleIndices,
  unpackSubset,
} from '../core/lab/fashion';
import type { RgbaImage } from '../core/tensorData';

/** One sample: its index in the test subset, its class and its pixels (28×28). */
export interface FashionSample {
  /** A key for the engine's image cache: 'fashion-17'. */
  readonly id: string;
  readonly index: number;
  readonly label: number;
  readonly className: FashionClass;
  readonly image: RgbaImage;
}

/** The first `perClass` test images of every class, class by class, from a read test split. */
export function samplesOf(test: FashionSplit, perClass = 1): FashionSample[] {
  return sampleIndices(test, perClass).map((index) => {
    const label = test.labels[index] ?? 0;
    return {
      id: `fashion-${index}`,
      index,
      label,
      className: fashionClasses[label] ?? 'tshirt',
      image: fashionRgba(test, index),
    };
  });
}

/** Fetches the shipped test subset (same origin), checks it, and returns its samples. */
export async function loadFashionSamples(perClass = 1, base: string = document.baseURI): Promise<FashionSample[]> {
  const response = await fetch(new URL(fashionFiles.test.path, base));
  if (!response.ok) throw new Error(`${fashionFiles.test.path}: HTTP ${response.status}`);
  const bytes = await unpackSubset(new Uint8Array(await response.arrayBuffer()));
  return samplesOf(await readCheckedSplit('test', bytes), perClass);
}
