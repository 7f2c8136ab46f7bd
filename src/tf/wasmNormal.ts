/**
 * fillNormal (random.ts) compiled by hand to a 339-byte WebAssembly module, bit-identical to
 * the TypeScript (same integer steps, same float64 arithmetic, same rounding to float32).
 *
 * Why: in a browser worker the TypeScript loop runs unoptimised until V8's optimising compiler
 * gets to it, and on a busy 2-core machine that took most of a second for the seed variant's
 * 62.4 M values; WebAssembly is compiled before it runs. The 0.1 % of draws in the outer bins
 * call back into JS for the exact quantile. Without WebAssembly, fillNormal itself runs.
 */
import { i32, leb, section, str, vec } from './dense/wasmAsm';
import { fillNormal, normalQuantile, quantileTables } from './random';

const BINS = 65536;
const TABLES = 0; // edges f64[65536], then slopes f64[65536]
const STATE = 2 * BINS * 8; // 4 × i32
const OUT = STATE + 64; // output floats
const MAX_OUT = 1 << 20; // values per call
const PAGES = Math.ceil((OUT + MAX_OUT * 4) / 65536);

// Opcodes and helpers for the few instructions used.
// prettier-ignore
const op = {
  block: 0x02, loop: 0x03, if: 0x04, else: 0x05, end: 0x0b, br: 0x0c, brIf: 0x0d, call: 0x10,
  get: 0x20, set: 0x21, tee: 0x22, i32load: 0x28, f64load: 0x2b, i32store: 0x36, f32store: 0x38,
  i32const: 0x41, eqz: 0x45, geU: 0x4f, add: 0x6a, sub: 0x6b, and: 0x71, or: 0x72, xor: 0x73,
  shl: 0x74, shrU: 0x76, rotl: 0x77, f64add: 0xa0, f64mul: 0xa2, demote: 0xb6, f64fromU32: 0xb8,
} as const;
const VOID = 0x40;

// Locals: params 0 out, 1 n, 2 std (f64), 3 statePtr, 4 warm; then a, b, c, d, u, i, end (i32).
const [OUTP, N, STD, ST, WARM, A, B, C, D, U, I, END] = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11];
const get = (l: number) => [op.get, l];
const set = (l: number) => [op.set, l];

/** One sfc32 step; leaves the output u in local `dst`: u = a+b+d; d++; a = b^(b>>>9); b = c+(c<<3); c = rotl(c,21)+u. */
// prettier-ignore
const step = (dst: number) => [
  ...get(A), ...get(B), op.add, ...get(D), op.add, ...set(dst),
  ...get(D), ...i32(1), op.add, ...set(D),
  ...get(B), ...get(B), ...i32(9), op.shrU, op.xor, ...set(A),
  ...get(C), ...get(C), ...i32(3), op.shl, op.add, ...set(B),
  ...get(C), ...i32(21), op.rotl, ...get(dst), op.add, ...set(C),
];

// prettier-ignore
const body = [
  ...vec([[7, 0x7f]]), // 7 locals of i32
  ...get(ST), op.i32load, 2, 0, ...set(A),
  ...get(ST), op.i32load, 2, 4, ...set(B),
  ...get(ST), op.i32load, 2, 8, ...set(C),
  ...get(ST), op.i32load, 2, 12, ...set(D),
  op.block, VOID, op.loop, VOID, // warm-up rounds
  ...get(WARM), op.eqz, op.brIf, 1,
  ...step(U),
  ...get(WARM), ...i32(1), op.sub, ...set(WARM),
  op.br, 0, op.end, op.end,
  ...get(OUTP), ...get(N), ...i32(2), op.shl, op.add, ...set(END),
  op.block, VOID, op.loop, VOID,
  ...get(OUTP), ...get(END), op.geU, op.brIf, 1,
  ...step(U),
  ...get(OUTP), // address for the store
  ...get(U), ...i32(16), op.shrU, op.tee, I,
  ...i32(32), op.sub, ...i32(BINS - 64), op.geU, // i < 32 or i ≥ 65504, as one unsigned compare
  op.if, 0x7c, // → f64
  ...get(U), op.call, 0, // the exact quantile, from JS
  op.else,
  ...get(I), ...i32(3), op.shl, op.f64load, 3, ...leb(TABLES), // edges[i]
  ...get(U), ...i32(0xffff), op.and, op.f64fromU32,
  ...get(I), ...i32(3), op.shl, op.f64load, 3, ...leb(TABLES + BINS * 8), // slopes[i]
  op.f64mul, op.f64add,
  op.end,
  ...get(STD), op.f64mul, op.demote,
  op.f32store, 2, 0,
  ...get(OUTP), ...i32(4), op.add, ...set(OUTP),
  op.br, 0, op.end, op.end,
  ...get(ST), ...get(A), op.i32store, 2, 0,
  ...get(ST), ...get(B), op.i32store, 2, 4,
  ...get(ST), ...get(C), op.i32store, 2, 8,
  ...get(ST), ...get(D), op.i32store, 2, 12,
  op.end,
];

/** The module's bytes: imports env.exact (i32 → f64), exports fill and memory. */
export function moduleBytes(): Uint8Array<ArrayBuffer> {
  const F64 = 0x7c;
  const I32 = 0x7f;
  // prettier-ignore
  return new Uint8Array([
    0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00, // "\0asm", version 1
    ...section(1, vec([[0x60, 1, I32, 1, F64], [0x60, 5, I32, I32, F64, I32, I32, 0]])), // types
    ...section(2, vec([[...str('env'), ...str('exact'), 0x00, 0]])), // import env.exact: type 0
    ...section(3, vec([[1]])), // one function: type 1
    ...section(5, vec([[0x00, ...leb(PAGES)]])), // memory
    ...section(7, vec([[...str('fill'), 0x00, 1], [...str('memory'), 0x02, 0]])), // exports
    ...section(10, vec([[...leb(body.length), ...body]])), // code
  ]);
}

interface Fast {
  readonly fill: (out: number, n: number, std: number, state: number, warm: number) => void;
  readonly memory: WebAssembly.Memory;
}

let fast: Fast | null | undefined;

function instance(): Fast | null {
  if (fast !== undefined) return fast;
  try {
    const exact = (u: number) => normalQuantile(((u >>> 0) + 0.5) / 4294967296);
    const inst = new WebAssembly.Instance(new WebAssembly.Module(moduleBytes()), { env: { exact } });
    const { fill, memory } = inst.exports as unknown as Fast;
    const [edges, slopes] = quantileTables();
    new Float64Array(memory.buffer, TABLES, BINS).set(edges);
    new Float64Array(memory.buffer, TABLES + BINS * 8, BINS).set(slopes);
    fast = { fill, memory };
  } catch {
    fast = null; // no WebAssembly here (or it is forbidden): use the TypeScript loop
  }
  return fast;
}

/** Same contract and same values as random.ts's fillNormal, through WebAssembly when available. */
export function fillNormalFast(
  out: Float32Array,
  start: number,
  end: number,
  std: number,
  state: Int32Array,
  warmUp = true,
): void {
  const f = instance();
  if (!f) {
    fillNormal(out, start, end, std, state, warmUp);
    return;
  }
  const st = new Int32Array(f.memory.buffer, STATE, 4);
  st.set(state);
  let warm = warmUp ? 12 : 0;
  for (let o = start; o < end; o += MAX_OUT) {
    const n = Math.min(MAX_OUT, end - o);
    f.fill(OUT, n, std, STATE, warm);
    warm = 0;
    out.set(new Float32Array(f.memory.buffer, OUT, n), o);
  }
  state.set(st);
}
