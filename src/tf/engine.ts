/**
 * The one owner of every tensor: builds a spec's weights on the current tfjs backend, runs
 * forward passes and reads activations back as plain typed arrays. Every tensor it creates is
 * disposed here (weights on rebuild or dispose, activations right after they are read), so
 * callers never see one. Backend-agnostic: the worker picks the backend, tests use 'cpu'.
 */
import * as tf from '@tensorflow/tfjs-core';
import { type Analysis, analyze } from '../core/analyze';
import { type NetworkSpec, shapeSize } from '../core/spec';
import type { TensorData } from '../core/tensorData';
import {
  type DenseOn,
  type LayerParams,
  type Network,
  forwardAll,
  paramTensors,
  uploadAdaptive,
  uploadWeights,
} from './model';
import { type WeightSpec, generateWeights, weightSpecs } from './weights';

/** 'all': every layer's output (what the walkthrough shows); 'last': only the final one (timing). */
export type Readback = 'all' | 'last';

/** A layer's weights in the TensorData layout, and its biases (one per filter or unit). */
export interface LayerValues {
  readonly weights: Float32Array;
  readonly bias: Float32Array;
}

/**
 * Supplies a layer's weights in the TensorData layout; the default generates them here (biases
 * zero). A source of real weights (an imported file) returns { weights, bias }.
 */
export type WeightSource = (
  w: WeightSpec,
  seed: number,
) => Float32Array | LayerValues | Promise<Float32Array | LayerValues>;

export interface BuildOptions {
  readonly source?: WeightSource;
  /**
   * What the source's values are, for the tensor cache: layers built from another source (or
   * another imported file: pass its SHA-256) are never mistaken for cached ones. Default 'he'.
   */
  readonly sourceKey?: string;
  /** Where dense layers run (model.ts DenseOn); default: native on wasm, tfjs elsewhere. */
  readonly denseOn?: DenseOn;
  /** Called between layers: lets the worker read newer messages; true stops the build. */
  readonly checkpoint?: () => Promise<boolean>;
  /** Called with each new layer's tensors (webgl: move them into textures now). */
  readonly onUpload?: (tensors: tf.Tensor[]) => void;
  /**
   * Called before each dense layer still to be made, once the layers before the first dense
   * one are on the device: `forwardEarly` runs those layers until the build ends.
   */
  readonly beforeDense?: () => Promise<void>;
}

export interface BuildStats {
  /** Time spent producing weights (generation, or waiting for helper workers). */
  readonly weightsMs: number;
  /** Time spent creating device tensors. */
  readonly uploadMs: number;
  /** Layers whose weights were made now, and layers whose tensors were kept from the last build. */
  readonly generated: number;
  readonly reused: number;
}

export interface ForwardResult {
  /** [layer id, output] in spec order; 'input' is the normalised input, [227, 227, 3]. */
  readonly activations: [string, TensorData][];
  /** Time to issue the ops (on wasm and cpu: to compute them) and time to read results back. */
  readonly computeMs: number;
  readonly readMs: number;
}

/** Identity of a layer's weights: the same key means the same values. */
function weightKey(w: WeightSpec, seed: number, sourceKey = 'he'): string {
  return `${sourceKey}|${seed}|${w.kind}|${w.shape.join('x')}|${w.groups}`;
}

interface Cached {
  readonly key: string;
  readonly params: LayerParams;
}

export class Engine {
  private net: Network | undefined;
  /** While a build waits for its dense layers: the layers before them, ready to run. */
  private early: { readonly net: Network; readonly count: number } | undefined;
  /** Device tensors per layer id, reused by the next build when (seed, kind, shape) match. */
  private cache = new Map<string, Cached>();

  /**
   * The built network (its tensors stay the engine's: use them inside tf.tidy and never dispose
   * them); undefined while none is built. The attribution methods run on it.
   */
  get network(): Network | undefined {
    return this.net;
  }

  /** True once a build has finished and until the next one starts. */
  get ready(): boolean {
    return this.net !== undefined;
  }

  /** The weighted layers whose weights a build of (spec, seed) would have to make (not cached). */
  needs(spec: NetworkSpec, seed: number, sourceKey?: string): WeightSpec[] {
    return weightSpecs(spec).filter((w) => this.cache.get(w.layerId)?.key !== weightKey(w, seed, sourceKey));
  }

