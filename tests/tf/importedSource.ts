/**
 * Test helper: a WeightSource that hands the engine an imported file's layers (core/weights)
 * instead of generating He-normal ones; each layer must match what the spec needs, value for
 * value. The app's worker hands imported values to the engine itself (tf/worker.ts,
 * trainedValues); only tests use this.
 */
import type { ImportedLayer } from '../../src/core/weights/types';
import type { LayerValues, WeightSource } from '../../src/tf/engine';

/** Source for Engine.build: build(net.spec, seed, { source: importedSource(net.layers), sourceKey: net.sha256 }). */
export function importedSource(layers: readonly ImportedLayer[]): WeightSource {
  const byId = new Map(layers.map((l) => [l.layerId, l]));
  return (w): LayerValues => {
    const layer = byId.get(w.layerId);
    if (!layer) throw new Error(`imported weights have no layer ${w.layerId}`);
    if (layer.weights.length !== w.count || layer.bias.length !== w.biases) {
      throw new Error(
        `imported ${w.layerId}: ${layer.weights.length} weights and ${layer.bias.length} biases, expected ${w.count} and ${w.biases}`,
      );
    }
    return { weights: layer.weights, bias: layer.bias };
  };
}
