/**
 * The paper's LRN constants mapped onto tfjs's `localResponseNormalization(x, depthRadius,
 * bias, alpha, beta)`, which computes x / (bias + alpha·Σ x²)^beta over the 2·depthRadius + 1
 * channels centred on each channel (clipped at the ends).
 *
 * Paper: b = a / (k + α Σ a²)^β over n adjacent maps. So depthRadius = (n − 1)/2, bias = k,
 * beta = β, and alpha = α when α multiplies the sum (the paper, TensorFlow) or α/n when the
 * spec follows Caffe/PyTorch, which divide α by n. Pure, so the mapping is tested on its own.
 */
import type { LrnLayer } from '../core/spec';

export interface TfLrnParams {
  readonly depthRadius: number;
  readonly bias: number;
  readonly alpha: number;
  readonly beta: number;
}

/** The paper's norm1 (n 5, k 2, α 1e-4, β 0.75, 'paper') → { depthRadius 2, bias 2, alpha 1e-4, beta 0.75 }. */
export function tfLrnParams(layer: LrnLayer): TfLrnParams {
  return {
    depthRadius: (layer.size - 1) / 2,
    bias: layer.k,
    alpha: layer.alphaConvention === 'paper' ? layer.alpha : layer.alpha / layer.size,
    beta: layer.beta,
  };
}
