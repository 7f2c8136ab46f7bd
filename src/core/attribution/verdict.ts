/**
 * What a cascading-randomisation check says, in one sentence's worth of data. Adebayo et al.
 * judge by eye and by rank correlation; the app draws the line at ρ = 0.5 (stated on screen):
 * - 'changes': the map's rank correlation with the original falls below the line as soon as
 *   the top layer is randomised: the method depends on what the network learned up there;
 * - 'similar': the maps stay at or above the line while layers from the top down to `layerId`
 *   are randomised: the method shows the image more than the learned weights.
 * A flat map (ρ undefined) counts as changed: nothing of the original order is left.
 */
import type { SanityStep } from './types';

export interface SanityVerdict {
  readonly kind: 'similar' | 'changes';
  /** 'changes': the layer whose randomisation changed the map; 'similar': the deepest layer randomised with the map still alike. */
  readonly layerId: string;
}

export const similarRho = 0.5;

export function sanityVerdict(steps: readonly SanityStep[], threshold = similarRho): SanityVerdict | undefined {
  const first = steps[0];
  if (!first) return undefined;
  const alike = (s: SanityStep) => Number.isFinite(s.rho) && s.rho >= threshold;
  if (!alike(first)) return { kind: 'changes', layerId: first.randomised.at(-1) ?? '' };
  let last = first;
  for (const s of steps) {
    if (!alike(s)) break;
    last = s;
  }
  return { kind: 'similar', layerId: last.randomised.at(-1) ?? '' };
}
