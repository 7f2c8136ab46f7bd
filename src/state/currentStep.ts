/**
 * The step the link names, found in the network's step list: a bad `#layer=` opens on the input
 * step (the first layer), as the default does, and says so.
 */
import type { Analysis, LayerInfo } from '../core/analyze';
import { type WalkStep, firstLayerStep, stepIndexOf, walkSteps } from '../content/steps';

export interface CurrentStep {
  readonly steps: readonly WalkStep[];
  readonly index: number;
  readonly step: WalkStep | undefined;
  /** The current layer; undefined on a pipeline step (no maps, no engine pictures). */
  readonly info: LayerInfo | undefined;
  /** The link named a step this network does not have. */
  readonly missing: boolean;
}

export function currentStep(analysis: Analysis, layer: string): CurrentStep {
  const steps = walkSteps(analysis);
  const found = stepIndexOf(steps, layer);
  const index = found < 0 ? firstLayerStep(steps) : found;
  const step = steps[index];
  return { steps, index, step, info: step?.kind === 'layer' ? step.info : undefined, missing: found < 0 };
}
