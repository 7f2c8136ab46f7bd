/**
 * The lab's two weighted ops with hand-written gradients, each made of the fast forward ops.
 *
 * A stride-1 convolution with bias whose gradients are themselves convolutions, so that it
 * trains on every backend: tfjs's wasm backend has no Conv2DBackpropFilter kernel (4.22), so
 * `tf.grad` through `tf.conv2d` throws there. With x [N, H, W, C], W [k, k, C, F], pad p:
 *
 * - ∂L/∂x = conv2d(dy, W rotated 180° with C and F swapped, pad k − 1 − p): the "full"
 *   convolution, on XNNPACK's fast path like the forward one.
 * - ∂L/∂W[i, j, c, f] = Σ_{n,y,x} x[n, y + i − p, x + j − p, c] · dy[n, y, x, f]: a convolution
 *   of x with channels and batch swapped ([C, H, W, N]) by dy as the kernel ([H, W, N, F]),
 *   giving [C, k, k, F].
 * - ∂L/∂b = Σ dy over batch, height and width.
 *
 * The first layer's input is data, so its ∂L/∂x is skipped (`needInputGrad: false`).
 */
import * as tf from '@tensorflow/tfjs-core';

/** conv2d(x, w, stride 1, pad) + b with gradients for x (optional), w and b. */
export function convWithGrads(
  x: tf.Tensor4D,
  w: tf.Tensor4D,
  b: tf.Tensor1D,
  pad: number,
  needInputGrad: boolean,
): tf.Tensor4D {
  const k = w.shape[0];
  const f = tf.customGrad((...args: (tf.Tensor | tf.GradSaveFunc)[]) => {
    const [x4, w4, b1, save] = args as [tf.Tensor4D, tf.Tensor4D, tf.Tensor1D, tf.GradSaveFunc];
    save([x4, w4]);
    const value = tf.fused.conv2d({ x: x4, filter: w4, strides: 1, pad, bias: b1 });
    const gradFunc = (dy: tf.Tensor, saved: tf.Tensor[]) => {
      const [xs, ws] = saved as [tf.Tensor4D, tf.Tensor4D];
      const dy4 = dy as tf.Tensor4D;
      const dx = needInputGrad
        ? tf.conv2d(dy4, tf.transpose(tf.reverse(ws, [0, 1]), [0, 1, 3, 2]), 1, k - 1 - pad)
        : tf.zerosLike(xs);
      const dw = tf.transpose(
        tf.conv2d(tf.transpose(xs, [3, 1, 2, 0]), tf.transpose(dy4, [1, 2, 0, 3]), 1, pad),
        [1, 2, 0, 3],
      );
      return [dx, dw, tf.sum(dy4, [0, 1, 2])];
    };
    return { value, gradFunc };
  });
  return f(x, w, b) as tf.Tensor4D;
}

/**
 * x·W + b ([n, in] · [in, units]) with gradients dx = dy·Wᵀ and dW = xᵀ·dy written with explicit
 * transposes: tfjs's own matMul gradient asks for transposed operands, which XNNPACK (wasm)
 * repacks on every call (measured ~20× slower than transposing first for fc3's weight gradient).
 */
export function denseWithGrads(x: tf.Tensor2D, w: tf.Tensor2D, b: tf.Tensor1D): tf.Tensor2D {
  const f = tf.customGrad((...args: (tf.Tensor | tf.GradSaveFunc)[]) => {
    const [x2, w2, b1, save] = args as [tf.Tensor2D, tf.Tensor2D, tf.Tensor1D, tf.GradSaveFunc];
    save([x2, w2]);
    const value = tf.add(tf.matMul(x2, w2), b1);
    const gradFunc = (dy: tf.Tensor, saved: tf.Tensor[]) => {
      const [xs, ws] = saved as [tf.Tensor2D, tf.Tensor2D];
      const dy2 = dy as tf.Tensor2D;
      return [tf.matMul(dy2, tf.transpose(ws)), tf.matMul(tf.transpose(xs), dy2), tf.sum(dy2, 0)];
    };
    return { value, gradFunc };
  });
  return f(x, w, b) as tf.Tensor2D;
}
