/**
 * Reading shapes off TensorData without trusting them: the components get data from another
 * team's engine, so a wrong layout becomes a visible message, never a silent garbage picture.
 */
import type { TensorData } from '../../core/tensorData';

export type Hwc = readonly [h: number, w: number, c: number];
export type KernelShape = readonly [k: number, k2: number, depth: number, filters: number];

const positiveInts = (shape: readonly number[]) => shape.every((n) => Number.isInteger(n) && n > 0);
const product = (shape: readonly number[]) => shape.reduce((a, b) => a * b, 1);

/** [h, w, c] of a feature-map stack ([55, 55, 96] for conv1), or undefined if it is not one. */
export function hwcOf(t: TensorData): Hwc | undefined {
  const [h, w, c] = t.shape;
  if (t.shape.length !== 3 || h === undefined || w === undefined || c === undefined) return undefined;
  if (!positiveInts(t.shape) || product(t.shape) !== t.data.length) return undefined;
  return [h, w, c];
}

/** [k, k, depth, filters] of a square conv kernel ([11, 11, 3, 96] for conv1), or undefined. */
export function kernelShapeOf(t: TensorData): KernelShape | undefined {
  const [k, k2, d, f] = t.shape;
  if (t.shape.length !== 4 || k === undefined || k2 === undefined || d === undefined || f === undefined)
    return undefined;
  if (k !== k2 || !positiveInts(t.shape) || product(t.shape) !== t.data.length) return undefined;
  return [k, k2, d, f];
}

/** Length of a vector ([4096] for fc6), or undefined if the data is not one. */
export function vectorLengthOf(t: TensorData): number | undefined {
  const [n] = t.shape;
  if (t.shape.length !== 1 || n === undefined || !positiveInts(t.shape) || n !== t.data.length) return undefined;
  return n;
}

/** "55×55×96": how a shape is written in messages. */
export function shapeText(shape: readonly number[]): string {
  return shape.length === 0 ? '[]' : shape.join('×');
}
