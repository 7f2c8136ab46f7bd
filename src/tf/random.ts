/**
 * Seeded normal deviates for the weights, in plain TypeScript (no tfjs), so that Node tests and
 * every backend see exactly the same numbers.
 *
 * Speed is the point: the seed variant has 62.4 M weights, and tfjs's initialisers spend
 * 2.4–3.8 s on them. Here each value costs one sfc32 step plus one table lookup:
 * - sfc32 (Doty-Humphrey's Small Fast Counting generator: 128-bit state, passes PractRand) is
 *   inlined into the fill loop, because a function call per draw costs more than the draw.
 * - Inverse-transform sampling through a table of the normal quantile function Φ⁻¹ at 65,536
 *   equiprobable bin edges: the high 16 bits of a draw pick the bin, the low 16 bits
 *   interpolate linearly inside it, so x ≈ Φ⁻¹(u / 2³²) within 5e-5 σ. The 32 outermost bins
 *   on each side (0.1 % of draws, |x| > 3.4), where Φ⁻¹ bends too fast for a straight line,
 *   are computed exactly. One draw per value means no rejection loop and a well-predicted
 *   branch: about twice as fast as a JS ziggurat here (≈ 7 vs ≈ 14 ns per value).
 */

/** Mixes a 32-bit value (Wellons' lowbias32): a one-bit input change flips about half the bits. */
export function mix32(x: number): number {
  x = Math.imul(x ^ (x >>> 16), 0x7feb352d);
  x = Math.imul(x ^ (x >>> 15), 0x846ca68b);
  return (x ^ (x >>> 16)) >>> 0;
}

/** FNV-1a hash of a string's UTF-16 code units: 'conv1' → a uint32. */
export function hashString(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** The 128-bit sfc32 state of one stream, from (seed, stream key, chunk index). */
export function streamState(seed: number, key: string, chunk: number): Int32Array {
  const s = new Int32Array(4);
  let h = mix32((seed >>> 0) ^ 0x9e3779b9);
  h = mix32(h ^ hashString(key));
  h = mix32(h ^ Math.imul(chunk + 1, 0x85ebca6b));
  for (let i = 0; i < 4; i++) {
    h = mix32((h + 0x9e3779b9) >>> 0);
    s[i] = h | 0;
  }
  return s;
}

// Acklam's rational approximation of Φ⁻¹ (relative error < 1.2e-9: far below float32's 6e-8).
const A = [
  -3.969683028665376e1, 2.209460984245205e2, -2.759285104469687e2, 1.38357751867269e2, -3.066479806614716e1,
  2.506628277459239,
] as const;
const B = [
  -5.447609879822406e1, 1.615858368580409e2, -1.556989798598866e2, 6.680131188771972e1, -1.328068155288572e1,
] as const;
const C = [
  -7.784894002430293e-3, -3.223964580411365e-1, -2.400758277161838, -2.549732539343734, 4.374664141464968,
  2.938163982698783,
] as const;
const D = [7.784695709041462e-3, 3.224671290700398e-1, 2.445134137142996, 3.754408661907416] as const;

/** The standard normal quantile function Φ⁻¹(p) for 0 < p < 1: Φ⁻¹(0.975) ≈ 1.95996. */
export function normalQuantile(p: number): number {
  if (p > 0.5) return -normalQuantile(1 - p);
  if (p < 0.02425) {
    const q = Math.sqrt(-2 * Math.log(p));
    return (
      (((((C[0] * q + C[1]) * q + C[2]) * q + C[3]) * q + C[4]) * q + C[5]) /
      ((((D[0] * q + D[1]) * q + D[2]) * q + D[3]) * q + 1)
    );
  }
  const q = p - 0.5;
  const r = q * q;
  return (
    ((((((A[0] * r + A[1]) * r + A[2]) * r + A[3]) * r + A[4]) * r + A[5]) * q) /
    (((((B[0] * r + B[1]) * r + B[2]) * r + B[3]) * r + B[4]) * r + 1)
  );
}

const BINS = 65536;
const TWO32 = 4294967296;
/** Bins at each end that are computed exactly rather than interpolated. */
const EXACT = 32;
/** Left edge of bin i (Φ⁻¹(i/65536)) and the slope per unit of the low 16 bits. */
let edges: Float64Array | undefined;
let slopes: Float64Array | undefined;

/** The bin edges Φ⁻¹(i/65536) and in-bin slopes, computed once (about 10 ms). */
export function quantileTables(): [Float64Array, Float64Array] {
  return tables();
}

function tables(): [Float64Array, Float64Array] {
  if (!edges || !slopes) {
    edges = new Float64Array(BINS);
    slopes = new Float64Array(BINS);
    let left = -Infinity;
    for (let i = 0; i < BINS; i++) {
      const right = i + 1 < BINS ? normalQuantile((i + 1) / BINS) : Infinity;
      edges[i] = left;
      slopes[i] = (right - left) / BINS;
      left = right;
    }
  }
  return [edges, slopes];
}

/** The value one 32-bit draw maps to: ≈ Φ⁻¹((u + ½) / 2³²), exactly so in the outer bins. */
export function normalFromBits(u: number): number {
  const [e, s] = tables();
  const i = u >>> 16;
  if (i < EXACT || i >= BINS - EXACT) return normalQuantile(((u >>> 0) + 0.5) / TWO32);
  return (e[i] as number) + (u & 0xffff) * (s[i] as number);
}

/**
 * Fills `out[start … end)` with N(0, std²) deviates, one sfc32 draw each, continuing the stream
 * whose state is `state` (advanced in place, after 12 warm-up rounds as sfc32's author advises
 * for a fresh state). Example: fillNormal(w, 0, 65536, Math.sqrt(2 / 363), streamState(42, 'conv1', 0)).
 */
export function fillNormal(
  out: Float32Array,
  start: number,
  end: number,
  std: number,
  state: Int32Array,
  warmUp = true,
): void {
  const [e, s] = tables();
  let a = state[0] ?? 0;
  let b = state[1] ?? 0;
  let c = state[2] ?? 0;
  let d = state[3] ?? 0;
  for (let r = warmUp ? 12 : 0; r > 0; r--) {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (((c << 21) | (c >>> 11)) + t) | 0;
  }
  for (let o = start; o < end; o++) {
    const u = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (((c << 21) | (c >>> 11)) + u) | 0;
    const i = u >>> 16;
    if (i < EXACT || i >= BINS - EXACT) out[o] = normalQuantile(((u >>> 0) + 0.5) / TWO32) * std;
    else out[o] = ((e[i] as number) + (u & 0xffff) * (s[i] as number)) * std;
  }
  state[0] = a;
  state[1] = b;
  state[2] = c;
  state[3] = d;
}
