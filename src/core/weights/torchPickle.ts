/**
 * What a PyTorch state_dict pickle may ask for, and nothing more: an OrderedDict, tensors
 * rebuilt from storages (`torch._utils._rebuild_tensor_v2`, the older `_rebuild_tensor`, and
 * `_rebuild_parameter` around either) and the typed storage classes. Any other global, such as
 * `posix.system`, is refused by name before anything could happen.
 */
import type { PickleHooks } from './pickle';
import { WeightsError } from './types';

/** Element types a storage may hold; only the floating ones can become weights. */
export type TorchDtype =
  'float32' | 'float16' | 'bfloat16' | 'float64' | 'int64' | 'int32' | 'int16' | 'int8' | 'uint8' | 'bool';

const storageClasses: Readonly<Record<string, readonly [TorchDtype, number]>> = {
  FloatStorage: ['float32', 4],
  HalfStorage: ['float16', 2],
  BFloat16Storage: ['bfloat16', 2],
  DoubleStorage: ['float64', 8],
  LongStorage: ['int64', 8],
  IntStorage: ['int32', 4],
  ShortStorage: ['int16', 2],
  CharStorage: ['int8', 1],
  ByteStorage: ['uint8', 1],
  BoolStorage: ['bool', 1],
};

/** A storage class named in a persistent id (`torch.FloatStorage`). */
export class StorageType {
  constructor(
    readonly dtype: TorchDtype,
    readonly elementSize: number,
  ) {}
}

/** One storage of the file: its bytes are set once the reader has located them. */
export interface Storage {
  readonly key: string;
  readonly dtype: TorchDtype;
  readonly elementSize: number;
  readonly numel: number;
  bytes?: Uint8Array;
}

/** A tensor as the pickle describes it: a strided window on a storage, nothing read yet. */
export interface TensorRef {
  readonly storage: Storage;
  /** In elements. */
  readonly offset: number;
  readonly shape: readonly number[];
  readonly stride: readonly number[];
}

/** Tokens for the allowed callables (never functions: nothing is called). */
class Allowed {
  constructor(readonly name: string) {}
}

const orderedDict = new Allowed('collections.OrderedDict');
const rebuildV2 = new Allowed('torch._utils._rebuild_tensor_v2');
const rebuildV1 = new Allowed('torch._utils._rebuild_tensor');
const rebuildParameter = new Allowed('torch._utils._rebuild_parameter');
/** torch < 0.3 pickled a tensor as `torch.FloatTensor()` then BUILD with (storage, offset, size, stride). */
const oldTensorClasses = new Set(['FloatTensor', 'HalfTensor', 'DoubleTensor']);
class OldTensor {
  constructor(readonly name: string) {}
}

/** The `_metadata` a pickled OrderedDict carried (module prefix → its dict of values). */
const metadataOfDict = new WeakMap<Map<unknown, unknown>, Map<unknown, unknown>>();

/** A state_dict's `_metadata` (PyTorch's per-module metadata), if its pickle had one. */
export function dictMetadata(dict: Map<unknown, unknown>): Map<unknown, unknown> | undefined {
  return metadataOfDict.get(dict);
}

/** Gives `to` the `_metadata` of `from` (a state_dict copied under other names). */
export function copyMetadata(from: Map<unknown, unknown>, to: Map<unknown, unknown>): void {
  const m = metadataOfDict.get(from);
  if (m) metadataOfDict.set(to, m);
}

/** True for a TensorRef built by these hooks. */
export function isTensorRef(v: unknown): v is TensorRef {
  return typeof v === 'object' && v !== null && 'storage' in v && 'shape' in v && 'stride' in v;
}

/**
 * Hooks for unpickle(). `storage(key, type, numel, offset)` returns the file's storage for a
 * persistent id (zip: the entry data/<key>; legacy: located after the pickles).
 */
export function torchHooks(
  storage: (key: string, type: StorageType, numel: number, offset: number) => Storage,
): PickleHooks {
  return {
    global(module, name, offset) {
      const qualified = `${module}.${name}`;
      const cls = module === 'torch' ? storageClasses[name] : undefined;
      if (cls) return new StorageType(cls[0], cls[1]);
      if (module === 'torch' && oldTensorClasses.has(name)) return new Allowed(qualified);
      for (const a of [orderedDict, rebuildV2, rebuildV1, rebuildParameter]) if (a.name === qualified) return a;
      throw new WeightsError('forbiddenGlobal', { name: qualified, offset });
    },
    reduce(callable, args, offset) {
      if (callable === orderedDict) {
        // OrderedDict() or OrderedDict([(k, v), …])
        const pairs = Array.isArray(args[0]) ? (args[0] as unknown[]) : [];
        return new Map(pairs.filter(Array.isArray).map((p) => [p[0], p[1]] as const));
      }
      if (callable === rebuildV2 || callable === rebuildV1) return tensorRef(args, offset);
      if (callable instanceof Allowed && callable.name.endsWith('Tensor') && args.length === 0) {
        return new OldTensor(callable.name);
      }
      if (callable === rebuildParameter) {
        if (!isTensorRef(args[0])) corrupt(offset, '_rebuild_parameter without a tensor');
        return args[0];
      }
      return corrupt(offset, 'REDUCE of something that cannot be called');
    },
    build(obj, state, offset) {
      // OrderedDict's state is its `_metadata` attribute (per-module versions, and the training
      // lab's spec): kept beside the dict, as data.
      if (obj instanceof Map) {
        const metadata = state instanceof Map ? state.get('_metadata') : undefined;
        if (metadata instanceof Map) metadataOfDict.set(obj, metadata);
        return obj;
      }
      if (isTensorRef(obj)) return obj;
      if (obj instanceof OldTensor && Array.isArray(state)) return tensorRef(state, offset);
      return corrupt(offset, 'BUILD of an object that is not a dict or a tensor');
    },
    persistentLoad(pid, offset) {
      // ('storage', StorageType, key, location, numel[, view_metadata])
      if (!Array.isArray(pid) || pid[0] !== 'storage' || !(pid[1] instanceof StorageType)) {
        return corrupt(offset, 'persistent id that is not a storage');
      }
      const [, type, key, , numel, view] = pid as [string, StorageType, unknown, unknown, unknown, unknown];
      if (typeof key !== 'string' || typeof numel !== 'number') return corrupt(offset, 'storage id');
      if (view !== undefined && view !== null) return corrupt(offset, 'storage view (torch < 0.4): re-save the file');
      return storage(key, type, numel, offset);
    },
  };
}

function tensorRef(args: unknown[], offset: number): TensorRef {
  const [storage, storageOffset, shape, stride] = args;
  const ints = (v: unknown): v is number[] => Array.isArray(v) && v.every((x) => Number.isInteger(x) && x >= 0);
  if (typeof storage !== 'object' || storage === null || !('numel' in storage)) corrupt(offset, 'tensor storage');
  if (typeof storageOffset !== 'number' || !ints(shape) || !ints(stride) || shape.length !== stride.length) {
    return corrupt(offset, 'tensor size or stride');
  }
  return { storage: storage as Storage, offset: storageOffset, shape, stride };
}

function corrupt(offset: number, what: string): never {
  throw new WeightsError('corrupt', { offset, what });
}
