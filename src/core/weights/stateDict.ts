/**
 * A PyTorch state_dict checked against torchvision's AlexNet (or another spec, such as the
 * training lab's network) and turned into the engine's layers. Every name, shape and dtype is checked before any value is read; then each tensor's
 * values are checked to be finite and laid out for the engine (the one copy of each layer).
 */
import type { NetworkSpec } from '../spec';
import { torchvision } from '../variants';
import { type ExpectedLayer, expectedLayers, shapeText } from './expected';
import { checkFinite, contiguous, extent, floatsOf, isFloatDtype } from './floats';
import { convToEngine, denseToEngine } from './layout';
import type { StateDict } from './torchFile';
import type { TensorRef } from './torchPickle';
import { type ImportedLayer, WeightsError } from './types';

/** torchvision.models.alexnet's module names for the spec's layer ids. */
export const torchvisionNames: Readonly<Record<string, string>> = {
  conv1: 'features.0',
  conv2: 'features.3',
  conv3: 'features.6',
  conv4: 'features.8',
  conv5: 'features.10',
  fc6: 'classifier.1',
  fc7: 'classifier.4',
  fc8: 'classifier.6',
};

/** How many misfits a wrongNetwork refusal lists. */
const listed = 5;

/**
 * Checks `dict` against torchvision's AlexNet and converts it. Refuses wrongNetwork (names
 * that do not fit, listed), badShape, badDtype, corrupt (a tensor reaching past its storage)
 * and nonFinite (tensor and index). `onLayer` gets each layer as soon as it is ready.
 */
export function torchvisionLayers(
  dict: StateDict,
  onLayer?: (layer: ImportedLayer, spec: NetworkSpec) => void,
  onChecked?: (done: number, total: number) => void,
): ImportedLayer[] {
  return specLayers(dict, torchvision, torchvisionName, onLayer, onChecked);
}

/** A layer id's module name in torchvision's AlexNet ('conv2' → 'features.3'). */
const torchvisionName = (id: string) => torchvisionNames[id] ?? id;

/**
 * Checks `dict` against the weighted layers of `spec`, whose tensors are named
 * `${nameOf(layerId)}.weight` and `.bias`, and converts it (see torchvisionLayers).
 */
export function specLayers(
  dict: StateDict,
  spec: NetworkSpec,
  nameOf: (layerId: string) => string,
  onLayer?: (layer: ImportedLayer, spec: NetworkSpec) => void,
  onChecked?: (done: number, total: number) => void,
): ImportedLayer[] {
  const expected = checkSpecDict(dict, spec, nameOf);
  const total = expected.reduce((n, e) => n + e.weightShape.reduce((a, b) => a * b, 1) + e.biasLength, 0);
  const layers: ImportedLayer[] = [];
  let done = 0;
  for (const e of expected) {
    const layer = specLayer(dict, e, nameOf(e.layerId));
    layers.push(layer);
    onLayer?.(layer, spec);
    done += layer.weights.length + layer.bias.length;
    onChecked?.(done, total);
  }
  return layers;
}

/**
 * Checks every name, shape and dtype of `dict` against torchvision's AlexNet before any value
 * is read (values may not have arrived yet); returns the layers expected, in spec order.
 */
export function checkTorchvisionDict(dict: StateDict): ExpectedLayer[] {
  return checkSpecDict(dict, torchvision, torchvisionName);
}

function checkSpecDict(dict: StateDict, spec: NetworkSpec, nameOf: (layerId: string) => string): ExpectedLayer[] {
  const expected = expectedLayers(spec);
  checkNames(dict, expected, nameOf);
  for (const e of expected) {
    const base = nameOf(e.layerId);
    checkTensor(`${base}.weight`, tensor(dict, `${base}.weight`), e.weightShape);
    checkTensor(`${base}.bias`, tensor(dict, `${base}.bias`), [e.biasLength]);
  }
  return expected;
}

/** True once both of the layer's tensors have their bytes (a file still arriving). */
export function layerArrived(dict: StateDict, e: ExpectedLayer): boolean {
  const base = torchvisionName(e.layerId);
  return [`${base}.weight`, `${base}.bias`].every((n) => dict.get(n)?.storage.bytes !== undefined);
}

/** One checked layer of `dict` (see checkTorchvisionDict) in the engine's layout, values checked finite. */
export function torchvisionLayer(dict: StateDict, e: ExpectedLayer): ImportedLayer {
  return specLayer(dict, e, torchvisionName(e.layerId));
}

function specLayer(dict: StateDict, e: ExpectedLayer, base: string): ImportedLayer {
  const w = values(`${base}.weight`, tensor(dict, `${base}.weight`));
  const [o = 0, i = 0, kh = 1, kw = 1] = e.weightShape;
  const weights = e.kind === 'conv' ? convToEngine(w, o, i, kh, kw) : denseToEngine(w, o, i, e.from);
  // slice(): the bias must not keep the whole file alive (or be cloned with it to a worker).
  const bias = values(`${base}.bias`, tensor(dict, `${base}.bias`)).slice();
  return { layerId: e.layerId, weights, bias };
}

function checkNames(dict: StateDict, expected: readonly ExpectedLayer[], nameOf: (id: string) => string): void {
  const wanted = new Set<string>();
  for (const e of expected) {
    const base = nameOf(e.layerId);
    wanted.add(`${base}.weight`).add(`${base}.bias`);
  }
  const unexpected = [...dict].filter(([name]) => !wanted.has(name));
  const missing = [...wanted].filter((name) => !dict.has(name));
  if (unexpected.length === 0 && missing.length === 0) return;
  throw new WeightsError('wrongNetwork', {
    unexpected: unexpected
      .slice(0, listed)
      .map(([name, t]) => `${name} (${shapeText(t.shape)})`)
      .join(', '),
    missing: missing.slice(0, listed).join(', '),
    unexpectedCount: unexpected.length,
    missingCount: missing.length,
  });
}

function tensor(dict: StateDict, name: string): TensorRef {
  const t = dict.get(name);
  if (!t)
    throw new WeightsError('wrongNetwork', { unexpected: '', missing: name, unexpectedCount: 0, missingCount: 1 });
  return t;
}

function checkTensor(name: string, t: TensorRef, shape: readonly number[]): void {
  if (t.shape.length !== shape.length || t.shape.some((s, i) => s !== shape[i])) {
    throw new WeightsError('badShape', { tensor: name, expected: shapeText(shape), got: shapeText(t.shape) });
  }
  if (!isFloatDtype(t.storage.dtype)) throw new WeightsError('badDtype', { tensor: name, dtype: t.storage.dtype });
  if (extent(t.offset, t.shape, t.stride) > t.storage.numel) {
    throw new WeightsError('corrupt', {
      offset: t.storage.bytes?.byteOffset ?? 0,
      what: `${name} reaches past its storage`,
    });
  }
}

/** A tensor's values, contiguous float32, checked finite. */
function values(name: string, t: TensorRef): Float32Array {
  const { storage } = t;
  if (!storage.bytes || !isFloatDtype(storage.dtype))
    throw new WeightsError('corrupt', { offset: 0, what: `${name} has no data` });
  const n = extent(t.offset, t.shape, t.stride);
  // Only the part of the storage this tensor uses is converted (storages can be shared).
  const first = t.offset * storage.elementSize;
  const bytes = storage.bytes.subarray(first, n * storage.elementSize);
  const v = contiguous(floatsOf(bytes, storage.dtype, n - t.offset), 0, t.shape, t.stride);
  checkFinite(v, name);
  return v;
}
