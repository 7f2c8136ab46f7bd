/**
 * A build's weights taken from the imported network (imported.ts) instead of the seed: from the
 * worker's memory right after an import (the same Float32Arrays the reader produced, no copy),
 * or read back layer by layer from what is kept on this device; with an `uploading` progress
 * message per layer.
 */
import type { LayerValues } from '../engine';
import type { WeightSpec } from '../weights';
import { importedLayer, importedSummary } from './imported';
import type { ImportResponse, TrainedWeights } from './messages';

/** Each layer of `needed`, in turn, checked against the spec's sizes. */
export interface TrainedLayers {
  layer(layerId: string): Promise<LayerValues>;
}

/**
 * The imported network's layers for `needed`; throws at once when it is not this worker's.
 * `into`: where a layer read back from storage goes (weightPool.ts's Alloc: native dense memory).
 */
export function trainedLayers(
  weights: TrainedWeights,
  needed: readonly WeightSpec[],
  into?: (w: WeightSpec) => Float32Array,
): TrainedLayers {
  if (!importedSummary(weights.sha256)) {
    throw new Error(`imported weights ${weights.sha256.slice(0, 8)} are not in this worker`);
  }
  const byId = new Map(needed.map((w) => [w.layerId, w]));
  return {
    async layer(layerId) {
      const w = byId.get(layerId);
      const values = await importedLayer(weights.sha256, layerId, w && into ? () => into(w) : undefined);
      if (!w || values.weights.length !== w.count || values.bias.length !== w.biases) {
        throw new Error(
          `${layerId}: ${values.weights.length} weights, ${values.bias.length} biases; the spec needs ${w?.count}, ${w?.biases}`,
        );
      }
      return values;
    },
  };
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
