/**
 * The first look at a weight file still arriving (importer.ts's FirstLook): its first conv
 * layer's kernels, and that layer's maps for the image on the page, run on the backend already
 * in use with tensors made and freed here (the network on screen is not touched). The file is
 * a torchvision-shaped checkpoint (only those are followed as they arrive), so the input is
 * torchvision's: its preset at its input size.
 */
import type { TensorData } from '../../core/tensorData';
import { torchvision } from '../../core/variants';
import type { ImportedLayer } from '../../core/weights/types';
import type { Engine } from '../engine';
import type { ImportPreview, ImportResponse } from './messages';

interface Deps {
  /** The engine, once tfjs and a backend are up (undefined before: kernels only). */
  readonly engine: () => Engine | undefined;
  /** The image on the page, normalised for torchvision at `size`, and its key. */
  readonly input: (size: number) => { readonly key: string; readonly data: TensorData } | undefined;
  readonly post: (message: ImportResponse, transfer: Transferable[]) => void;
}

/** Sends `import-preview` for request `id`; never throws (the whole file's answer is what counts). */
export async function sendFirstLook(id: number, layer: ImportedLayer, at: number, total: number, deps: Deps) {
  const first = torchvision.layers[0];
  const kernelShape = conv1Shape(layer);
  let maps: ImportPreview['maps'];
  const engine = deps.engine();
  const input = first?.kind === 'input' ? deps.input(first.size) : undefined;
  if (engine && input) {
    try {
      const values = new Map([[layer.layerId, { weights: layer.weights, bias: layer.bias }]]);
      const out = await engine.preview(torchvision, values, input.data);
      const data = out.find(([layerId]) => layerId === layer.layerId)?.[1];
      if (data) maps = { imageKey: input.key, data };
    } catch {
      // No maps then: the kernels alone still show what the layer learned.
    }
  }
  const kernel = { shape: kernelShape, data: layer.weights };
  const preview: ImportPreview = { layerId: layer.layerId, kernel, at, total, ...(maps ? { maps } : {}) };
  const transfer: Transferable[] = [layer.weights.buffer as ArrayBuffer];
  if (maps) transfer.push(maps.data.data.buffer as ArrayBuffer);
  deps.post({ type: 'import-preview', id, preview }, transfer);
}

/** torchvision's conv1 in the engine layout: [11, 11, 3, 64]. */
function conv1Shape(layer: ImportedLayer): number[] {
  const spec = torchvision.layers.find((l) => l.id === layer.layerId);
  if (spec?.kind !== 'conv') throw new Error(`${layer.layerId} is not a conv layer`);
  const filters = spec.filters;
  const k = spec.kernel;
  return [k, k, layer.weights.length / (k * k * filters), filters];
}
