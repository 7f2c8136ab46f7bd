/**
 * The networks the exported code is checked on: the four built-in variants and three edited
 * ones, each made with the editor's own operations (grouped, ceil pooling, a new input size).
 */
import { setField, addLayer, removeLayer } from '../../../src/core/editor/edits';
import { editedSpec } from '../../../src/core/editor/network';
import type { LayerSpec, NetworkSpec } from '../../../src/core/spec';
import { variants } from '../../../src/core/variants';

const at = (layers: readonly LayerSpec[], id: string) => layers.findIndex((l) => l.id === id);
const set = (layers: LayerSpec[], id: string, field: string, value: number | string) =>
  setField(layers, at(layers, id), field, value);

/** conv3 split into 4 groups (256 → 4 × 64 channels) and conv5 into 2. */
function grouped(): NetworkSpec {
  let l = [...variants.seed.layers];
  l = set(l, 'conv3', 'groups', 4);
  l = set(l, 'conv5', 'groups', 2);
  return editedSpec('seed', l);
}

/** pool1 2×2/2 rounding up: 55 → 28; pool2 and pool5 round up too: 28 → 14, 14 → 7. */
function ceilPooling(): NetworkSpec {
  let l = [...variants.seed.layers];
  l = set(l, 'pool1', 'size', 2);
  for (const id of ['pool1', 'pool2', 'pool5']) l = set(l, id, 'rounding', 'ceil');
  return editedSpec('seed', l);
}

/** A 195×195 input (47, 23, 11, 5 → a 6,400-long flatten), an LRN added in Caffe's α/n convention, drop6 removed. */
function smallerInput(): NetworkSpec {
  let l = [...variants.seed.layers];
  l = set(l, 'input', 'size', 195);
  l = addLayer(l, at(l, 'relu1'), 'lrn');
  l = set(l, 'norm1', 'alphaConvention', 'divided-by-n');
  l = removeLayer(l, at(l, 'drop6'));
  return editedSpec('seed', l);
}

/** Name → spec, every one of which core accepts. */
export const checkedNetworks: ReadonlyArray<readonly [string, NetworkSpec]> = [
  ...Object.entries(variants),
  ['edited-grouped', grouped()],
  ['edited-ceil', ceilPooling()],
  ['edited-input195', smallerInput()],
];
