/**
 * The network the page shows, as the chooser names it: a built-in variant, the imported file's
 * network (its own spec, so every number of the walkthrough is computed for it) or the edited
 * network of the link. Also what the engine builds with, and what the walkthrough's components
 * read from the weights context. The one place that decides which network is on screen.
 */
import { useMemo } from 'react';
import { denormalize } from '../../core/preprocess';
import { presetDenormalize } from '../../core/presetPreprocess';
import type { NetworkSpec } from '../../core/spec';
import type { RgbaImage, TensorData } from '../../core/tensorData';
import type { PreprocessPreset } from '../../core/weights/types';
import { type VariantId, isVariantId, variants } from '../../core/variants';
import type { NetworkChoice } from '../viewState';
import type { EngineWeights } from '../weights/engineWeights';
import type { WeightsView } from '../weights/useWeights';
import type { WeightsContextValue } from '../weights/WeightsContext';
import type { EditedNetworkHandle } from './useEditedNetwork';

/** An entry of the network chooser. */
export type ChooserEntry =
  | { readonly choice: VariantId }
  | { readonly choice: 'imported'; readonly fileName: string; readonly restoring: boolean }
  | { readonly choice: 'edited'; readonly base: VariantId };

/** Why the network asked for is not the one shown: nothing imported, or no usable edited network. */
export type NetworkFallback = 'noImported' | 'noEdited';

/** The spec in use, the engine's weights argument and the context value. */
export interface CurrentNetwork {
  /** What is on screen (the chooser's value): the choice asked for, or the variant it fell back to. */
  readonly choice: NetworkChoice;
  readonly spec: NetworkSpec;
  /** The variant it comes from: the edited network's base, torchvision's for a file, the variant itself. */
  readonly base: VariantId;
  readonly engineWeights?: EngineWeights;
  readonly context: WeightsContextValue;
  /** The imported network's preprocessing, if the imported network is shown. */
  readonly preset?: PreprocessPreset;
  /** Set when the link asked for a network that is not here (the notice says which and why). */
  readonly fallback?: NetworkFallback;
  /** The chooser's entries: the four variants, then the imported and edited networks when they exist. */
  readonly entries: readonly ChooserEntry[];
}

/** The crop the model saw, back from its input, under the preprocessing that made it. */
export function denormalizeFor(input: TensorData, preset: PreprocessPreset | undefined): RgbaImage {
  return preset ? presetDenormalize(input, preset) : denormalize(input);
}

const variantEntries: readonly ChooserEntry[] = Object.keys(variants)
  .filter(isVariantId)
  .map((choice) => ({ choice }));

/** The variant shown while an imported network is asked for but not in yet (or not here). */
const importBase: VariantId = 'torchvision';

export function useNetwork(
  choice: NetworkChoice,
  seed: number,
  imported: WeightsView,
  edited: EditedNetworkHandle,
  /** The variant to show when the edited network asked for cannot be used (seed by default). */
  editedFallback: VariantId = 'seed',
): CurrentNetwork {
  const { summary, trained, preset, onUploadProgress, kept, restoring } = imported;
  const editedNet = edited.network;
  const showImported = choice === 'imported' && summary !== undefined;
  const showEdited = choice === 'edited' && editedNet !== undefined;
  const fallback: NetworkFallback | undefined =
    choice === 'imported' && !summary && !restoring && imported.progress.get() === undefined
      ? 'noImported'
      : choice === 'edited' && !editedNet
        ? 'noEdited'
        : undefined;
  const base: VariantId = showEdited
    ? editedNet.base
    : isVariantId(choice)
      ? choice
      : choice === 'edited'
        ? (edited.last?.network.base ?? editedFallback)
        : choice === 'imported'
          ? importBase
          : 'seed';
  const spec = showEdited ? editedNet.spec : showImported ? summary.spec : variants[base];
  const onScreen: NetworkChoice = showEdited
    ? 'edited'
    : showImported
      ? 'imported'
      : isVariantId(choice)
        ? choice
        : base;
  // While the imported network is asked for but still arriving, the chooser keeps naming it.
  const shown: NetworkChoice = choice === 'imported' && (restoring || summary) ? 'imported' : onScreen;

  const weights = useMemo<WeightsView>(
    () => (showImported ? imported : { ...imported, summary: undefined }),
    [showImported, imported],
  );
  const sha = showImported && trained ? summary.sha256 : null;
  const engineWeights = useMemo<EngineWeights | undefined>(
    () => (showImported ? { sha256: sha, preset, onProgress: onUploadProgress } : undefined),
    [showImported, sha, preset, onUploadProgress],
  );
  const gpuHalves = useMemo(() => spec.layers.filter((l) => l.kind === 'conv')[1]?.groups ?? 1, [spec]);
  const context = useMemo(() => ({ view: weights, seed, gpuHalves }), [weights, seed, gpuHalves]);

  const keptName = summary?.fileName ?? (kept.kind === 'kept' ? kept.fileName : undefined);
  const lastBase = edited.last?.network.base;
  const entries = useMemo<ChooserEntry[]>(
    () => [
      ...variantEntries,
      ...(keptName !== undefined ? [{ choice: 'imported' as const, fileName: keptName, restoring }] : []),
      ...(lastBase !== undefined ? [{ choice: 'edited' as const, base: lastBase }] : []),
    ],
    [keptName, restoring, lastBase],
  );
  return {
    choice: shown,
    spec,
    base,
    engineWeights,
    context,
    entries,
    ...(showImported ? { preset } : {}),
    ...(fallback ? { fallback } : {}),
  };
}
