/**
 * What a pipeline step's slide says (on screen in SlideDeck, as a PNG from the export menu)
 * and what its page shows beside the text: its title, the part it belongs to ("before the
 * input"), its key numbers with their formulas, and the line of sources behind them.
 */
import type { TFunction } from 'i18next';
import { sourceLine, citationsOf } from '../../content/sources';
import { hasNote, pipelineNumbers, type pipelineValues } from '../../content/pipeline';
import { type PipelineStep, type WalkStep, pipelineItems } from '../../content/steps';
import type { SlideNumber } from '../classroom/slideContent';

/** The step's title: "Training"; a layer step's is its id ("conv1"). */
export function stepTitle(step: WalkStep, t: TFunction): string {
  return step.kind === 'layer' ? step.id : t(`pipeline.step.${step.topic}.title`);
}

/** The step's kind, shown after the title: "before the input"; "convolution" for a layer. */
export function stepKind(step: WalkStep, t: TFunction): string {
  return step.kind === 'layer' ? t(`kind.${step.info.layer.kind}`) : t(`pipeline.kind.${step.part}.label`);
}

/** The i18n keys of the step's text, in order: its lead, then each paragraph's body. */
export function pipelineTextKeys(step: PipelineStep) {
  return [
    `pipeline.lead.${step.topic}`,
    ...pipelineItems[step.topic].map((i) => `pipeline.${i}.body` as const),
  ] as const;
}

/**
 * The step's key numbers, their strings filled with the app's own counts (`values` from
 * content/pipeline.ts's pipelineValues): results → "62,378,344" parameters, "the paper's net:
 * 60,965,224".
 */
export function pipelineSlideNumbers(
  step: PipelineStep,
  values: ReturnType<typeof pipelineValues>,
  t: TFunction,
): SlideNumber[] {
  return pipelineNumbers[step.topic].map((n) => ({
    id: n.key.split('.')[1] ?? n.key,
    label: t(`pipeline.numbers.${n.key}.label`, values),
    value: t(`pipeline.numbers.${n.key}.value`, values),
    formula: n.formula,
    note: hasNote(n.key) ? t(`pipeline.numbers.${n.key}.note`, values) : undefined,
    wide: n.wide,
  }));
}

/** "Source: Krizhevsky et al. 2012, §2, §4.1; torchvision": the citations of the step's text and numbers. */
export function pipelineSource(step: PipelineStep, t: TFunction): string {
  const numberKeys = pipelineNumbers[step.topic].flatMap((n) => {
    const key = `pipeline.numbers.${n.key}`;
    return hasNote(n.key) ? [`${key}.value`, `${key}.note`] : [`${key}.value`];
  });
  const cites = [...pipelineTextKeys(step), ...numberKeys].flatMap((k) => citationsOf(k));
  const line = sourceLine(cites, { article: t('sources.short.article'), app: t('sources.short.app') });
  return t('slides.source', { source: line });
}
