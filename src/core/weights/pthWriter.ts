/**
 * Writes a state_dict as torch.save does (torch ≥ 1.6 zip format), with only what a state_dict
 * of float32 tensors needs, so that torch.load and this app's own reader (torchFile.ts) both
 * read it:
 * - `<archive>/data.pkl`: a protocol-2 pickle of an OrderedDict of tensors, each rebuilt by
 *   `torch._utils._rebuild_tensor_v2` from a persistent id ('storage', torch.FloatStorage, key,
 *   'cpu', numel); the dict's `_metadata` (PyTorch's per-module metadata) set by BUILD;
 * - `<archive>/byteorder` ('little'), one stored entry `<archive>/data/<key>` per tensor, its
 *   data aligned to 64 bytes as torch aligns it, and `<archive>/version` ('3').
 * The only globals written are the ones the reader allows (torchPickle.ts): collections.OrderedDict,
 * torch._utils._rebuild_tensor_v2 and torch.FloatStorage. Pure: bytes out, no I/O.
 */

/** One tensor as a .pth stores it: a name, a shape in PyTorch's layout, float32 values. */
export interface TorchTensor {
  readonly name: string;
  readonly shape: readonly number[];
  /** Little-endian on every platform this app runs on (the bytes are written as they lie in memory). */
  readonly data: Float32Array;
}

/** A value the pickle writer knows: nested dicts become plain dicts (metadata). */
export type MetaValue = string | number | ReadonlyMap<string, MetaValue>;

const enc = new TextEncoder();

class PickleOut {
  private readonly parts: number[] = [];

  op(...bytes: number[]): this {
    this.parts.push(...bytes);
    return this;
  }

  global(module: string, name: string): this {
    return this.op(0x63, ...enc.encode(`${module}\n${name}\n`));
  }

  /** BINUNICODE: 'X', u32 length, UTF-8. */
  text(s: string): this {
    const b = enc.encode(s);
    return this.op(0x58, ...u32(b.length), ...b);
  }

  /** BININT1, BININT2 or BININT for 0 … 2³¹ − 1. */
  int(n: number): this {
    if (!Number.isInteger(n) || n < 0 || n > 0x7fffffff) throw new RangeError(`cannot pickle ${n}`);
    if (n < 0x100) return this.op(0x4b, n);
    if (n < 0x10000) return this.op(0x4d, n & 0xff, n >> 8);
    return this.op(0x4a, ...u32(n));
  }

  /** MARK, the items, TUPLE. */
  tuple(items: readonly number[]): this {
    this.op(0x28);
    for (const i of items) this.int(i);
    return this.op(0x74);
  }

  /** collections.OrderedDict() on the stack. */
  orderedDict(): this {
    return this.global('collections', 'OrderedDict').op(0x29, 0x52);
  }

  value(v: MetaValue): this {
    if (typeof v === 'string') return this.text(v);
    if (typeof v === 'number') return this.int(v);
    this.op(0x7d, 0x28); // EMPTY_DICT, MARK
    for (const [k, x] of v) this.text(k).value(x);
    return this.op(0x75); // SETITEMS
  }

  bytes(): Uint8Array {
    return Uint8Array.from(this.parts);
  }
}

function u32(n: number): number[] {
  return [n & 0xff, (n >>> 8) & 0xff, (n >>> 16) & 0xff, (n >>> 24) & 0xff];
}

/** The data.pkl of a state_dict whose tensor i lives in storage `${i}`. */
export function statePickle(tensors: readonly TorchTensor[], metadata: ReadonlyMap<string, MetaValue>): Uint8Array {
  const p = new PickleOut().op(0x80, 2).orderedDict().op(0x28);
  tensors.forEach((t, i) => {
    const numel = t.shape.reduce((a, b) => a * b, 1);
    if (numel !== t.data.length) throw new Error(`${t.name}: ${t.data.length} values for shape ${t.shape.join('×')}`);
    const strides = t.shape.map((_, d) => t.shape.slice(d + 1).reduce((a, b) => a * b, 1));
    p.text(t.name).global('torch._utils', '_rebuild_tensor_v2').op(0x28);
    p.op(0x28).text('storage').global('torch', 'FloatStorage').text(String(i)).text('cpu').int(numel).op(0x74, 0x51);
    p.int(0).tuple(t.shape).tuple(strides).op(0x89).orderedDict(); // offset, size, stride, requires_grad, hooks
    p.op(0x74, 0x52); // TUPLE, REDUCE
  });
  p.op(0x75); // SETITEMS
  // BUILD with {'_metadata': OrderedDict(metadata)}: what state_dict() attaches.
  p.op(0x7d).text('_metadata').orderedDict().op(0x28);
  for (const [k, v] of metadata) p.text(k).value(v);
  p.op(0x75, 0x73, 0x62, 0x2e); // SETITEMS, SETITEM, BUILD, STOP
  return p.bytes();
}

