/**
 * The page's weights (useWeights) for the components deep in the walkthrough that show them:
 * the badge and toggle on every step, conv1's notes, the top-5. Absent: random weights only.
 */
import { createContext, useContext } from 'react';
import type { PreprocessPreset } from '../../core/weights/types';
import type { WeightsView } from './useWeights';

/** The weights view and the seed of the random weights. */
export interface WeightsContextValue {
  readonly view: WeightsView;
  readonly seed: number;
  /** Groups of the network's second convolution: 2 means conv1's filters fed two GPUs (paper, BVLC). */
  readonly gpuHalves: number;
}

export const WeightsContext = createContext<WeightsContextValue | null>(null);

/** The weights view, or null outside a provider (then everything is random). */
export function useWeightsContext(): WeightsContextValue | null {
  return useContext(WeightsContext);
}

/** True when the network on screen runs imported weights. */
export function useTrainedNow(): boolean {
  const w = useWeightsContext();
  return Boolean(w?.view.summary && w.view.trained);
}

/** The preprocessing of the imported network (also while its random twin is shown), if any. */
export function usePresetNow(): PreprocessPreset | undefined {
  const w = useWeightsContext();
  return w?.view.summary ? w.view.preset : undefined;
}
