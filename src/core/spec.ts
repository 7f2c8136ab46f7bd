/**
 * The network as data. A spec is an ordered list of layers; every number the app shows is
 * derived from it by the pure functions in this folder (see analyze.ts).
 *
 * Spatial layers are square (AlexNet and its relatives all are), so one size, kernel, stride
 * and padding describe both axes; shapes are still carried as full [h, w, c] tuples.
 */

/** Height, width, channels: [55, 55, 96] is conv1's output in the seed variant. */
export type Hwc = readonly [h: number, w: number, c: number];

/** What a layer outputs: a stack of feature maps, or a flat vector after `flatten`. */
export type Shape =
  { readonly kind: 'spatial'; readonly hwc: Hwc } | { readonly kind: 'vector'; readonly length: number };

/** How a window that does not fit evenly is rounded: PyTorch's default, or Caffe's. */
export type Rounding = 'floor' | 'ceil';

/**
 * How α enters the LRN denominator. The paper multiplies the sum of squares by α;
 * Caffe and PyTorch's `nn.LocalResponseNorm` use α/n. Both are legitimate readings.
 */
export type LrnAlphaConvention = 'paper' | 'divided-by-n';

export interface InputLayer {
  readonly kind: 'input';
  readonly id: string;
  /** Side of the square image in pixels (227 for the seed variant). */
  readonly size: number;
  readonly channels: number;
}

export interface ConvLayer {
  readonly kind: 'conv';
  readonly id: string;
  readonly filters: number;
  readonly kernel: number;
  readonly stride: number;
  /** Zero padding added on every side. */
  readonly padding: number;
  /** 1 for a dense convolution; 2 for the paper's two-GPU layers. */
  readonly groups: number;
}

export interface ReluLayer {
  readonly kind: 'relu';
  readonly id: string;
}

/** The saturating activation AlexNet replaced with ReLU (§3.1); the training lab switches between them. */
export interface TanhLayer {
  readonly kind: 'tanh';
  readonly id: string;
}

/** b = a / (k + α' Σ a²)^β over `size` adjacent maps, α' = α or α/size by convention. */
export interface LrnLayer {
  readonly kind: 'lrn';
  readonly id: string;
  readonly size: number;
  readonly k: number;
  readonly alpha: number;
  readonly beta: number;
  readonly alphaConvention: LrnAlphaConvention;
}

export interface MaxPoolLayer {
  readonly kind: 'maxpool';
  readonly id: string;
  readonly size: number;
  readonly stride: number;
  readonly rounding: Rounding;
}

/** PyTorch's AdaptiveAvgPool2d: averages into a fixed `outputSize` grid whatever comes in. */
export interface AdaptiveAvgPoolLayer {
  readonly kind: 'adaptiveavgpool';
  readonly id: string;
  readonly outputSize: number;
}

export interface FlattenLayer {
  readonly kind: 'flatten';
  readonly id: string;
}

export interface DenseLayer {
  readonly kind: 'dense';
  readonly id: string;
  readonly units: number;
}

/** Active only in training; at inference it passes values through unchanged. */
export interface DropoutLayer {
  readonly kind: 'dropout';
  readonly id: string;
  readonly rate: number;
}

export interface SoftmaxLayer {
  readonly kind: 'softmax';
  readonly id: string;
}

export type LayerSpec =
  | InputLayer
  | ConvLayer
  | ReluLayer
  | TanhLayer
  | LrnLayer
  | MaxPoolLayer
  | AdaptiveAvgPoolLayer
  | FlattenLayer
  | DenseLayer
  | DropoutLayer
  | SoftmaxLayer;

export type LayerKind = LayerSpec['kind'];

export interface NetworkSpec {
  /** Stable key used in the URL (`#variant=seed`). */
  readonly id: string;
  /** Short English name; the one-line provenance shown in the app is the i18n key variant.source.<id>. */
  readonly name: string;
  readonly layers: readonly LayerSpec[];
}

/** Kinds that hold learnable weights; the article counts only these as "layers". */
export function isWeighted(layer: LayerSpec): layer is ConvLayer | DenseLayer {
  return layer.kind === 'conv' || layer.kind === 'dense';
}

/** Number of values in a shape: 55·55·96 = 290,400 for seed conv1. */
export function shapeSize(shape: Shape): number {
  return shape.kind === 'vector' ? shape.length : shape.hwc[0] * shape.hwc[1] * shape.hwc[2];
}

/** Shape as a student writes it: "55×55×96" or "4096". */
export function formatShape(shape: Shape): string {
  return shape.kind === 'vector' ? String(shape.length) : shape.hwc.join('×');
}
