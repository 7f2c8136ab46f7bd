/**
 * The editor's operations on a draft list of layers: change a field, add, remove, move. Pure:
 * each returns a new list and leaves its argument alone. A draft may hold values that do not
 * work yet (a half-typed number is NaN); problems.ts says what is wrong and where.
 */
import type { LayerKind, LayerSpec } from '../spec';
import { defaultLayer } from './schema';

/** Prefix of new layer ids, after Caffe's names: a conv after conv5 becomes conv6. */
const idPrefix: { readonly [K in LayerKind]: string } = {
  input: 'input',
  conv: 'conv',
  relu: 'relu',
  tanh: 'tanh',
  lrn: 'norm',
  maxpool: 'pool',
  adaptiveavgpool: 'avgpool',
  flatten: 'flatten',
  dense: 'fc',
  dropout: 'drop',
  softmax: 'softmax',
};

/** An id for a new layer of `kind` that no layer uses yet. */
export function freshId(layers: readonly LayerSpec[], kind: LayerKind): string {
  const used = new Set(layers.map((l) => l.id));
  for (let n = 1; ; n++) {
    const id = `${idPrefix[kind]}${n}`;
    if (!used.has(id)) return id;
  }
}

/** Sets one field of layer `index` (a number, or an enum's word). */
export function setField(
  layers: readonly LayerSpec[],
  index: number,
  field: string,
  value: number | string,
): LayerSpec[] {
  return layers.map((l, i) => (i === index ? ({ ...l, [field]: value } as LayerSpec) : l));
}

/** Inserts a new layer of `kind` after `index` (after the input at the earliest). */
export function addLayer(layers: readonly LayerSpec[], index: number, kind: LayerKind): LayerSpec[] {
  const at = Math.max(1, Math.min(layers.length, index + 1));
  const added = defaultLayer(kind, freshId(layers, kind));
  return [...layers.slice(0, at), added, ...layers.slice(at)];
}

/** Removes layer `index`; the input layer stays. */
export function removeLayer(layers: readonly LayerSpec[], index: number): LayerSpec[] {
  if (index <= 0 || index >= layers.length) return [...layers];
  return layers.filter((_, i) => i !== index);
}

/** Whether layer `index` can move by `delta` (±1): never the input, never above it. */
export function canMove(layers: readonly LayerSpec[], index: number, delta: number): boolean {
  const to = index + delta;
  return index > 0 && to > 0 && to < layers.length;
}

/** Swaps layer `index` with its neighbour `index + delta`. */
export function moveLayer(layers: readonly LayerSpec[], index: number, delta: number): LayerSpec[] {
  const out = [...layers];
  if (!canMove(layers, index, delta)) return out;
  const a = out[index];
  const b = out[index + delta];
  if (a === undefined || b === undefined) return out;
  out[index] = b;
  out[index + delta] = a;
  return out;
}
