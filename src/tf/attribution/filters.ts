/**
 * Conv filters rearranged for the backward passes of backward.ts, on the CPU (wasm's Reverse
 * took 300 ms for conv2–conv5's filters on a loaded machine, these loops a tenth of that):
 * turned 180° with their in/out channels swapped for stride-1 convolutions, or one phase's
 * rows and columns of taps for strided ones. A job keeps what it made in one TurnedFilters and
 * frees it at the end.
 */
import * as tf from '@tensorflow/tfjs-core';

/** w [k, k, in, out] turned 180° with in/out swapped: [k, k, out, in]. */
export function turnedKernel(w: tf.Tensor4D): tf.Tensor4D {
  const taps = Array.from({ length: w.shape[0] }, (_, i) => w.shape[0] - 1 - i);
  return phaseKernel(w, taps, taps);
}

/** The filter rows `ty` and columns `tx` of w [k, k, in, out], in/out swapped: [ty, tx, out, in]. */
export function phaseKernel(w: tf.Tensor4D, ty: readonly number[], tx: readonly number[]): tf.Tensor4D {
  const [k, , cin, cout] = w.shape;
  const d = w.dataSync();
  const out = new Float32Array(ty.length * tx.length * cout * cin);
  ty.forEach((a, i) =>
    tx.forEach((b, j) => {
      for (let c = 0; c < cin; c++)
        for (let o = 0; o < cout; o++)
          out[((i * tx.length + j) * cout + o) * cin + c] = d[((a * k + b) * cin + c) * cout + o] ?? 0;
    }),
  );
  return tf.tensor4d(out, [ty.length, tx.length, cout, cin]);
}

/**
 * Filters rearranged for the backward convolutions, made once per job and freed with it:
 * turned 180° with in/out channels swapped for stride 1, sliced per phase for larger strides. A job that passes none makes them at
 * every backward pass.
 */
export class TurnedFilters {
  private readonly made = new Map<string, tf.Tensor4D>();
  private readonly ids = new Map<tf.Tensor, number>();

  /** [k, k, out, in], turned 180°. */
  get(w: tf.Tensor4D): tf.Tensor4D {
    return this.memo(w, 'turned', () => turnedKernel(w));
  }

  /** The phase kernel of rows `ty` and columns `tx`. */
  phase(w: tf.Tensor4D, ty: readonly number[], tx: readonly number[]): tf.Tensor4D {
    return this.memo(w, `${ty.join()}|${tx.join()}`, () => phaseKernel(w, ty, tx));
  }

  dispose(): void {
    tf.dispose([...this.made.values()]);
    this.made.clear();
  }

  private memo(w: tf.Tensor4D, what: string, make: () => tf.Tensor4D): tf.Tensor4D {
    const key = `${this.ids.get(w) ?? this.ids.set(w, this.ids.size).size - 1}|${what}`;
    let t = this.made.get(key);
    if (!t) {
      t = tf.keep(tf.tidy(make));
      this.made.set(key, t);
    }
    return t;
  }
}
