/**
 * The network the page shows: an imported one when a file is in (its own spec, so every number
 * of the walkthrough is computed for it), else the chosen built-in variant. Also what the
 * engine builds with and what the walkthrough's components read from the weights context.
 * (Another editor may supply a custom spec later: this is the one place that decides.)
 */
import { useMemo } from 'react';
import { denormalize } from '../../core/preprocess';
import { presetDenormalize } from '../../core/presetPreprocess';
import type { NetworkSpec } from '../../core/spec';
import type { RgbaImage, TensorData } from '../../core/tensorData';
import type { PreprocessPreset } from '../../core/weights/types';
import { type VariantId, variants } from '../../core/variants';
import type { EngineWeights } from './engineWeights';
import type { WeightsView } from './useWeights';
import type { WeightsContextValue } from './WeightsContext';

/** The spec in use, the engine's weights argument and the context value. */
export interface CurrentNetwork {
  readonly spec: NetworkSpec;
  readonly engineWeights?: EngineWeights;
  readonly context: WeightsContextValue;
  /** The imported network's preprocessing, if a file is in. */
  readonly preset?: PreprocessPreset;
}

/** The crop the model saw, back from its input, under the preprocessing that made it. */
export function denormalizeFor(input: TensorData, preset: PreprocessPreset | undefined): RgbaImage {
  return preset ? presetDenormalize(input, preset) : denormalize(input);
}

/** `edited`: a network from the editor; it runs on seeded random weights, imported ones set aside. */
export function useNetwork(
  variant: VariantId,
  seed: number,
  imported: WeightsView,
  edited?: NetworkSpec,
): CurrentNetwork {
  const weights = useMemo<WeightsView>(
    () => (edited ? { ...imported, summary: undefined } : imported),
    [edited, imported],
  );
  const { summary, trained, preset, onUploadProgress } = weights;
  const spec = edited ?? summary?.spec ?? variants[variant];
  const sha = summary && trained ? summary.sha256 : null;
  const engineWeights = useMemo<EngineWeights | undefined>(
    () => (summary ? { sha256: sha, preset, onProgress: onUploadProgress } : undefined),
    [summary, sha, preset, onUploadProgress],
  );
  const gpuHalves = useMemo(() => spec.layers.filter((l) => l.kind === 'conv')[1]?.groups ?? 1, [spec]);
  const context = useMemo(() => ({ view: weights, seed, gpuHalves }), [weights, seed, gpuHalves]);
  return { spec, engineWeights, context, ...(summary ? { preset } : {}) };
}
