/**
 * The transposed convolution of a strided conv layer split into stride² ordinary ones
 * ("polyphase"): the input gradient of conv1 (11×11, stride 4, padding 2) is 16 convolutions of
 * the output gradient with 3×3, 3×2, 2×3 or 2×2 slices of the filters, one per (row, column)
 * phase of the input, interleaved. Each is a stride-1 convolution, which the wasm backend runs on
 * XNNPACK; its own transposed convolution is a plain loop.
 *
 * Along one axis, input pixel y = s·q + r − p (phase r, 0 ≤ r < s) receives
 *   dx[y] = Σ_m dy[q − m] · w[r + s·m]      over the taps r + s·m < k,
 * a correlation of dy, padded by (taps − 1) in front, with the taps in reverse order.
 */

export interface Phase {
  /** The phase: input pixels y ≡ r − p (mod s). */
  readonly r: number;
  /** Kernel rows of this phase in the order the correlation reads them: r + s·(M − 1), …, r + s, r. */
  readonly taps: readonly number[];
  /** First and last q with 0 ≤ s·q + r − p < input (none when last < first). */
  readonly first: number;
  readonly last: number;
  /** Zeros before and after dy so that the correlation yields q = 0 … last. */
  readonly padBefore: number;
  readonly padAfter: number;
}

/** The phases of a stride-s, padding-p, kernel-k conv along an axis of `input` pixels and `output` outputs. */
export function phases(k: number, s: number, p: number, input: number, output: number): Phase[] {
  const out: Phase[] = [];
  for (let r = 0; r < s; r++) {
    const taps: number[] = [];
    for (let t = r; t < k; t += s) taps.unshift(t);
    const first = Math.max(0, Math.ceil((p - r) / s));
    const last = Math.floor((input - 1 + p - r) / s);
    const padBefore = taps.length - 1;
    // The correlation gives output + padAfter values (q = 0 …); q must reach `last`.
    const padAfter = Math.max(0, last + 1 - output);
    out.push({ r, taps, first, last, padBefore, padAfter });
  }
  return out;
}

/** Input pixel of phase `ph` at q: s·q + r − p. */
export function phasePixel(ph: Phase, q: number, s: number, p: number): number {
  return s * q + ph.r - p;
}
