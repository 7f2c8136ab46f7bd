/**
 * Adaptive average pooling as a matrix, PyTorch's rule (AdaptiveAvgPool2d): output cell i of
 * `out` averages input rows floor(i·in/out) … ceil((i+1)·in/out) − 1. Bins may overlap or
 * differ in size when `in` is not a multiple of `out`, so this is not an ordinary avg pool.
 * Pure: the model multiplies the flattened [h·w, c] input by this matrix.
 */

/** Row i of the [out, in] matrix holds 1/len over input bin i: in 5 → out 3 gives bins 0–1, 1–3, 3–4. */
export function adaptiveBins(input: number, output: number): Float32Array {
  const m = new Float32Array(output * input);
  for (let i = 0; i < output; i++) {
    const start = Math.floor((i * input) / output);
    const end = Math.ceil(((i + 1) * input) / output);
    for (let j = start; j < end; j++) m[i * input + j] = 1 / (end - start);
  }
  return m;
}

/**
 * The 2-D pooling matrix [out·out, in·in] (the Kronecker product of the 1-D bins with
 * themselves): row (oy·out + ox) averages the input pixels (y·in + x) of its bin.
 * 13 → 6 gives a [36, 169] matrix.
 */
export function adaptivePoolMatrix(input: number, output: number): Float32Array {
  const b = adaptiveBins(input, output);
  const n = input * input;
  const m = new Float32Array(output * output * n);
  for (let oy = 0; oy < output; oy++) {
    for (let ox = 0; ox < output; ox++) {
      const row = (oy * output + ox) * n;
      for (let y = 0; y < input; y++) {
        const wy = b[oy * input + y] ?? 0;
        if (wy === 0) continue;
        for (let x = 0; x < input; x++) m[row + y * input + x] = wy * (b[ox * input + x] ?? 0);
      }
    }
  }
  return m;
}
