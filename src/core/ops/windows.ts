/**
 * Where a sliding window goes along one axis, at a layer's real kernel, stride, padding,
 * dilation and rounding: the start of every window, and what each cell of the padded axis
 * is (zero padding, input, input that no window reaches, or padding read only by a ceil-mode
 * window). The animation and the size playground draw exactly these cells; the counts agree
 * with core's windowSize (tested).
 *
 * Coordinates are input pixels: cell −padding is the first padding cell, cell 0 the first
 * input pixel. conv1 of the seed variant: input 227, kernel 11, stride 4 → 55 windows
 * starting at 0, 4, …, 216, last reaching 226; no dropped or extra cells.
 */
import { windowSize, type WindowSize } from '../arithmetic';
import type { LayerInfo } from '../analyze';
import type { Rounding } from '../spec';

export interface WindowAxis {
  readonly input: number;
  readonly kernel: number;
  readonly stride: number;
  readonly padding: number;
  /** Gap between taps: 1 for every AlexNet layer; the playground lets students change it. */
  readonly dilation: number;
  readonly rounding: Rounding;
}

/** What a cell of the padded axis is, seen from the windows. */
export type CellKind = 'pad' | 'input' | 'dropped' | 'extra';

export interface WindowPlan extends WindowAxis {
  /** Span of one window with its gaps: dilation·(kernel − 1) + 1. */
  readonly reach: number;
  /** Core's arithmetic for the effective kernel (output side, exact quotient, dropped, padded). */
  readonly size: WindowSize;
  /** Input coordinate of window i's first tap: i·stride − padding. */
  readonly starts: readonly number[];
  /** First and one-past-last cell drawn: −padding … max(input + padding, last window's end). */
  readonly lo: number;
  readonly hi: number;
}

/** Plans the windows along one axis; `size.output < 1` means no window fits. */
export function windowPlan(axis: WindowAxis): WindowPlan {
  const reach = axis.dilation * (axis.kernel - 1) + 1;
  const size = windowSize(axis.input, reach, axis.stride, axis.padding, axis.rounding, true);
  const n = Math.max(0, size.output);
  const starts = Array.from({ length: n }, (_, i) => i * axis.stride - axis.padding);
  const last = starts.at(-1);
  const end = last === undefined ? axis.input + axis.padding : last + reach;
  return { ...axis, reach, size, starts, lo: 0 - axis.padding, hi: Math.max(axis.input + axis.padding, end) };
}

/** One past the last cell any window reads. */
function windowsEnd(plan: WindowPlan): number {
  const last = plan.starts.at(-1);
  return last === undefined ? plan.lo : last + plan.reach;
}

/**
 * Kind of cell `i`: 'pad' for the zero padding (read or not), 'dropped' for image pixels at
 * the far end that no window reaches (floor rounding leaves them out), 'extra' for cells past
 * the padding that a ceil-mode window reads, 'input' otherwise. Padding that no window reaches
 * stays 'pad': nothing of the image is lost there (count it with unreadPadding).
 */
export function cellKind(plan: WindowPlan, i: number): CellKind {
  if (i >= plan.input + plan.padding) return 'extra';
  if (i < 0 || i >= plan.input) return 'pad';
  return i >= windowsEnd(plan) ? 'dropped' : 'input';
}

/** Padding cells at the far end that no window reaches: 1 for torchvision's conv1 (224, pad 2). */
export function unreadPadding(plan: WindowPlan): number {
  const end = Math.max(windowsEnd(plan), plan.input);
  return Math.max(0, plan.input + plan.padding - end);
}

/** Cells of the axis (lo … hi − 1) of one kind: how many pixels no window reaches, for instance. */
export function countCells(plan: WindowPlan, kind: CellKind): number {
  let n = 0;
  for (let i = plan.lo; i < plan.hi; i++) if (cellKind(plan, i) === kind) n++;
  return n;
}

/** The cells window `w` reads: start, start + dilation, … (kernel taps). */
export function windowTaps(plan: WindowPlan, w: number): number[] {
  const start = plan.starts[w] ?? 0;
  return Array.from({ length: plan.kernel }, (_, j) => start + j * plan.dilation);
}

/** Output pixel of animation frame `f` (row by row): frame 0 → (0, 0), frame n² − 1 → (n − 1, n − 1). */
export function frameAt(output: number, f: number): { readonly x: number; readonly y: number } {
  const clamped = Math.min(Math.max(0, Math.trunc(f)), Math.max(0, output * output - 1));
  return { x: output > 0 ? clamped % output : 0, y: output > 0 ? Math.floor(clamped / output) : 0 };
}

/**
 * The window of a conv or max-pool layer along one axis, from core's analysis; undefined for
 * the layers that slide no window. conv1 of the seed variant → { input: 227, kernel: 11,
 * stride: 4, padding: 0, dilation: 1, rounding: 'floor' }.
 */
export function layerAxis(info: LayerInfo): WindowAxis | undefined {
  const { layer } = info;
  if ((layer.kind !== 'conv' && layer.kind !== 'maxpool') || info.inputShape.kind !== 'spatial') return undefined;
  return {
    input: info.inputShape.hwc[0],
    kernel: layer.kind === 'conv' ? layer.kernel : layer.size,
    stride: layer.stride,
    padding: layer.kind === 'conv' ? layer.padding : 0,
    dilation: 1,
    rounding: layer.kind === 'conv' ? 'floor' : layer.rounding,
  };
}
