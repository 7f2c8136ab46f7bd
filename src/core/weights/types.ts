/**
 * The contract between the weight-file readers (this folder: PyTorch checkpoints and ONNX graphs,
 * read as data, never executed) and the rest of the app (the engine worker uploads the layers,
 * the UI shows where they came from). Plain data only, so it crosses a worker boundary as is.
 */
import type { NetworkSpec } from '../spec';

/** How the bytes were laid out: torch ≥ 1.6 zip, the older sequence of pickles, or ONNX protobuf. */
export type WeightsFormat = 'pth-zip' | 'pth-legacy' | 'onnx';

/**
 * The preprocessing a network was trained with.
 * - torchvision: RGB, /255, mean (0.485, 0.456, 0.406), std (0.229, 0.224, 0.225); shorter side
 *   to 256 (bilinear), centre crop 224 (IMAGENET1K_V1's eval transform).
 * - caffe: BGR, 0–255, minus the mean pixel (104, 117, 123); resize to 256, centre crop to the
 *   input size (227 for BVLC AlexNet).
 * - fashion: the training lab's network (28×28 grey): centre square, resized to the input side,
 *   grey (ITU-R 601 luma, Pillow's 'L'), /255, Fashion-MNIST's mean 0.286 and std 0.353.
 */
export type PreprocessPreset = 'torchvision' | 'caffe' | 'fashion';

/** One weighted layer's values, already in the engine's layout (see tf/weights.ts WeightSpec). */
export interface ImportedLayer {
  /** The spec layer these belong to ('conv1', 'fc6', …). */
  readonly layerId: string;
  /**
   * conv: [k, k, depth, filters] (PyTorch's OIHW transposed); dense: [nIn, units], rows in the
   * engine's flatten order (height, width, channel), permuted from PyTorch's (channel, height, width).
   */
  readonly weights: Float32Array;
  /** One bias per filter or unit. */
  readonly bias: Float32Array;
}

/** What a weight file turned into: a network to build, its weights and how to feed it. */
export interface ImportedNetwork {
  /** The network the file describes: torchvision's AlexNet for a state_dict, the graph's own for ONNX. */
  readonly spec: NetworkSpec;
  readonly layers: readonly ImportedLayer[];
  readonly format: WeightsFormat;
  /** Chosen from what the file is; the user may change it. */
  readonly preset: PreprocessPreset;
  /** Hex SHA-256 of the whole file. */
  readonly sha256: string;
  /** Set when the hash starts with the one in an official torchvision file name ('7be5be79'). */
  readonly official?: string;
  /** File name as given (display only; never used to decide what the file is). */
  readonly fileName: string;
  readonly bytes: number;
}

/** Reading stages, for the progress bar. */
export type ImportStage = 'reading' | 'checking' | 'uploading';

/** Options of readWeightsFile (read.ts). */
export interface ReadOptions {
  /** Display only; never used to decide what the file is. */
  readonly fileName?: string;
  /** Called as work goes on: bytes for 'reading', tensor values for 'checking'. */
  readonly onProgress?: (stage: ImportStage, done: number, total: number) => void;
  /**
   * Called with each layer as soon as it is checked and in the engine's layout, in spec order
   * (conv layers first), so a worker can upload them before the fully-connected ones are read.
   */
  readonly onLayer?: (layer: ImportedLayer, spec: NetworkSpec) => void;
}

/** Why a file was refused; the UI shows the i18n key `weights.error.<code>` with `params`. */
export type WeightsErrorCode =
  | 'empty'
  | 'tooLarge'
  | 'truncated'
  /** The structure contradicts itself (a zip, pickle or protobuf length or record); names the offset. */
  | 'corrupt'
  | 'notWeights'
  | 'zipNotCheckpoint'
  | 'forbiddenGlobal'
  | 'badOpcode'
  | 'wrongNetwork'
  | 'badShape'
  | 'badDtype'
  | 'nonFinite'
  | 'unknownOperator'
  | 'badGraph';

/** A refusal that names what it met: the tensor, the global, the operator or the byte offset. */
export class WeightsError extends Error {
  constructor(
    readonly code: WeightsErrorCode,
    readonly params: Readonly<Record<string, string | number>> = {},
  ) {
    super(`${code}: ${JSON.stringify(params)}`);
    this.name = 'WeightsError';
  }
}
