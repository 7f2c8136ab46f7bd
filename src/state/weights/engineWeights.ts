/**
 * What useEngine needs to know about imported weights, and how it turns into a build request:
 * an imported network is cached in the engine under a seed derived from its hash, so that
 * toggling random ↔ trained rebuilds only what changed.
 */
import type { PreprocessPreset } from '../../core/weights/types';
import type { ImportProgress } from '../../tf/client';
import { type TrainedWeights, importSeed } from '../../tf/weights/messages';

/** The engine's weights when a file is imported: which (null = random from the seed), and the input's preprocessing. */
export interface EngineWeights {
  readonly sha256: string | null;
  readonly preset: PreprocessPreset;
  readonly onProgress?: (p: ImportProgress) => void;
}

/** Build and forward arguments; `trained` keeps its identity for the same hash (an effect dependency). */
export function weightsArgs(
  w: EngineWeights | undefined,
  seed: number,
): {
  buildSeed: number;
  trained?: TrainedWeights;
  preset?: PreprocessPreset;
  onProgress?: (p: ImportProgress) => void;
} {
  if (!w) return { buildSeed: seed };
  if (!w.sha256) return { buildSeed: seed, preset: w.preset };
  return { buildSeed: importSeed(w.sha256), trained: trainedFor(w.sha256), preset: w.preset, onProgress: w.onProgress };
}

let last: TrainedWeights | undefined;
function trainedFor(sha256: string): TrainedWeights {
  if (last?.sha256 !== sha256) last = { sha256 };
  return last;
}
