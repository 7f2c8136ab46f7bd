/**
 * The random/trained line of a slide, in words: "Random weights (seed 42), not trained" or
 * "Trained weights: the official torchvision weights (…)". The slide on screen and the PNG
 * slide (from the page or from the slide bar) carry it on every step, pipeline steps included:
 * imported trained weights must never be called random there, nor random ones trained.
 */
import type { TFunction } from 'i18next';
import type { WeightsContextValue } from '../../state/weights/WeightsContext';
import { sourceLabel } from '../weights/weightsText';

export function slideBadge(t: TFunction, weights: WeightsContextValue | null, seed: number): string {
  const summary = weights?.view.summary;
  return summary && weights.view.trained
    ? t('weights.badge', { source: sourceLabel(t, summary) })
    : t('view.randomBadge', { seed });
}
