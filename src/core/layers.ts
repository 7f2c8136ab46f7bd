/** Small constructors so that variant tables read like the papers' tables. */
import type {
  AdaptiveAvgPoolLayer,
  ConvLayer,
  DenseLayer,
  DropoutLayer,
  FlattenLayer,
  InputLayer,
  LrnLayer,
  MaxPoolLayer,
  ReluLayer,
  Rounding,
  SoftmaxLayer,
  TanhLayer,
} from './spec';

export const input = (size: number, channels = 3): InputLayer => ({ kind: 'input', id: 'input', size, channels });

export const conv = (
  id: string,
  filters: number,
  kernel: number,
  stride: number,
  padding: number,
  groups = 1,
): ConvLayer => ({ kind: 'conv', id, filters, kernel, stride, padding, groups });

export const relu = (id: string): ReluLayer => ({ kind: 'relu', id });
export const tanh = (id: string): TanhLayer => ({ kind: 'tanh', id });

/** The paper's constants (k = 2, n = 5, α = 1e-4, β = 0.75), α multiplying the sum. */
export const lrn = (id: string): LrnLayer => ({
  kind: 'lrn',
  id,
  size: 5,
  k: 2,
  alpha: 1e-4,
  beta: 0.75,
  alphaConvention: 'paper',
});

export const maxpool = (id: string, size: number, stride: number, rounding: Rounding = 'floor'): MaxPoolLayer => ({
  kind: 'maxpool',
  id,
  size,
  stride,
  rounding,
});

export const adaptiveAvgPool = (id: string, outputSize: number): AdaptiveAvgPoolLayer => ({
  kind: 'adaptiveavgpool',
  id,
  outputSize,
});

export const flatten = (): FlattenLayer => ({ kind: 'flatten', id: 'flatten' });
export const dense = (id: string, units: number): DenseLayer => ({ kind: 'dense', id, units });
export const dropout = (id: string, rate = 0.5): DropoutLayer => ({ kind: 'dropout', id, rate });
export const softmax = (): SoftmaxLayer => ({ kind: 'softmax', id: 'softmax' });
