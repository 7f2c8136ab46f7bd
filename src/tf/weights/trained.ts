/**
 * A build's weights taken from the imported network the worker keeps (importer.ts) instead of
 * the seed: the same Float32Arrays the reader produced, handed to the engine as they are (no
 * copy), with an `uploading` progress message per layer.
 */
import type { ImportResponse, TrainedWeights } from './messages';
import { importedNetwork } from './importer';
import type { LayerValues } from '../engine';
import type { WeightSpec } from '../weights';

/** Values per layer id for `needed`, or an error naming what does not fit the spec. */
export function trainedValues(weights: TrainedWeights, needed: readonly WeightSpec[]): Map<string, LayerValues> {
  const net = importedNetwork(weights.sha256);
  if (!net) throw new Error(`imported weights ${weights.sha256.slice(0, 8)} are not in this worker`);
  const byId = new Map(net.layers.map((l) => [l.layerId, l]));
  const out = new Map<string, LayerValues>();
  for (const w of needed) {
    const layer = byId.get(w.layerId);
    if (!layer) throw new Error(`imported weights have no layer ${w.layerId}`);
    if (layer.weights.length !== w.count || layer.bias.length !== w.biases) {
      throw new Error(
        `${w.layerId}: ${layer.weights.length} weights, ${layer.bias.length} biases; the spec needs ${w.count}, ${w.biases}`,
      );
    }
    out.set(w.layerId, { weights: layer.weights, bias: layer.bias });
  }
  return out;
}

/** Reports bytes on the device as the engine takes each layer (stage `uploading`). */
export function uploadProgress(
  id: number,
  needed: readonly WeightSpec[],
  post: (m: ImportResponse) => void,
): (layerId: string) => void {
  const total = needed.reduce((s, w) => s + (w.count + w.biases) * 4, 0);
  let done = 0;
  return (layerId) => {
    const w = needed.find((n) => n.layerId === layerId);
    done += w ? (w.count + w.biases) * 4 : 0;
    post({ type: 'import-progress', id, stage: 'uploading', done, total });
  };
}
