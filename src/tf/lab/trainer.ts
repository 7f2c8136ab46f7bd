/**
 * Trains a lab network (core/lab/network.ts) with the paper's update rule (§5), on whatever
 * tfjs backend is running. Owns every tensor it makes: the weights and velocities are
 * variables, freed by dispose(); each step and evaluation runs inside tf.tidy.
 *
 * The update, exactly as the paper writes it (ε the learning rate, μ the momentum, λ the weight
 * decay, g the batch-mean gradient of the loss):
 *     v ← μ·v − λ·ε·w − ε·g        w ← w + v
 * Weight decay applies to the weights, not the biases (Caffe's AlexNet: decay_mult 0 on biases).
 * PyTorch's SGD(lr=ε, momentum=μ, weight_decay=λ) keeps b ← μ·b + (g + λ·w), w ← w − ε·b: with
 * v = −ε·b the two are the same step for step while ε is constant; when ε is divided by 10,
 * the paper's v keeps the old ε in its memory and PyTorch's b does not. tests/tf/lab checks a
 * step against PyTorch.
 */
import * as tf from '@tensorflow/tfjs-core';
// tfjs-core alone registers no gradients (the @tensorflow/tfjs bundle does): training needs them.
import '@tensorflow/tfjs-core/dist/register_all_gradients';
import { analyze } from '../../core/analyze';
import type { NetworkSpec } from '../../core/spec';
import { tfLrnParams } from '../lrnParams';
import { type WeightSpec, weightSpecs } from '../weights';
import { convWithGrads, denseWithGrads } from './convGrad';

/** One weighted layer's values in the engine's layout (conv [k, k, C, F], dense [n, units]). */
export interface LayerWeights {
  readonly layerId: string;
  readonly weights: Float32Array;
  readonly bias: Float32Array;
}

/** The optimiser of one step. */
export interface StepOptions {
  readonly learningRate: number;
  readonly momentum: number;
  readonly weightDecay: number;
}

/** What one step measured on its batch, before the update. */
export interface StepResult {
  /** Mean cross-entropy of the batch. */
  readonly loss: number;
  /** Images of the batch the network got wrong (arg max of its output ≠ label). */
  readonly errors: number;
}

interface Param {
  readonly spec: WeightSpec;
  readonly w: tf.Variable;
  readonly b: tf.Variable;
  readonly vw: tf.Variable;
  readonly vb: tf.Variable;
}

/** Variable names are global to tfjs's engine: each trainer gets its own prefix. */
let trainers = 0;

export class LabTrainer {
  private readonly params = new Map<string, Param>();
  private readonly layers;
  private readonly side: number;

  /**
   * `init` holds every weighted layer's starting values, in spec order; `velocities`, when a
   * kept run continues, its momentum buffers (zeros otherwise).
   */
  constructor(
    readonly spec: NetworkSpec,
    init: readonly LayerWeights[],
    velocities?: readonly LayerWeights[],
  ) {
    const analysis = analyze(spec);
    if (!analysis.ok) throw new Error(`lab spec ${spec.id} is not valid`);
    this.layers = analysis.layers;
    const prefix = `lab${++trainers}`;
    const first = spec.layers[0];
    this.side = first?.kind === 'input' ? first.size : 0;
    for (const s of weightSpecs(spec)) {
      const v = init.find((l) => l.layerId === s.layerId);
      if (!v || v.weights.length !== s.count || v.bias.length !== s.biases) {
        throw new Error(`lab init: ${s.layerId} needs ${s.count} weights and ${s.biases} biases`);
      }
      const shape = s.shape as number[];
      const m = velocities?.find((l) => l.layerId === s.layerId);
      // tidy: a variable copies its initial tensor, which would otherwise stay behind.
      const vars = tf.tidy(() => ({
        w: tf.variable(tf.tensor(v.weights, shape), true, `${prefix}/${s.layerId}/w`),
        b: tf.variable(tf.tensor1d(v.bias), true, `${prefix}/${s.layerId}/b`),
        vw: tf.variable(m ? tf.tensor(m.weights, shape) : tf.zeros(shape), false, `${prefix}/${s.layerId}/vw`),
        vb: tf.variable(m ? tf.tensor1d(m.bias) : tf.zeros([s.biases]), false, `${prefix}/${s.layerId}/vb`),
      }));
      this.params.set(s.layerId, { spec: s, ...vars });
    }
  }

  /**
   * Logits [n, classes] of `x` ([n, side, side, 1]). `masks` (training): a dropout mask per
   * dropout layer id, [n, units]; without one a dropout layer passes its input (inference).
   */
  logits(x: tf.Tensor4D, masks?: ReadonlyMap<string, tf.Tensor2D>): tf.Tensor2D {
    let h: tf.Tensor = x;
    let firstConv = true;
    for (const { layer, size } of this.layers) {
      switch (layer.kind) {
        case 'conv': {
          const p = this.param(layer.id);
          if (layer.stride !== 1 || layer.groups !== 1)
            throw new Error(`${layer.id}: the lab trains stride-1 dense convs`);
          h = convWithGrads(h as tf.Tensor4D, p.w as tf.Tensor4D, p.b as tf.Tensor1D, layer.padding, !firstConv);
          firstConv = false;
          break;
        }
        case 'relu':
          h = tf.relu(h);
          break;
        case 'tanh':
          h = tf.tanh(h);
          break;
        case 'lrn': {
          const { depthRadius, bias, alpha, beta } = tfLrnParams(layer);
          h = tf.localResponseNormalization(h as tf.Tensor4D, depthRadius, bias, alpha, beta);
          break;
        }
        case 'maxpool': {
          // Ceil rounding: pad the far edges with −∞ by what core says the last window reaches past.
          const e = size?.padded ?? 0;
          const padded =
            e > 0
              ? tf.pad(
                  h as tf.Tensor4D,
                  [
                    [0, 0],
                    [0, e],
                    [0, e],
                    [0, 0],
                  ],
                  -Infinity,
                )
              : h;
          h = tf.maxPool(padded as tf.Tensor4D, layer.size, layer.stride, 'valid');
          break;
        }
        case 'flatten':
          h = tf.reshape(h, [h.shape[0] ?? 0, -1]);
          break;
        case 'dense': {
          const p = this.param(layer.id);
          h = denseWithGrads(h as tf.Tensor2D, p.w as tf.Tensor2D, p.b as tf.Tensor1D);
          break;
        }
        case 'dropout': {
          const m = masks?.get(layer.id);
          if (m) h = tf.mul(h, m);
          break;
        }
        case 'input':
        case 'softmax': // the loss takes the logits; softmax is for reading probabilities
          break;
        default:
          throw new Error(`the lab does not train ${layer.kind} layers`);
      }
    }
    return h as tf.Tensor2D;
  }

