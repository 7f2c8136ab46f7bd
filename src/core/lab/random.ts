/**
 * The lab's seeded randomness, so that a run repeats exactly: the batch order of each epoch,
 * each image's crop and flip, and each dropout mask come from their own stream, keyed by
 * (seed, what, epoch or step). sfc32 (Doty-Humphrey's Small Fast Counting generator, 128-bit
 * state) seeded through a 32-bit mixer: the same numbers in a worker, on the page and in Node.
 */

/** Mixes a 32-bit value (Wellons' lowbias32): a one-bit input change flips about half the bits. */
function mix(x: number): number {
  x = Math.imul(x ^ (x >>> 16), 0x7feb352d);
  x = Math.imul(x ^ (x >>> 15), 0x846ca68b);
  return (x ^ (x >>> 16)) >>> 0;
}

/** A generator of uniform numbers in [0, 1), from (seed, stream name, index). */
export class LabRandom {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(seed: number, stream: string, index = 0) {
    let h = mix((seed >>> 0) ^ 0x9e3779b9);
    for (let i = 0; i < stream.length; i++) h = mix(h ^ stream.charCodeAt(i));
    h = mix(h ^ Math.imul(index + 1, 0x85ebca6b));
    this.a = mix(h + 1);
    this.b = mix(h + 2);
    this.c = mix(h + 3);
    this.d = mix(h + 4);
    for (let i = 0; i < 12; i++) this.u32(); // warm-up, as sfc32's author advises
  }

  /** The next 32-bit unsigned integer. */
  u32(): number {
    const t = (((this.a + this.b) >>> 0) + this.d) >>> 0;
    this.d = (this.d + 1) >>> 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) >>> 0;
    this.c = ((this.c << 21) | (this.c >>> 11)) >>> 0;
    this.c = (this.c + t) >>> 0;
    return t;
  }

  /** Uniform in [0, 1). */
  next(): number {
    return this.u32() / 4294967296;
  }

  /** A whole number in [0, n). */
  below(n: number): number {
    return Math.floor(this.next() * n);
  }
}

/** 0 … n − 1 in an order that depends only on (seed, stream, index): Fisher–Yates. */
export function permutation(n: number, seed: number, stream: string, index: number): Uint32Array {
  const out = new Uint32Array(n);
  for (let i = 0; i < n; i++) out[i] = i;
  const r = new LabRandom(seed, stream, index);
  for (let i = n - 1; i > 0; i--) {
    const j = r.below(i + 1);
    const t = out[i] ?? 0;
    out[i] = out[j] ?? 0;
    out[j] = t;
  }
  return out;
}
