/**
 * How exported code is laid out, shared by the three exporters: torchvision's split of the
 * network into `features` (everything spatial), an optional `avgpool` (an adaptive pool just
 * before flatten), the flatten, and `classifier` (everything after it).
 */
import type { Analysis, LayerInfo } from '../analyze';
import type { LrnLayer } from '../spec';

export interface CodeLayout {
  readonly inputId: string;
  readonly inputSize: number;
  readonly channels: number;
  readonly features: readonly LayerInfo[];
  readonly avgpool?: LayerInfo;
  readonly flatten?: LayerInfo;
  readonly classifier: readonly LayerInfo[];
}

/** Splits an analysed network (it must be ok: exporters only run on networks that build). */
export function layoutOf(analysis: Analysis): CodeLayout {
  const [first, ...rest] = analysis.layers;
  const inputSize = first?.layer.kind === 'input' ? first.layer.size : 0;
  const channels = first?.layer.kind === 'input' ? first.layer.channels : 0;
  const inputId = first?.layer.id ?? 'input';
  const f = rest.findIndex((l) => l.layer.kind === 'flatten');
  if (f < 0) return { inputId, inputSize, channels, features: rest, classifier: [] };
  const before = rest[f - 1];
  const pooled = before?.layer.kind === 'adaptiveavgpool';
  return {
    inputId,
    inputSize,
    channels,
    features: rest.slice(0, pooled ? f - 1 : f),
    avgpool: pooled ? before : undefined,
    flatten: rest[f],
    classifier: rest.slice(f + 1),
  };
}

/** A real number as Python and JS both read it, never "0.30000000000000004": 1e-4 → "0.0001". */
export function numLiteral(x: number): string {
  const s = String(Number(x.toPrecision(12)));
  return s;
}

/** A Python float literal: 2 → "2.0". */
export function pyFloat(x: number): string {
  const s = numLiteral(x);
  return /[.eE]/.test(s) ? s : `${s}.0`;
}

/**
 * α in the convention of the target: PyTorch and Caffe divide α by n, TensorFlow and tfjs
 * multiply the sum by α as the paper does. The spec says which convention its α follows.
 */
export function lrnAlpha(layer: LrnLayer, target: 'divided-by-n' | 'paper'): number {
  if (layer.alphaConvention === target) return layer.alpha;
  return target === 'divided-by-n' ? layer.alpha * layer.size : layer.alpha / layer.size;
}

/** Extra rows and columns a ceil-rounding pool reads past the edge (filled with −∞ in Keras/tfjs). */
export function ceilPad(info: LayerInfo): number {
  return info.layer.kind === 'maxpool' && info.layer.rounding === 'ceil' ? (info.size?.padded ?? 0) : 0;
}
