/**
 * The words of one step's slide, for any step of the walkthrough (content/steps.ts): a layer
 * (conv1: "layer 1 of 8", its output, depth, parameters and MACs with their formulas) or a
 * pipeline step (Augmentation: "before the input", ×2048 with (256 − 224)² · 2 = 2048, …).
 * The slide on screen (SlideDeck) and the PNG slide (ExportMenu → slidePng.ts) both use it.
 */
import type { TFunction } from 'i18next';
import type { Analysis } from '../../core/analyze';
import { isWeighted } from '../../core/spec';
import { isVariantId } from '../../core/variants';
import { pipelineValues } from '../../content/pipeline';
import type { WalkStep } from '../../content/steps';
import { teachingValues } from '../../content/walkSteps';
import { pipelineSlideNumbers, pipelineSource, stepKind, stepTitle } from '../pipeline/pipelineSlide';
import { type SlideNumber, slideNumbers, stepSource } from './slideContent';

export interface StepSlide {
  readonly title: string;
  /** "convolution"; '' where it would only repeat the title (the input's "input", "softmax"). */
  readonly kind: string;
  /**
   * "layer 1 of 8" for a layer with weights; '' otherwise: a layer without weights already
   * shows "Learnable parameters: 0" among its numbers, and a pipeline step is no layer.
   */
  readonly count: string;
  readonly numbers: readonly SlideNumber[];
  /** "Source: Krizhevsky et al. 2012, §3.5, …". */
  readonly source: string;
}

/** The slide of `step` in the current language. */
export function stepSlide(step: WalkStep, analysis: Analysis, variantId: string, t: TFunction): StepSlide {
  const title = stepTitle(step, t);
  const named = stepKind(step, t);
  // "softmax softmax", "input input": a kind that is the title again says nothing.
  const kind = named.trim().toLowerCase() === title.trim().toLowerCase() ? '' : named;
  if (step.kind === 'pipeline') {
    const name = isVariantId(variantId) ? t(`variant.${variantId}`) : variantId;
    const numbers = pipelineSlideNumbers(step, pipelineValues(analysis, name), t);
    return { title, kind, count: '', numbers, source: pipelineSource(step, t) };
  }
  const { info } = step;
  const count = isWeighted(info.layer) ? t('slides.layerCount', teachingValues(analysis, step.layerIndex)) : '';
  return { title, kind, count, numbers: slideNumbers(info, t), source: stepSource(info, variantId, t) };
}
