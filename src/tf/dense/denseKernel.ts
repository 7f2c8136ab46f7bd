/**
 * A fully connected layer's forward (y = x·W + b) as a hand-assembled WebAssembly module with
 * SIMD, over weights that live in the module's own memory: the wasm engine's dense layers
 * (fc6–fc8: 94 % of AlexNet's values) are held once, here, instead of twice in tfjs-wasm (its
 * tensor, plus the copy XNNPACK packs on the first forward: +235 MB, and 1–2 s of packing).
 *
 * The loop: y starts as b; then, two inputs at a time, y += x[i]·W[i, :] + x[k]·W[k, :], eight
 * floats per step (W is [nIn, units], row-major: the TensorData layout, no transpose). Only the
 * inputs that are not zero are listed (by the caller, into the module's memory): after a ReLU
 * about half of them are zero, and their rows are never read. That changes nothing in the sum
 * (W is finite), and a batch-1 dense layer is bound by memory, not arithmetic: reading fewer
 * rows is what makes it fast. An odd count is padded with a zero input (it adds nothing).
 *
 * One module instance per layer, with a memory sized for that layer: dropping the layer drops
 * its memory (no allocator to manage). Where WebAssembly (or its SIMD) is missing, or the width
 * is not a multiple of 8, the engine keeps tfjs's own dense layers.
 */
import { type Bytes, i32, leb, section, str, vec } from './wasmAsm';

// prettier-ignore
const op = {
  block: 0x02, loop: 0x03, end: 0x0b, br: 0x0c, brIf: 0x0d,
  get: 0x20, set: 0x21, i32load: 0x28, f32load: 0x2a, geU: 0x4f, add: 0x6a, mul: 0x6c, shl: 0x74,
} as const;
const simd = (code: number): Bytes => [0xfd, ...leb(code)];
const v128load = (offset: number): Bytes => [...simd(0x00), 4, ...leb(offset)];
const v128store = (offset: number): Bytes => [...simd(0x0b), 4, ...leb(offset)];
const f32x4splat = simd(0x13);
const f32x4add = simd(0xe4);
const f32x4mul = simd(0xe6);
const VOID = 0x40;
const V128 = 0x7b;

// Params: 0 w, 1 rows (i32 row numbers), 2 xs (their f32 inputs), 3 count (even), 4 y, 5 rowBytes.
// Locals: 6 p (byte offset into rows/xs), 7 r0, 8 r1, 9 j, 10 end (i32); 11 s0, 12 s1 (v128).
const [W, ROWS, XS, COUNT, Y, ROW_BYTES, P, R0, R1, J, END, S0, S1] = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];
const get = (l: number): Bytes => [op.get, l];
const set = (l: number): Bytes => [op.set, l];
/** y[j + off] += s0 · r0[j + off] + s1 · r1[j + off], one vector. */
// prettier-ignore
const step = (off: number): Bytes => [
  ...get(Y), ...get(J), op.add, // address for the store
  ...get(Y), ...get(J), op.add, ...v128load(off),
  ...get(S0), ...get(R0), ...get(J), op.add, ...v128load(off), ...f32x4mul, ...f32x4add,
  ...get(S1), ...get(R1), ...get(J), op.add, ...v128load(off), ...f32x4mul, ...f32x4add,
  ...v128store(off),
];
/** Row `which` (0 or 1 of the pair at p): its address in W, and its input splatted. */
// prettier-ignore
const row = (which: number, r: number, sv: number): Bytes => [
  ...get(W), ...get(ROWS), ...get(P), op.add, op.i32load, 2, which * 4, ...get(ROW_BYTES), op.mul, op.add, ...set(r),
  ...get(XS), ...get(P), op.add, op.f32load, 2, which * 4, ...f32x4splat, ...set(sv),
];

// prettier-ignore
const body: Bytes = [
  ...vec([[5, 0x7f], [2, V128]]),
  ...get(COUNT), ...i32(2), op.shl, ...set(END), // bytes of the row list
  op.block, VOID, op.loop, VOID, // for each pair of listed inputs
  ...get(P), ...get(END), op.geU, op.brIf, 1,
  ...row(0, R0, S0), ...row(1, R1, S1),
  ...i32(0), ...set(J),
  op.block, VOID, op.loop, VOID, // for each 8 units
  ...get(J), ...get(ROW_BYTES), op.geU, op.brIf, 1,
  ...step(0), ...step(16),
  ...get(J), ...i32(32), op.add, ...set(J),
  op.br, 0, op.end, op.end,
  ...get(P), ...i32(8), op.add, ...set(P),
  op.br, 0, op.end, op.end,
  op.end,
];

