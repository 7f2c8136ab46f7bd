/**
 * The training lab's network as a PyTorch state_dict, both ways. Names are the spec's layer
 * ids (`conv1.weight` [16, 1, 5, 5], …, `fc5.bias` [10]): the state_dict of an nn.Sequential
 * whose modules are named after them. What the names and shapes cannot say (ReLU or tanh, LRN,
 * 3/2 or 2/2 pooling, dropout) travels as the spec's JSON in the state_dict's own `_metadata`
 * (PyTorch's per-module metadata: key `alexnet_lab_spec` of the root module), which PyTorch
 * keeps through torch.load, load_state_dict and torch.save.
 */
import { labArchitecture, labSpec, labWeighted } from '../lab/network';
import { paperSwitches } from '../lab/settings';
import type { NetworkSpec } from '../spec';
import { readLayer } from '../editor/schema';
import { expectedLayers } from './expected';
import { specLayers } from './stateDict';
import type { StateDict } from './torchFile';
import { denseToTorch, convToTorch } from './toTorch';
import { type MetaValue, type TorchTensor, writeTorchZip } from './pthWriter';
import { type ImportedLayer, WeightsError } from './types';

/** The `_metadata` key that holds the spec. */
export const labSpecKey = 'alexnet_lab_spec';

/** `layers` (the engine's layout) as PyTorch tensors, in spec order: weight then bias. */
export function labTorchTensors(spec: NetworkSpec, layers: readonly ImportedLayer[]): TorchTensor[] {
  const out: TorchTensor[] = [];
  for (const e of expectedLayers(spec)) {
    const l = layers.find((x) => x.layerId === e.layerId);
    if (!l) throw new Error(`no values for ${e.layerId}`);
    const [o = 0, i = 0, kh = 1, kw = 1] = e.weightShape;
    const w = e.kind === 'conv' ? convToTorch(l.weights, o, i, kh, kw) : denseToTorch(l.weights, o, i, e.from);
    out.push({ name: `${e.layerId}.weight`, shape: e.weightShape, data: w });
    out.push({ name: `${e.layerId}.bias`, shape: [e.biasLength], data: l.bias });
  }
  return out;
}

/** True when the dict's names are exactly the lab network's (whatever their shapes). */
export function isLabDict(dict: StateDict): boolean {
  const names = labWeighted.flatMap((id) => [`${id}.weight`, `${id}.bias`]);
  return dict.size === names.length && names.every((n) => dict.has(n));
}

/**
 * The spec a lab state_dict describes: its `_metadata` spec when that is a lab network
 * (checked layer by layer with the editor's schema), else the paper's switches (ReLU, LRN,
 * overlapping pooling, dropout 0.5).
 */
export function labSpecOf(metadata: unknown): NetworkSpec {
  const text = metadata instanceof Map ? metadata.get(labSpecKey) : undefined;
  if (typeof text !== 'string') return labSpec(paperSwitches);
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new WeightsError('badGraph', { node: labSpecKey, reason: 'not JSON' });
  }
  const list = typeof raw === 'object' && raw !== null && 'layers' in raw ? raw.layers : undefined;
  if (!Array.isArray(list)) throw new WeightsError('badGraph', { node: labSpecKey, reason: 'no layers' });
  const layers = list.map((l: unknown, i) => {
    const read = readLayer(l);
    if (!('layer' in read)) throw new WeightsError('badGraph', { node: `${labSpecKey}[${i}]`, reason: read.field });
    return read.layer;
  });
  const arch = labArchitecture({ id: 'lab', name: labSpec(paperSwitches).name, layers });
  if (!arch) throw new WeightsError('badGraph', { node: labSpecKey, reason: 'not a lab network' });
  return labSpec(arch);
}

/** Reads a lab state_dict: its spec (from `_metadata`) and its layers in the engine's layout. */
export function labLayers(
  dict: StateDict,
  metadata: unknown,
  onLayer?: (layer: ImportedLayer, spec: NetworkSpec) => void,
  onChecked?: (done: number, total: number) => void,
): { spec: NetworkSpec; layers: ImportedLayer[] } {
  const spec = labSpecOf(metadata);
  return { spec, layers: specLayers(dict, spec, (id) => id, onLayer, onChecked) };
}

/**
 * The lab network as a .pth file (torch zip format) that torch.load and this app's reader both
 * take: its tensors under the spec's layer ids, the spec in the root module's `_metadata`.
 */
export function writeLabPth(spec: NetworkSpec, layers: readonly ImportedLayer[]): Uint8Array {
  const root = new Map<string, MetaValue>([
    ['version', 1],
    [labSpecKey, JSON.stringify({ id: spec.id, name: spec.name, layers: spec.layers })],
  ]);
  return writeTorchZip(labTorchTensors(spec, layers), new Map([['', root]]), 'lab');
}