  /** One SGD step on a batch: images [n·side·side] normalised, labels [n], masks per dropout layer. */
  async step(
    images: Float32Array,
    labels: Uint8Array,
    masks: ReadonlyMap<string, Float32Array>,
    options: StepOptions,
  ): Promise<StepResult> {
    const n = labels.length;
    const [lossT, errorsT] = tf.tidy(() => {
      const x = tf.tensor4d(images, [n, this.side, this.side, 1]);
      const y = tf.oneHot(tf.tensor1d(labels, 'int32'), this.classes());
      const maskT = new Map<string, tf.Tensor2D>();
      for (const [id, m] of masks) maskT.set(id, tf.tensor2d(m, [n, m.length / n]));
      let kept: tf.Tensor2D | undefined;
      const vars = [...this.params.values()].flatMap((p) => [p.w, p.b]);
      const { value, grads } = tf.variableGrads(() => {
        const logits = this.logits(x, maskT);
        kept = tf.keep(logits);
        return tf.neg(tf.mean(tf.sum(tf.mul(y, tf.logSoftmax(logits)), 1))) as tf.Scalar;
      }, vars);
      this.update(grads, options);
      const wrong = tf.sum(tf.cast(tf.notEqual(tf.argMax(kept as tf.Tensor2D, 1), tf.argMax(y, 1)), 'int32'));
      (kept as tf.Tensor2D).dispose();
      return [value, wrong];
    });
    try {
      const [loss, errors] = await Promise.all([lossT.data(), errorsT.data()]);
      return { loss: loss[0] ?? NaN, errors: errors[0] ?? 0 };
    } finally {
      tf.dispose([lossT, errorsT]);
    }
  }

  /** v ← μv − λεw − εg, w ← w + v for every weighted layer (λ on weights only). */
  private update(grads: tf.NamedTensorMap, { learningRate: lr, momentum: mu, weightDecay: wd }: StepOptions): void {
    for (const p of this.params.values()) {
      for (const [w, v, decay] of [
        [p.w, p.vw, wd],
        [p.b, p.vb, 0],
      ] as const) {
        const g = grads[w.name];
        if (!g) throw new Error(`no gradient for ${w.name}`);
        let next = tf.mul(g, -lr);
        if (mu !== 0) next = tf.add(next, tf.mul(v, mu));
        if (decay !== 0) next = tf.sub(next, tf.mul(w, decay * lr));
        v.assign(next);
        w.assign(tf.add(w, next));
      }
    }
  }

  /** The predicted class of each of `count` images ([count·side·side] normalised), in chunks. */
  async predict(images: Float32Array, count: number, chunk = 250): Promise<Uint8Array> {
    const out = new Uint8Array(count);
    const px = this.side * this.side;
    for (let from = 0; from < count; from += chunk) {
      const n = Math.min(chunk, count - from);
      const t = tf.tidy(() => {
        const x = tf.tensor4d(images.subarray(from * px, (from + n) * px), [n, this.side, this.side, 1]);
        return tf.argMax(this.logits(x), 1);
      });
      try {
        out.set(await t.data(), from);
      } finally {
        t.dispose();
      }
    }
    return out;
  }

  /** Every weighted layer's current values (copies), in spec order. */
  weights(): Promise<LayerWeights[]> {
    return this.read('w', 'b');
  }

  /** The momentum buffers v (copies), in spec order: with weights(), all a run needs to continue. */
  velocities(): Promise<LayerWeights[]> {
    return this.read('vw', 'vb');
  }

  private async read(w: 'w' | 'vw', b: 'b' | 'vb'): Promise<LayerWeights[]> {
    const out: LayerWeights[] = [];
    for (const [layerId, p] of this.params) {
      const [wv, bv] = await Promise.all([p[w].data<'float32'>(), p[b].data<'float32'>()]);
      out.push({ layerId, weights: wv.slice(), bias: bv.slice() });
    }
    return out;
  }

  /** The first conv layer's kernels, [k, k, 1, filters], a copy. */
  async firstKernels(): Promise<{ shape: number[]; data: Float32Array }> {
    const first = [...this.params.values()].find((p) => p.spec.kind === 'conv');
    if (!first) throw new Error('no conv layer');
    return { shape: [...first.w.shape], data: (await first.w.data<'float32'>()).slice() };
  }

  /** Frees every variable. */
  dispose(): void {
    for (const p of this.params.values()) tf.dispose([p.w, p.b, p.vw, p.vb]);
    this.params.clear();
  }

  private classes(): number {
    const last = [...this.params.values()].pop();
    return last?.spec.biases ?? 0;
  }

  private param(id: string): Param {
    const p = this.params.get(id);
    if (!p) throw new Error(`no parameters for ${id}`);
    return p;
  }
}
