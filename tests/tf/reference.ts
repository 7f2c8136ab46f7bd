/**
 * Plain-TypeScript reference implementations of every layer, written from the formulas (PyTorch
 * semantics, channels-last layout) and deliberately independent of src/tf, so that the tfjs
 * model is checked against something it does not share code with. Slow and obvious on purpose.
 *
 * Layouts: feature maps [h, w, c] with index (y·w + x)·c + ch; conv kernels [k, k, depth, F]
 * with index ((ky·k + kx)·depth + d)·F + f; dense kernels [n, units] with index i·units + u.
 */

export interface Hwc {
  readonly h: number;
  readonly w: number;
  readonly c: number;
  readonly data: Float32Array;
}

export const hwc = (h: number, w: number, c: number, data: Float32Array = new Float32Array(h * w * c)): Hwc => ({
  h,
  w,
  c,
  data,
});

const get = (t: Hwc, y: number, x: number, ch: number) => t.data[(y * t.w + x) * t.c + ch] ?? NaN;

/** Grouped 2-D convolution with zero padding; output side floor((in − k + 2p)/s) + 1. */
export function conv2d(
  x: Hwc,
  kernel: Float32Array,
  k: number,
  filters: number,
  stride: number,
  pad: number,
  groups: number,
  bias?: Float32Array,
): Hwc {
  const depth = x.c / groups;
  const per = filters / groups;
  const oh = Math.floor((x.h - k + 2 * pad) / stride) + 1;
  const ow = Math.floor((x.w - k + 2 * pad) / stride) + 1;
  const out = hwc(oh, ow, filters);
  for (let oy = 0; oy < oh; oy++) {
    for (let ox = 0; ox < ow; ox++) {
      for (let f = 0; f < filters; f++) {
        const g = Math.floor(f / per);
        let sum = bias?.[f] ?? 0;
        for (let ky = 0; ky < k; ky++) {
          const y = oy * stride + ky - pad;
          if (y < 0 || y >= x.h) continue;
          for (let kx = 0; kx < k; kx++) {
            const xx = ox * stride + kx - pad;
            if (xx < 0 || xx >= x.w) continue;
            for (let d = 0; d < depth; d++) {
              sum += get(x, y, xx, g * depth + d) * (kernel[((ky * k + kx) * depth + d) * filters + f] ?? NaN);
            }
          }
        }
        out.data[(oy * ow + ox) * filters + f] = sum;
      }
    }
  }
  return out;
}

export function relu(x: Float32Array): Float32Array {
  return x.map((v) => Math.max(0, v));
}

/**
 * Max pooling without padding, PyTorch's rule: floor or ceil of (in − size)/stride, plus one;
 * in ceil mode a last window that would start past the input is dropped. Windows that run past
 * the edge take the max of the pixels they do cover.
 */
export function maxPool(x: Hwc, size: number, stride: number, ceil: boolean): Hwc {
  const side = (n: number) => {
    const q = (n - size) / stride;
    let o = (ceil ? Math.ceil(q) : Math.floor(q)) + 1;
    if (ceil && (o - 1) * stride >= n) o -= 1;
    return o;
  };
  const oh = side(x.h);
  const ow = side(x.w);
  const out = hwc(oh, ow, x.c);
  for (let oy = 0; oy < oh; oy++) {
    for (let ox = 0; ox < ow; ox++) {
      for (let ch = 0; ch < x.c; ch++) {
        let m = -Infinity;
        for (let y = oy * stride; y < Math.min(x.h, oy * stride + size); y++) {
          for (let xx = ox * stride; xx < Math.min(x.w, ox * stride + size); xx++) m = Math.max(m, get(x, y, xx, ch));
        }
        out.data[(oy * ow + ox) * x.c + ch] = m;
      }
    }
  }
  return out;
}

/**
 * Local response normalisation straight from the paper: b_c = a_c / (k + α' Σ a_j²)^β, the sum
 * over channels j from max(0, c − ⌊n/2⌋) to min(C − 1, c + ⌊n/2⌋); α' = α (paper) or α/n.
 */
export function lrn(x: Hwc, n: number, k: number, alpha: number, beta: number, dividedByN: boolean): Hwc {
  const a = dividedByN ? alpha / n : alpha;
  const half = Math.floor(n / 2);
  const out = hwc(x.h, x.w, x.c);
  for (let y = 0; y < x.h; y++) {
    for (let xx = 0; xx < x.w; xx++) {
      for (let ch = 0; ch < x.c; ch++) {
        let sum = 0;
        for (let j = Math.max(0, ch - half); j <= Math.min(x.c - 1, ch + half); j++) sum += get(x, y, xx, j) ** 2;
        out.data[(y * x.w + xx) * x.c + ch] = get(x, y, xx, ch) / (k + a * sum) ** beta;
      }
    }
  }
  return out;
}

/** PyTorch's AdaptiveAvgPool2d: cell i averages rows floor(i·H/O) … ceil((i+1)·H/O) − 1. */
export function adaptiveAvgPool(x: Hwc, o: number): Hwc {
  const out = hwc(o, o, x.c);
  const bin = (i: number, n: number) => [Math.floor((i * n) / o), Math.ceil(((i + 1) * n) / o)] as const;
  for (let oy = 0; oy < o; oy++) {
    const [y0, y1] = bin(oy, x.h);
    for (let ox = 0; ox < o; ox++) {
      const [x0, x1] = bin(ox, x.w);
      for (let ch = 0; ch < x.c; ch++) {
        let sum = 0;
        for (let y = y0; y < y1; y++) for (let xx = x0; xx < x1; xx++) sum += get(x, y, xx, ch);
        out.data[(oy * o + ox) * x.c + ch] = sum / ((y1 - y0) * (x1 - x0));
      }
    }
  }
  return out;
}

/** y = x·W + b, W as [n, units]. */
export function dense(x: Float32Array, kernel: Float32Array, units: number, bias?: Float32Array): Float32Array {
  const out = new Float32Array(units);
  for (let u = 0; u < units; u++) {
    let sum = bias?.[u] ?? 0;
    for (let i = 0; i < x.length; i++) sum += (x[i] ?? NaN) * (kernel[i * units + u] ?? NaN);
    out[u] = sum;
  }
  return out;
}

export function softmax(x: Float32Array): Float32Array {
  const max = Math.max(...x);
  const e = x.map((v) => Math.exp(v - max));
  const total = e.reduce((a, b) => a + b, 0);
  return e.map((v) => v / total);
}

/** Largest |a_i − b_i|; Infinity when the lengths differ or a value is NaN. */
export function maxAbsDiff(a: ArrayLike<number>, b: ArrayLike<number>): number {
  if (a.length !== b.length) return Infinity;
  let m = 0;
  for (let i = 0; i < a.length; i++) {
    const d = Math.abs((a[i] ?? NaN) - (b[i] ?? NaN));
    if (!(d <= m)) m = Number.isNaN(d) ? Infinity : d;
  }
  return m;
}

/** Deterministic test inputs (mulberry32), so a failure reproduces. */
export function randomArray(n: number, seed: number, scale = 1): Float32Array {
  let s = seed >>> 0;
  const out = new Float32Array(n);
  for (let i = 0; i < n; i++) {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    out[i] = ((((t ^ (t >>> 14)) >>> 0) / 4294967296) * 2 - 1) * scale;
  }
  return out;
}
