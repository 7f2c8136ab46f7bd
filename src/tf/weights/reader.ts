/**
 * The one place the engine reaches into the weight-file readers of core/weights: reading a
 * file, and the preprocessing an imported network needs. Kept apart so that the worker's
 * code does not depend on how the readers are split into modules.
 */
import { presetPreprocess } from '../../core/presetPreprocess';
import type { RgbaImage, TensorData } from '../../core/tensorData';
import type { PreprocessPreset } from '../../core/weights/types';

export { readWeightsFile } from '../../core/weights/read';

/** The network input [size, size, 3] for `image` under an imported network's preset. */
export function preprocessFor(preset: PreprocessPreset, image: RgbaImage, size: number): TensorData {
  return presetPreprocess(image, preset, size).input;
}
