/**
 * Output-size arithmetic for sliding windows (convolution and pooling), written out as the
 * steps a student would take: (227 − 11 + 2·0)/4 + 1 = 216/4 + 1 = 54 + 1 = 55.
 */
import type { Rounding } from './spec';
import { type Derivation, type Expr, expr, formatDecimal } from './format';

export interface WindowSize {
  /** The steps from the formula to the output side length. */
  readonly derivation: Derivation;
  /** Output side length; below 1 means the layer is invalid. */
  readonly output: number;
  /** (input − kernel + 2·padding)/stride + 1 before rounding: 54.25 for a 224 input to conv1. */
  readonly exact: number;
  readonly rounding: Rounding;
  /**
   * Image pixels at the far edge that no window reaches (floor rounding): 1 for the paper's
   * unpadded 224 → conv1. Only these are information lost.
   */
  readonly dropped: number;
  /**
   * Padding cells at the far edge that no window reaches (floor rounding): 1 for torchvision's
   * conv1 (224, padding 2), whose last window still reads every image pixel.
   */
  readonly droppedPadding: number;
  /** Pixels past the far edge that the last window reaches (ceil rounding): 1 for ZFNet pool1. */
  readonly padded: number;
}

/**
 * Side length after a window of `kernel` slides with `stride` over `input` pixels plus
 * `padding` zeros on each side. `showPadding` keeps the "+ 2·p" term (convolutions show it
 * even when p = 0; pooling layers have no padding and leave it out).
 * With ceil rounding, PyTorch drops a last window that would start in the padding; so do we.
 */
export function windowSize(
  input: number,
  kernel: number,
  stride: number,
  padding: number,
  rounding: Rounding,
  showPadding: boolean,
): WindowSize {
  const span = input - kernel + 2 * padding;
  const quotient = span / stride;
  const exact = quotient + 1;
  let output = (rounding === 'floor' ? Math.floor(quotient) : Math.ceil(quotient)) + 1;
  if (rounding === 'ceil' && output > 1 && (output - 1) * stride >= input + padding) output -= 1;
  const reach = (output - 1) * stride + kernel;
  const covered = input + 2 * padding;
  // Cells past the last window's reach, split at the image's far edge (input + padding).
  const unread = output >= 1 ? Math.max(0, covered - reach) : 0;
  const dropped = output >= 1 ? Math.max(0, input + padding - reach) : 0;
  const droppedPadding = unread - dropped;
  const padded = output >= 1 ? Math.max(0, reach - covered) : 0;

  const padText = showPadding ? ` + 2·${padding}` : '';
  const padTex = showPadding ? ` + 2\\cdot ${padding}` : '';
  const steps: Expr[] = [
    expr(`(${input} − ${kernel}${padText})/${stride} + 1`, `\\frac{${input} - ${kernel}${padTex}}{${stride}} + 1`),
    expr(`${span}/${stride} + 1`, `\\frac{${span}}{${stride}} + 1`),
  ];
  const q = formatDecimal(quotient);
  steps.push(expr(`${q} + 1`));
  const rounded = (rounding === 'floor' ? Math.floor(quotient) : Math.ceil(quotient)) + 1;
  if (!Number.isInteger(quotient)) {
    const [open, close, openTex, closeTex] =
      rounding === 'floor' ? ['⌊', '⌋', '\\lfloor ', ' \\rfloor'] : ['⌈', '⌉', '\\lceil ', ' \\rceil'];
    steps.push(expr(`${open}${q}${close} + 1`, `${openTex}${q}${closeTex} + 1`));
  }
  // PyTorch's ceil-mode correction (a last window that would start in the padding) is a step too.
  if (rounded !== output) steps.push(expr(`${rounded} − 1`));
  steps.push(expr(String(output)));
  return { derivation: { steps, result: output }, output, exact, rounding, dropped, droppedPadding, padded };
}
