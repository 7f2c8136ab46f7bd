/**
 * PyTorch's two file layouts, read into a state_dict of TensorRefs whose storages are views on
 * the file's bytes (nothing is copied here):
 * - zip (torch ≥ 1.6): <folder>/data.pkl plus one stored entry <folder>/data/<key> per storage;
 * - legacy: five things back to back: a magic-number pickle, the protocol version pickle, a
 *   sys-info pickle, the main pickle, a pickle of the storage keys, then per key an 8-byte
 *   little-endian element count and the raw bytes.
 */
import { unpickle } from './pickle';
import { type Storage, type StorageType, type TensorRef, copyMetadata, isTensorRef, torchHooks } from './torchPickle';
import { WeightsError } from './types';
import { readZip } from './zip';

/** Tensor name → tensor, in the file's order. */
export type StateDict = Map<string, TensorRef>;

/** 0x1950a86a20f9469cfc6c, torch's legacy magic number. */
const legacyMagic = 0x1950a86a20f9469cfc6cn;

/** The first bytes of a legacy file: PROTO 2, LONG1 of 10 bytes holding the magic number. */
export function looksLikeLegacyTorch(head: Uint8Array): boolean {
  const start = [0x80, 0x02, 0x8a, 0x0a, 0x6c, 0xfc, 0x9c, 0x46, 0xf9, 0x20, 0x6a, 0xa8, 0x50, 0x19];
  return head.length >= start.length && start.every((b, i) => head[i] === b);
}

/** Reads a torch ≥ 1.6 zip checkpoint. Throws zipNotCheckpoint for any other zip. */
export function readTorchZip(bytes: Uint8Array): StateDict {
  const entries = readZip(bytes);
  const pkl = [...entries.values()].find((e) => /^[^/]+\/data\.pkl$/.test(e.name));
  if (!pkl) {
    const names = [...entries.keys()].slice(0, 3).join(', ');
    throw new WeightsError('zipNotCheckpoint', { entries: names || '(empty)' });
  }
  const prefix = pkl.name.slice(0, -'data.pkl'.length);
  const order = entries.get(`${prefix}byteorder`);
  if (order && new TextDecoder().decode(bytes.subarray(order.dataOffset, order.dataOffset + order.size)) !== 'little') {
    throw new WeightsError('badDtype', { tensor: '(all)', dtype: 'big-endian' });
  }
  const storages = new Map<string, Storage>();
  const hooks = torchHooks((key, type, numel, offset) => {
    const known = storages.get(key);
    if (known) return known;
    const entry = entries.get(`${prefix}data/${key}`);
    if (!entry) throw new WeightsError('corrupt', { offset, what: `storage ${key} is not in the archive` });
    const length = numel * type.elementSize;
    if (entry.method !== 0)
      throw new WeightsError('corrupt', { offset: entry.dataOffset, what: `${entry.name} is compressed` });
    if (entry.size !== length) {
      throw new WeightsError('corrupt', {
        offset: entry.dataOffset,
        what: `${entry.name}: ${entry.size} bytes, expected ${length}`,
      });
    }
    const s = storageOf(key, type, numel, bytes.subarray(entry.dataOffset, entry.dataOffset + length));
    storages.set(key, s);
    return s;
  });
  const pickle = bytes.subarray(pkl.dataOffset, pkl.dataOffset + pkl.size);
  return stateDictOf(unpickle(pickle, 0, hooks).value);
}

/** Reads a legacy (torch < 1.6, or `_use_new_zipfile_serialization=False`) checkpoint. */
export function readTorchLegacy(bytes: Uint8Array, onProgress?: (done: number) => void): StateDict {
  const noGlobals = torchHooks(() => {
    throw new WeightsError('corrupt', { offset: 0, what: 'storage in a header pickle' });
  });
  const magic = unpickle(bytes, 0, noGlobals);
  if (magic.value !== legacyMagic) throw new WeightsError('notWeights', { offset: 0 });
  const protocol = unpickle(bytes, magic.end, noGlobals);
  if (protocol.value !== 1001)
    throw new WeightsError('corrupt', { offset: magic.end, what: `protocol ${String(protocol.value)}` });
  const info = unpickle(bytes, protocol.end, noGlobals);
  if (info.value instanceof Map && info.value.get('little_endian') === false) {
    throw new WeightsError('badDtype', { tensor: '(all)', dtype: 'big-endian' });
  }
  const storages = new Map<string, Storage>();
  const main = unpickle(
    bytes,
    info.end,
    torchHooks((key, type, numel) => {
      const s = storages.get(key) ?? storageOf(key, type, numel);
      storages.set(key, s);
      return s;
    }),
  );
  const keys = unpickle(bytes, main.end, noGlobals);
  if (!Array.isArray(keys.value)) throw new WeightsError('corrupt', { offset: main.end, what: 'storage key list' });
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let p = keys.end;
  for (const key of keys.value) {
    const s = typeof key === 'string' ? storages.get(key) : undefined;
    if (!s) throw new WeightsError('corrupt', { offset: p, what: `storage ${String(key)} is not used` });
    if (p + 8 > bytes.length) throw new WeightsError('truncated', { offset: bytes.length, what: `storage ${s.key}` });
    const numel = Number(view.getBigInt64(p, true));
    if (numel !== s.numel)
      throw new WeightsError('corrupt', {
        offset: p,
        what: `storage ${s.key}: ${numel} elements, expected ${s.numel}`,
      });
    const end = p + 8 + numel * s.elementSize;
    if (end > bytes.length) throw new WeightsError('truncated', { offset: bytes.length, what: `storage ${s.key}` });
    s.bytes = bytes.subarray(p + 8, end);
    p = end;
    onProgress?.(p);
  }
  return stateDictOf(main.value);
}

/** A storage of `numel` elements of `type`; `data`, when given, is its bytes (a view on the file). */
export function storageOf(key: string, type: StorageType, numel: number, data?: Uint8Array): Storage {
  const s: Storage = { key, dtype: type.dtype, elementSize: type.elementSize, numel };
  if (data) s.bytes = data;
  return s;
}

/**
 * The name → tensor map of what was pickled: a state_dict itself, or a training checkpoint
 * holding one under 'state_dict' or 'model'. A 'module.' prefix (DataParallel) is dropped.
 */
export function stateDictOf(root: unknown): StateDict {
  let dict = root;
  if (dict instanceof Map) {
    const inner = dict.get('state_dict') ?? dict.get('model');
    if (inner instanceof Map) dict = inner;
  }
  if (!(dict instanceof Map)) throw new WeightsError('wrongNetwork', { unexpected: 'not a state_dict', missing: '' });
  const out: StateDict = new Map();
  const names = [...dict.keys()].filter((k): k is string => typeof k === 'string' && isTensorRef(dict.get(k)));
  const strip = names.length > 0 && names.every((n) => n.startsWith('module.'));
  for (const n of names) out.set(strip ? n.slice('module.'.length) : n, dict.get(n) as TensorRef);
  copyMetadata(dict, out);
  return out;
}
