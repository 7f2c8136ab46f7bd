/**
 * Occlusion sensitivity (Zeiler & Fergus 2013, §4.2, Figure 7): a grey square slid over the
 * input crop; at each position the network runs on the occluded image, and the map holds the
 * class's probability there. The square's positions are core's sliding-window plan
 * (ops/windows.ts) with the square as the kernel: no padding, floor rounding, so every square
 * lies wholly on the crop. 224 input, size 64, stride 32 → starts 0, 32, …, 160: a 6×6 grid.
 *
 * "Grey" is the preset's mean colour. Both presets subtract the mean before the network
 * (torchvision: (v/255 − mean)/std; Caffe: v − mean pixel), so the mean colour is exactly 0 in
 * the network's input: the square is filled with zeros there.
 *
 * Coarse first: the positions are computed in passes, every 4th row and column first, then
 * every 2nd, then the rest; until a position is done the page shows its coarse neighbour's value.
 */
import { windowPlan } from '../ops/windows';
import type { MapRect } from './types';

/** The input value of the occluding square: the preset's mean colour, which normalisation makes 0. */
export const occluderValue = 0;

export interface OcclusionPlan {
  readonly inputSize: number;
  readonly size: number;
  readonly stride: number;
  /** Where each row's (and column's) square starts: [0, 32, 64, 96, 128, 160] for 224/64/32. */
  readonly starts: readonly number[];
  /** Positions per side: the map is n×n. */
  readonly n: number;
}

/** The square's positions on an inputSize×inputSize crop; throws a RangeError when none fits. */
export function occlusionPlan(inputSize: number, size: number, stride: number): OcclusionPlan {
  if (!Number.isInteger(size) || !Number.isInteger(stride) || size < 1 || stride < 1)
    throw new RangeError(`occlusion size and stride must be whole numbers ≥ 1, got ${size} and ${stride}`);
  if (size > inputSize) throw new RangeError(`a ${size}-pixel square does not fit a ${inputSize}-pixel crop`);
  const plan = windowPlan({ input: inputSize, kernel: size, stride, padding: 0, dilation: 1, rounding: 'floor' });
  return { inputSize, size, stride, starts: plan.starts, n: plan.starts.length };
}

/** The app's default square: a quarter of the crop, moved by half its side (224 → 56/28, a 7×7 grid). */
export function defaultOcclusion(inputSize: number): { size: number; stride: number } {
  const size = Math.round(inputSize / 4);
  return { size, stride: Math.floor(size / 2) };
}

/**
 * The passes, coarse first: cell indices (row·n + col) computed in each. The first pass takes
 * every step-th row and column, with the largest power-of-two step that still leaves two per
 * side; each next pass halves the step and takes the cells not yet taken; the last (step 1)
 * completes the grid. n = 7 → steps 4, 2, 1: 4, 12 and 33 cells.
 */
export function refinementPasses(n: number): number[][] {
  let step = 1;
  while (step * 2 < n) step *= 2;
  const passes: number[][] = [];
  const taken = new Uint8Array(n * n);
  for (; step >= 1; step /= 2) {
    const pass: number[] = [];
    for (let r = 0; r < n; r += step)
      for (let c = 0; c < n; c += step) {
        const i = r * n + c;
        if (!taken[i]) {
          taken[i] = 1;
          pass.push(i);
        }
      }
    if (pass.length) passes.push(pass);
  }
  return passes;
}

/**
 * The map to show while passes remain: every cell not yet done takes the value of the nearest
 * done cell above-left on the coarsest grid that has one (its block's corner), so the picture
 * starts blocky and sharpens. Cells with no done corner stay NaN.
 */
export function fillFromCoarse(values: Float32Array, done: Uint8Array, n: number): Float32Array {
  const out = Float32Array.from(values);
  for (let r = 0; r < n; r++)
    for (let c = 0; c < n; c++) {
      const i = r * n + c;
      if (done[i]) continue;
      out[i] = NaN;
      for (let step = 2; step < 2 * n; step *= 2) {
        const j = (r - (r % step)) * n + (c - (c % step));
        if (done[j]) {
          out[i] = values[j] ?? NaN;
          break;
        }
      }
    }
  return out;
}

/**
 * Where the n×n map lies on the crop: cell (r, c) is drawn as the stride×stride square centred on
 * its square's centre (start + size/2), as Zeiler & Fergus plot the probability against the
 * position of the square. 224/64/32 → 16 … 208 on both axes.
 */
export function occlusionRect(plan: OcclusionPlan): MapRect {
  const first = (plan.starts[0] ?? 0) + plan.size / 2 - plan.stride / 2;
  const end = first + plan.n * plan.stride;
  return { x0: first, y0: first, x1: end, y1: end };
}

/**
 * A copy of `input` ([side, side, channels], HWC) with the square at (row, col) of the plan
 * filled with `occluderValue`, written into `out` at `offset` (a batch of occluded images).
 */
export function occludeInto(
  input: Float32Array,
  channels: number,
  plan: OcclusionPlan,
  row: number,
  col: number,
  out: Float32Array,
  offset = 0,
): void {
  const side = plan.inputSize;
  out.set(input, offset);
  const y0 = plan.starts[row] ?? 0;
  const x0 = plan.starts[col] ?? 0;
  for (let y = y0; y < y0 + plan.size; y++)
    out.fill(occluderValue, offset + (y * side + x0) * channels, offset + (y * side + x0 + plan.size) * channels);
}