/** The module's bytes: exports `dense(w, rows, xs, count, y, rowBytes)` and its memory (1 page to start). */
export function denseModuleBytes(): Uint8Array<ArrayBuffer> {
  const I32 = 0x7f;
  // prettier-ignore
  return new Uint8Array([
    0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00, // "\0asm", version 1
    ...section(1, vec([[0x60, 6, I32, I32, I32, I32, I32, I32, 0]])), // type 0: (i32 ×6) → ()
    ...section(3, vec([[0]])), // one function of type 0
    ...section(5, vec([[0x00, 1]])), // memory: 1 page, no maximum
    ...section(7, vec([[...str('dense'), 0x00, 0], [...str('memory'), 0x02, 0]])),
    ...section(10, vec([[...leb(body.length), ...body]])),
  ]);
}

interface Exports {
  readonly dense: (w: number, rows: number, xs: number, count: number, y: number, rowBytes: number) => void;
  readonly memory: WebAssembly.Memory;
}

let compiled: WebAssembly.Module | null | undefined;

function module(): WebAssembly.Module | null {
  if (compiled !== undefined) return compiled;
  try {
    compiled = new WebAssembly.Module(denseModuleBytes());
  } catch {
    compiled = null; // no WebAssembly SIMD here: tfjs's dense layers then
  }
  return compiled;
}

/** True where the module compiles (WebAssembly with SIMD). */
export function denseSupported(): boolean {
  return module() !== null;
}

/** True for the layers the kernel takes: units a multiple of 8 (two SIMD vectors a step). */
export function denseFits(units: number): boolean {
  return units > 0 && units % 8 === 0 && denseSupported();
}

const page = 65536;

/** Each layer by its weights array: a layer generated in place is adopted, not copied. */
const owners = new WeakMap<Float32Array, NativeDense>();

/** The native layer whose weights `values` are (filled in place), if any. */
export function nativeOf(values: Float32Array): NativeDense | undefined {
  return owners.get(values);
}

/**
 * One dense layer's weights, biases and forward, in a memory of its own:
 * [W: nIn·units][b: units][y: units][rows: nIn + 1 (i32)][xs: nIn + 1], each part 16-byte aligned.
 */
export class NativeDense {
  /** The weights [nIn, units], to fill in place (generated or copied into). */
  readonly weights: Float32Array;
  readonly bias: Float32Array;
  private readonly y: Float32Array;
  private readonly rows: Int32Array;
  private readonly xs: Float32Array;
  private readonly run: Exports['dense'];
  private readonly at: { readonly y: number; readonly rows: number; readonly xs: number };

  constructor(
    readonly nIn: number,
    readonly units: number,
  ) {
    const m = module();
    if (!m || !denseFits(units)) throw new Error(`no native dense layer of ${units} units here`);
    const { dense, memory } = new WebAssembly.Instance(m).exports as unknown as Exports;
    const align = (bytes: number) => Math.ceil(bytes / 16) * 16;
    const bias = nIn * units * 4;
    const y = align(bias + units * 4);
    const rows = align(y + units * 4);
    const xs = align(rows + (nIn + 1) * 4);
    memory.grow(Math.ceil((xs + (nIn + 1) * 4) / page)); // once: the views below stay attached
    this.at = { y, rows, xs };
    this.weights = new Float32Array(memory.buffer, 0, nIn * units);
    this.bias = new Float32Array(memory.buffer, bias, units);
    this.y = new Float32Array(memory.buffer, y, units);
    this.rows = new Int32Array(memory.buffer, rows, nIn + 1);
    this.xs = new Float32Array(memory.buffer, xs, nIn + 1);
    this.run = dense;
    owners.set(this.weights, this);
  }

  /** Bytes held: weights and biases (what a tfjs tensor pair of this layer would hold). */
  get bytes(): number {
    return (this.weights.length + this.bias.length) * 4;
  }

  /** y = x·W + b for one input row (`x`: nIn values); a new array, the caller's. */
  forward(x: ArrayLike<number>): Float32Array {
    if (x.length !== this.nIn) throw new Error(`dense: ${x.length} inputs, expected ${this.nIn}`);
    let count = 0;
    for (let i = 0; i < x.length; i++) {
      const v = x[i] ?? 0;
      if (v === 0) continue; // its row adds nothing: never read
      this.rows[count] = i;
      this.xs[count] = v;
      count += 1;
    }
    if (count % 2 === 1) {
      this.rows[count] = this.rows[0] ?? 0; // a zero input: adds nothing
      this.xs[count] = 0;
      count += 1;
    }
    this.y.set(this.bias);
    this.run(0, this.at.rows, this.at.xs, count, this.at.y, this.units * 4);
    return this.y.slice();
  }
}
