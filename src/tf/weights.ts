/**
 * He (Kaiming) normal weights for every conv and dense layer of a spec, from a seed, in plain
 * TypeScript: std = √(2 / fan_in), fan_in = k·k·depth for a conv kernel and n_in for a dense
 * layer; biases are zero. Nothing here imports tfjs, so Node tests see the very numbers the
 * browser uploads, on every backend.
 *
 * Each layer draws from its own streams, keyed by (seed, layer id, chunk): changing one layer
 * of a spec leaves every other layer's weights as they were, and chunks of 65,536 values can be
 * generated in any order or on any thread with the same result.
 */
import { analyze } from '../core/analyze';
import type { NetworkSpec } from '../core/spec';
import { streamState } from './random';
import { fillNormalFast } from './wasmNormal';

/** Values per independent stream. */
export const chunkSize = 65536;

/** What one weighted layer needs: conv1 of the seed variant is shape [11, 11, 3, 96], fanIn 363. */
export interface WeightSpec {
  readonly layerId: string;
  readonly kind: 'conv' | 'dense';
  /** [k, k, depth, filters] for conv (depth = input channels / groups), [n_in, units] for dense. */
  readonly shape: readonly number[];
  /** Conv groups (1 for dense): filters g·F/G … (g+1)·F/G − 1 see the g-th slice of the input. */
  readonly groups: number;
  readonly fanIn: number;
  /** √(2 / fanIn): 0.0742 for conv1 of the seed variant. */
  readonly std: number;
  /** Number of weights (product of shape): 34,848 for seed conv1. */
  readonly count: number;
  /** Number of biases (filters or units), all zero. */
  readonly biases: number;
}

/** The weighted layers of a spec in order; throws if core's analysis rejects the spec. */
export function weightSpecs(spec: NetworkSpec): WeightSpec[] {
  const analysis = analyze(spec);
  if (!analysis.ok) {
    const first = analysis.issues.find((i) => i.severity === 'error');
    throw new Error(`spec ${spec.id} is not valid: ${first ? `${first.code} at ${first.layerId}` : 'unknown error'}`);
  }
  const out: WeightSpec[] = [];
  for (const info of analysis.layers) {
    const { layer } = info;
    if (layer.kind === 'conv') {
      const depth = info.kernelDepth ?? 0;
      const fanIn = layer.kernel * layer.kernel * depth;
      const shape = [layer.kernel, layer.kernel, depth, layer.filters];
      out.push(make(layer.id, 'conv', shape, layer.groups, fanIn, layer.filters));
    } else if (layer.kind === 'dense') {
      const nIn = info.inputShape.kind === 'vector' ? info.inputShape.length : 0;
      out.push(make(layer.id, 'dense', [nIn, layer.units], 1, nIn, layer.units));
    }
  }
  return out;
}

function make(
  layerId: string,
  kind: WeightSpec['kind'],
  shape: number[],
  groups: number,
  fanIn: number,
  biases: number,
): WeightSpec {
  const count = shape.reduce((a, b) => a * b, 1);
  return { layerId, kind, shape, groups, fanIn, std: Math.sqrt(2 / fanIn), count, biases };
}

/**
 * Writes weights [from, to) of a layer into `out` at `offset` (default: out[i − from]).
 * `from` must be a multiple of chunkSize, so that any split of the work gives the same values.
 */
export function fillWeights(w: WeightSpec, seed: number, out: Float32Array, from = 0, to = w.count, offset = 0): void {
  if (from % chunkSize !== 0 || from < 0 || to > w.count || to < from) {
    throw new RangeError(
      `fillWeights(${w.layerId}): range ${from}…${to} must start on a chunk and lie in 0…${w.count}`,
    );
  }
  for (let start = from; start < to; start += chunkSize) {
    const end = Math.min(to, start + chunkSize);
    const state = streamState(seed, w.layerId, start / chunkSize);
    fillNormalFast(out, start - from + offset, end - from + offset, w.std, state);
  }
}

/** All weights of one layer in the TensorData layout: Float32Array of w.count values. */
export function generateWeights(w: WeightSpec, seed: number): Float32Array {
  const out = new Float32Array(w.count);
  fillWeights(w, seed, out);
  return out;
}
