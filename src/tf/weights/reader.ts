/**
 * The one place the engine reaches into the weight-file readers of core/weights: reading a
 * file, and the preprocessing an imported network needs. Kept apart so that the worker's
 * code does not depend on how the readers are split into modules.
 */
export { readWeightsFile } from '../../core/weights/read';
export { preprocessFor } from '../../core/weights/preprocess';