  /** Builds `spec` with He-normal weights from `seed`; resolves undefined if a checkpoint stopped it. */
  async build(spec: NetworkSpec, seed: number, options: BuildOptions = {}): Promise<BuildStats | undefined> {
    const analysis = analyze(spec);
    const specs = weightSpecs(spec); // throws on an invalid spec
    const keys = new Map<string, string>();
    for (const w of specs) keys.set(w.layerId, weightKey(w, seed, options.sourceKey));
    for (const info of analysis.layers) {
      const { layer, inputShape } = info;
      if (layer.kind === 'adaptiveavgpool' && inputShape.kind === 'spatial') {
        keys.set(layer.id, `pool|${inputShape.hwc[0]}|${layer.outputSize}`);
      }
    }
    // Free what the new network will not use before making anything: peak memory stays near
    // one model (250 MB for the seed variant), not two.
    this.net = undefined;
    for (const [id, c] of [...this.cache]) {
      if (keys.get(id) !== c.key) {
        tf.dispose(paramTensors(c.params));
        this.cache.delete(id);
      }
    }
    try {
      return await this.buildLayers(spec, seed, options, analysis, specs, keys);
    } finally {
      this.early = undefined;
    }
  }

  private async buildLayers(
    spec: NetworkSpec,
    seed: number,
    options: BuildOptions,
    analysis: Analysis,
    specs: WeightSpec[],
    keys: Map<string, string>,
  ): Promise<BuildStats | undefined> {
    const source = options.source ?? generateWeights;
    let weightsMs = 0;
    let uploadMs = 0;
    let generated = 0;
    const params = new Map<string, LayerParams>();
    for (const info of analysis.layers) {
      const { layer } = info;
      const key = keys.get(layer.id);
      if (key === undefined) continue;
      const hit = this.cache.get(layer.id);
      if (hit && hit.key === key) {
        params.set(layer.id, hit.params);
        continue;
      }
      if (layer.kind === 'dense' && options.beforeDense) {
        this.early ??= { net: { spec, analysis, params: new Map(params) }, count: analysis.layers.indexOf(info) };
        await options.beforeDense();
      }
      if (options.checkpoint && (await options.checkpoint())) return undefined;
      let made: LayerParams;
      const w = specs.find((s) => s.layerId === layer.id);
      if (w) {
        const t0 = performance.now();
        const values = await source(w, seed);
        const t1 = performance.now();
        made =
          values instanceof Float32Array
            ? uploadWeights(w, values, undefined, options.denseOn)
            : uploadWeights(w, values.weights, values.bias, options.denseOn);
        options.onUpload?.(paramTensors(made));
        uploadMs += performance.now() - t1;
        weightsMs += t1 - t0;
      } else if (layer.kind === 'adaptiveavgpool' && info.inputShape.kind === 'spatial') {
        made = uploadAdaptive(info.inputShape.hwc[0], layer.outputSize);
      } else {
        continue;
      }
      generated += 1;
      this.cache.set(layer.id, { key, params: made });
      params.set(layer.id, made);
    }
    if (options.checkpoint && (await options.checkpoint())) return undefined;
    this.net = { spec, analysis, params };
    return { weightsMs, uploadMs, generated, reused: params.size - generated };
  }

  /** Runs the built network on one normalised image [h, w, 3] and reads the outputs back. */
  async forward(input: TensorData, readback: Readback = 'all'): Promise<ForwardResult> {
    const net = this.requireNet();
    return this.run(net, input, net.analysis.layers.length, readback);
  }

  /**
   * During a build, once the layers before the first dense one are in (`beforeDense`): those
   * layers' outputs on one image; undefined at any other time. `firstBlock`: only the layers
   * before the second weighted one (input, conv1, its ReLU, LRN and pool: a tenth of the work),
   * so that conv1's maps can go out before the rest of the conv layers are computed.
   */
  async forwardEarly(input: TensorData, firstBlock = false): Promise<[string, TensorData][] | undefined> {
    const early = this.early;
    if (!early) return undefined;
    const layers = early.net.analysis.layers;
    const weighted = layers.flatMap((l, i) => (l.layer.kind === 'conv' || l.layer.kind === 'dense' ? [i] : []));
    const count = firstBlock ? Math.min(early.count, weighted[1] ?? early.count) : early.count;
    return (await this.run(early.net, input, count, 'all')).activations;
  }

