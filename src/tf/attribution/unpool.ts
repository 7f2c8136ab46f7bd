/**
 * Max-pooling whose backward pass is unpooling with switches, built from plain ops so that it
 * gives the same answer on every backend: each window's value goes back to the first position
 * (row-major) that holds the window's maximum, and windows that share a position add. That is
 * PyTorch's rule and core/attribution/switches.ts's, which the tests compare it with.
 *
 * Why not tfjs's own max-pool gradient: on the wasm backend (tfjs 4.22) its MaxPoolGrad kernel
 * loses the value of a window whose entries are all equal (a window of zeros after a ReLU is
 * common) and misplaces others; cpu's is right. Grad-CAM's channel weights and the deconvnet's
 * projections both send values through such windows.
 *
 * How: for each of the k×k offsets (dy, dx) of a window, in row-major order, the strided slice
 * x[dy + s·i, dx + s·j] is compared with the pooled maximum; where it is equal and no earlier
 * offset claimed the window, that offset is the switch. Its share of the incoming signal is
 * spread back to the input grid by inserting s − 1 zeros between values and shifting by (dy, dx).
 */
import * as tf from '@tensorflow/tfjs-core';

/** Puts `t` [b, oh, ow, c] at rows dy + s·i and columns dx + s·j of a zero [b, h, w, c]. */
function spread(t: tf.Tensor4D, s: number, dy: number, dx: number, h: number, w: number): tf.Tensor4D {
  const [b, oh, ow, c] = t.shape;
  const holes = tf.reshape<tf.Rank.R4>(
    tf.pad(tf.reshape(t, [b, oh, 1, ow, 1, c]), [
      [0, 0],
      [0, 0],
      [0, s - 1],
      [0, 0],
      [0, s - 1],
      [0, 0],
    ]),
    [b, oh * s, ow * s, c],
  );
  // Shift by (dy, dx), then cut or pad to h×w.
  const bottom = h - dy - oh * s;
  const right = w - dx - ow * s;
  const shifted = tf.pad(holes, [
    [0, 0],
    [dy, Math.max(0, bottom)],
    [dx, Math.max(0, right)],
    [0, 0],
  ]);
  return tf.slice(shifted, [0, 0, 0, 0], [b, h, w, c]);
}

/** The signal `dy` at the pooled maxima `y` of input `x`, sent back to x's grid through the switches. */
export function unpoolFirstMax(
  x: tf.Tensor4D,
  y: tf.Tensor4D,
  dy: tf.Tensor4D,
  size: number,
  stride: number,
): tf.Tensor4D {
  const [b, h, w, c] = x.shape;
  const [, oh, ow] = y.shape;
  let claimed: tf.Tensor | undefined;
  let out: tf.Tensor4D = tf.zeros([b, h, w, c]);
  for (let oy = 0; oy < size; oy++)
    for (let ox = 0; ox < size; ox++) {
      const end = [b, oy + stride * (oh - 1) + 1, ox + stride * (ow - 1) + 1, c];
      const taps = tf.stridedSlice(x, [0, oy, ox, 0], end, [1, stride, stride, 1]);
      const hit = tf.equal(taps, y);
      const take = claimed ? tf.logicalAnd(hit, tf.logicalNot(claimed)) : hit;
      claimed = claimed ? tf.logicalOr(claimed, hit) : hit;
      out = tf.add(out, spread(tf.mul(dy, tf.cast(take, 'float32')) as tf.Tensor4D, stride, oy, ox, h, w));
    }
  return out;
}

/**
 * Max-pooling of a layer (size, stride; `padded` −∞ pixels at the bottom and right for ceil
 * rounding, as model.ts pools), with the backward pass above. Call inside tf.tidy.
 */
export function switchedMaxPool(size: number, stride: number, padded: number): (x: tf.Tensor) => tf.Tensor {
  return tf.customGrad((...args: (tf.Tensor | tf.GradSaveFunc)[]) => {
    const x = args[0] as tf.Tensor4D;
    const save = args[1] as tf.GradSaveFunc;
    const xp =
      padded > 0
        ? tf.pad(
            x,
            [
              [0, 0],
              [0, padded],
              [0, padded],
              [0, 0],
            ],
            -Infinity,
          )
        : x;
    const y = tf.maxPool(xp, size, stride, 'valid');
    save([xp, y]);
    return {
      value: y,
      gradFunc: (dy: tf.Tensor, saved: tf.Tensor[]) => {
        const [xs, ys] = saved as [tf.Tensor4D, tf.Tensor4D];
        const back = unpoolFirstMax(xs, ys, dy as tf.Tensor4D, size, stride);
        return padded > 0 ? tf.slice(back, [0, 0, 0, 0], x.shape) : back;
      },
    };
  });
}
