/** Shared set-up for the tfjs tests: the CPU backend in Node, and a one-call build-and-run. */
import * as tf from '@tensorflow/tfjs';
import type { LayerSpec, NetworkSpec } from '../../src/core/spec';
import type { TensorData } from '../../src/core/tensorData';
import { Engine } from '../../src/tf/engine';
import { generateWeights, weightSpecs } from '../../src/tf/weights';
import { randomArray } from './reference';

/** Selects tfjs's plain-JS CPU backend (the reference backend for Node tests). */
export async function useCpu(): Promise<void> {
  await tf.setBackend('cpu');
  await tf.ready();
}

/** A spec from layers, with an `input` layer of side `size` and `channels` put first. */
export function specOf(size: number, channels: number, layers: LayerSpec[]): NetworkSpec {
  return {
    id: 'test',
    name: 'test',
    layers: [{ kind: 'input', id: 'input', size, channels }, ...layers],
  };
}

export interface RunOptions {
  readonly seed?: number;
  /** Inputs are uniform in offset ± scale. */
  readonly scale?: number;
  readonly offset?: number;
}

/** Builds `spec` on the current backend, runs one random input, disposes everything. */
export async function run(
  spec: NetworkSpec,
  { seed = 7, scale = 1, offset = 0 }: RunOptions = {},
): Promise<{ input: TensorData; out: Map<string, TensorData> }> {
  const first = spec.layers[0];
  if (first?.kind !== 'input') throw new Error('spec must start with input');
  const input = {
    shape: [first.size, first.size, first.channels],
    data: randomArray(first.size * first.size * first.channels, 1, scale).map((v) => v + offset),
  };
  const engine = new Engine();
  try {
    await engine.build(spec, seed);
    const { activations } = await engine.forward(input);
    return { input, out: new Map(activations) };
  } finally {
    engine.dispose();
  }
}

/** The weights the engine uses for layer `id` of `spec`, regenerated from the seed. */
export function weightsOf(spec: NetworkSpec, id: string, seed = 7): Float32Array {
  const w = weightSpecs(spec).find((s) => s.layerId === id);
  if (!w) throw new Error(`no weights for ${id}`);
  return generateWeights(w, seed);
}

/** The activation of `id`, or a failed expectation's worth of error. */
export function act(out: Map<string, TensorData>, id: string): TensorData {
  const a = out.get(id);
  if (!a) throw new Error(`no activation for ${id}`);
  return a;
}
