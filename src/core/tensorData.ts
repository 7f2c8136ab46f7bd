/**
 * Plain data that crosses the src/tf boundary instead of tensors.
 *
 * Layouts (channels last, as tfjs uses):
 * - a feature-map stack: shape [h, w, c], data index (y·w + x)·c + ch: [55, 55, 96] for conv1;
 * - a vector: shape [n]: [4096] for fc6;
 * - conv kernels: shape [k, k, depth, filters], index ((ky·k + kx)·depth + d)·filters + f:
 *   [11, 11, 3, 96] for conv1. In a grouped conv, filters g·F/G … (g+1)·F/G − 1 see input
 *   channels g·depth … (g+1)·depth − 1.
 */
export interface TensorData {
  readonly shape: readonly number[];
  readonly data: Float32Array;
}

/** Decoded image pixels, RGBA bytes row by row (the layout of the DOM's ImageData). */
export interface RgbaImage {
  readonly width: number;
  readonly height: number;
  readonly data: Uint8ClampedArray;
}