const crcTable = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

/** The zip format's CRC-32 (IEEE 802.3), which torch's reader checks. */
export function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = (crcTable[(c ^ b) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

interface Entry {
  readonly name: Uint8Array;
  readonly data: Uint8Array;
  readonly crc: number;
  readonly offset: number;
}

/** A zip of stored entries, each entry's data starting on a multiple of `align` bytes. */
export function storedZip(files: readonly (readonly [name: string, data: Uint8Array])[], align = 64): Uint8Array {
  const chunks: Uint8Array[] = [];
  const entries: Entry[] = [];
  let at = 0;
  const push = (b: Uint8Array) => {
    chunks.push(b);
    at += b.length;
  };
  for (const [nameText, data] of files) {
    const name = enc.encode(nameText);
    // torch pads the extra field (id 'FB') so that the data lands on an aligned offset.
    const bare = at + 30 + name.length + 4;
    const pad = (align - (bare % align)) % align;
    const extra = new Uint8Array(4 + pad);
    extra.set([0x46, 0x42, pad & 0xff, pad >> 8]);
    const crc = crc32(data);
    entries.push({ name, data, crc, offset: at });
    push(header(0x04034b50, [20, 0, 0, 0, 0x21], crc, data.length, name.length, extra.length));
    push(name);
    push(extra);
    push(data);
  }
  const cdStart = at;
  for (const e of entries) {
    const h = new DataView(new ArrayBuffer(46));
    h.setUint32(0, 0x02014b50, true);
    h.setUint16(4, 0x0314, true); // made by: Unix, 2.0
    h.setUint16(6, 20, true);
    h.setUint16(14, 0x21, true); // date 1980-01-01: no clock, so the same tensors give the same bytes
    h.setUint32(16, e.crc, true);
    h.setUint32(20, e.data.length, true);
    h.setUint32(24, e.data.length, true);
    h.setUint16(28, e.name.length, true);
    h.setUint32(42, e.offset, true);
    push(new Uint8Array(h.buffer));
    push(e.name);
  }
  const end = new DataView(new ArrayBuffer(22));
  end.setUint32(0, 0x06054b50, true);
  end.setUint16(8, entries.length, true);
  end.setUint16(10, entries.length, true);
  end.setUint32(12, at - cdStart, true);
  end.setUint32(16, cdStart, true);
  push(new Uint8Array(end.buffer));
  const out = new Uint8Array(at);
  let p = 0;
  for (const c of chunks) {
    out.set(c, p);
    p += c.length;
  }
  return out;
}

/** A local file header: version, flags, method, time, date; CRC; sizes; name and extra lengths. */
function header(sig: number, fields: readonly number[], crc: number, size: number, nameLen: number, extraLen: number) {
  const h = new DataView(new ArrayBuffer(30));
  h.setUint32(0, sig, true);
  fields.forEach((f, i) => h.setUint16(4 + 2 * i, f, true));
  h.setUint32(14, crc, true);
  h.setUint32(18, size, true);
  h.setUint32(22, size, true);
  h.setUint16(26, nameLen, true);
  h.setUint16(28, extraLen, true);
  return new Uint8Array(h.buffer);
}

/**
 * A .pth file (torch zip format) of float32 `tensors` in this order, with `metadata` as the
 * state_dict's `_metadata` (e.g. { '' : { version: 1, alexnet_lab_spec: '…' } }).
 */
export function writeTorchZip(
  tensors: readonly TorchTensor[],
  metadata: ReadonlyMap<string, MetaValue>,
  archive = 'archive',
): Uint8Array {
  const files: [string, Uint8Array][] = [
    [`${archive}/data.pkl`, statePickle(tensors, metadata)],
    [`${archive}/byteorder`, enc.encode('little')],
  ];
  tensors.forEach((t, i) => {
    const d = t.data;
    files.push([`${archive}/data/${i}`, new Uint8Array(d.buffer, d.byteOffset, d.byteLength)]);
  });
  files.push([`${archive}/version`, enc.encode('3\n')]);
  return storedZip(files);
}