  /**
   * The first layers of `spec` on `input` with `given` weights (an imported file's first layers
   * while the rest is still arriving): every layer up to the first weighted one not given.
   * Its tensors are made, run and freed here; the built network is not touched.
   */
  async preview(
    spec: NetworkSpec,
    given: ReadonlyMap<string, LayerValues>,
    input: TensorData,
  ): Promise<[string, TensorData][]> {
    const analysis = analyze(spec);
    const specs = new Map(weightSpecs(spec).map((w) => [w.layerId, w]));
    const params = new Map<string, LayerParams>();
    let count = 0;
    try {
      for (const { layer } of analysis.layers) {
        const w = specs.get(layer.id);
        const v = given.get(layer.id);
        if (layer.kind === 'adaptiveavgpool' || (w && !v)) break;
        if (w && v) params.set(layer.id, uploadWeights(w, v.weights, v.bias));
        count += 1;
      }
      return (await this.run({ spec, analysis, params }, input, count, 'all')).activations;
    } finally {
      for (const p of params.values()) tf.dispose(paramTensors(p));
    }
  }

  private async run(net: Network, input: TensorData, count: number, readback: Readback): Promise<ForwardResult> {
    const [h, w, c] = input.shape as [number, number, number];
    const t0 = performance.now();
    // A copy: the cpu backend would otherwise keep (and hand back) the caller's own array.
    const outs = tf.tidy(() => forwardAll(net, tf.tensor4d(input.data.slice(), [1, h, w, c]), count));
    const t1 = performance.now();
    try {
      const layers = net.analysis.layers.slice(0, count);
      const wanted = readback === 'all' ? layers.map((_, i) => i) : [layers.length - 1];
      const read = new Map<tf.Tensor, Float32Array>();
      for (const i of wanted) {
        const t = outs[i];
        if (t && !read.has(t)) read.set(t, new Float32Array(0));
      }
      const tensors = [...read.keys()];
      const values = await Promise.all(tensors.map((t) => t.data<'float32'>()));
      tensors.forEach((t, i) => read.set(t, values[i] ?? new Float32Array(0)));
      const activations: [string, TensorData][] = wanted.map((i) => {
        const info = layers[i];
        const t = outs[i];
        if (!info || !t) throw new Error(`no output for layer ${i}`);
        const shape = info.outputShape.kind === 'spatial' ? [...info.outputShape.hwc] : [info.outputShape.length];
        const data = read.get(t) ?? new Float32Array(shapeSize(info.outputShape));
        return [info.layer.id, { shape, data }];
      });
      return { activations, computeMs: t1 - t0, readMs: performance.now() - t1 };
    } finally {
      tf.dispose(outs);
    }
  }

  /** A conv layer's kernel, [k, k, depth, filters], groups joined back along the filter axis. */
  async kernel(layerId: string): Promise<TensorData> {
    const p = this.requireNet().params.get(layerId);
    if (!p || p.kind !== 'conv') throw new Error(`layer ${layerId} is not a conv layer`);
    const joined = p.kernels.length === 1 ? p.kernels[0] : tf.concat(p.kernels as tf.Tensor4D[], 3);
    if (!joined) throw new Error(`layer ${layerId} has no kernel`);
    try {
      // slice(): backends may cache and reuse the array they return; the caller owns this copy.
      const data = (await joined.data<'float32'>()).slice();
      return { shape: [...joined.shape], data };
    } finally {
      if (joined !== p.kernels[0]) joined.dispose();
    }
  }

  /**
   * Live tensors and their bytes on the current backend (tfjs's count), plus the native dense
   * layers' weights and biases, counted as the two tensors each would be in tfjs.
   */
  memory(): { numTensors: number; numBytes: number } {
    const m = tf.memory();
    let numTensors = m.numTensors;
    let numBytes = m.numBytes;
    for (const { params } of this.cache.values()) {
      if (params.kind !== 'native-dense') continue;
      numTensors += 2;
      numBytes += params.layer.bytes;
    }
    return { numTensors, numBytes };
  }

  /** Disposes every weight tensor; the engine can build again afterwards. */
  dispose(): void {
    for (const c of this.cache.values()) tf.dispose(paramTensors(c.params));
    this.cache.clear();
    this.net = undefined;
  }

  private requireNet(): Network {
    if (!this.net) throw new Error('no network built');
    return this.net;
  }
}
