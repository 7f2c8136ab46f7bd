/**
 * One step per layer: the step's title, its numbers with their working, what it does and why,
 * and (beside them) the live pictures for that layer. The paper's pipeline (content/steps.ts)
 * adds steps before the input and after the output: their key numbers, and their text where
 * a layer's pictures go. The step stays in view as it changes. Keyboard: ← → PageUp PageDown Home End.
 */
import { type ReactNode, useCallback, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Analysis } from '../../core/analyze';
import { teachingValues } from '../../content/walkSteps';
import { walkSteps } from '../../content/steps';
import { PipelineNumbers, PipelineText } from '../pipeline/Pipeline';
import { stepKind, stepTitle } from '../pipeline/pipelineSlide';
import { StepNav } from './StepNav';
import { StepNumbers } from './StepNumbers';
import { StepText } from './StepText';
import { useStepInView } from './useStepInView';
import { useStepKeys } from './useStepKeys';
import { useIssueText } from '../useIssueText';

interface Props {
  readonly analysis: Analysis;
  readonly variantId: string;
  /** Index of the current step in walkSteps(analysis) (pipeline steps included). */
  readonly index: number;
  /** Goes to a step by its id: a layer id or a pipeline step's (`pipeline-data`). */
  readonly onStep: (stepId: string) => void;
  /** The live pictures of the current layer (not shown on pipeline steps). */
  readonly children?: ReactNode;
  /** In quiz mode, the questions come first; the numbers (the answers) wait under `concealed`. */
  readonly quiz?: ReactNode;
  /**
   * Quiz mode with questions of this step still unanswered: its text and pictures, which state
   * the answers (55 → 27, "the 96 feature maps"), wait for the answers; a line says so.
   */
  readonly concealed?: boolean;
  /** Shown at the end of the step controls (the link down to the whole-network table). */
  readonly navExtra?: ReactNode;
}

export function Walkthrough({ analysis, variantId, index, onStep, children, quiz, concealed, navExtra }: Props) {
  const { t } = useTranslation();
  const issueText = useIssueText();
  const steps = useMemo(() => walkSteps(analysis), [analysis]);
  const step = steps[index];
  const go = useCallback(
    (i: number) => {
      const target = steps[Math.min(steps.length - 1, Math.max(0, i))];
      if (target) onStep(target.id);
    },
    [steps, onStep],
  );
  useStepKeys(steps.length, index, go);
  const heading = useRef<HTMLHeadingElement>(null);
  const panel = useRef<HTMLElement>(null);
  useStepInView(heading, panel, '.step-numbers > div', step?.id ?? '');
  const layerIndex = step?.kind === 'layer' ? step.layerIndex : -1;
  const values = useMemo(() => teachingValues(analysis, layerIndex), [analysis, layerIndex]);
  if (!step) return null;
  const info = step.kind === 'layer' ? step.info : undefined;
  const issue = info && analysis.issues.find((i) => i.severity === 'note' && i.layerId === info.layer.id);
  const note = issue ? issueText(issue) : undefined;
  return (
    <section className="walk" aria-labelledby="step-title" data-testid="walkthrough">
      <StepNav steps={steps} index={index} onGo={go} extra={navExtra} />
      <div className="walk-body">
        {/* The numbers come right under the heading: they are what a step is about, and the
            output size and its working must share the first screen with the heading. */}
        <article className="step-panel" ref={panel}>
          <h2 id="step-title" data-testid="step-title" ref={heading}>
            {stepTitle(step, t)} <span className="kind">{stepKind(step, t)}</span>
          </h2>
          {info ? (
            <>
              {quiz}
              {/* Under the quiz once its questions are answered: the answers, with their working. */}
              {quiz && concealed ? null : <StepNumbers info={info} values={values} note={note} />}
              {concealed ? null : <StepText layer={info.layer} variantId={variantId} values={values} />}
            </>
          ) : step.kind === 'pipeline' ? (
            <>
              {/* The pipeline's numbers answer no quiz question: both show. */}
              {quiz}
              <PipelineNumbers step={step} analysis={analysis} variantId={variantId} />
            </>
          ) : null}
        </article>
        <div className={step.kind === 'pipeline' ? 'step-viz step-pipeline' : 'step-viz'}>
          {step.kind === 'pipeline' ? (
            <PipelineText step={step} analysis={analysis} variantId={variantId} />
          ) : concealed && info ? (
            <p className="muted quiz-concealed" data-testid="quiz-concealed">
              {t('classroom.quiz.concealed', { layer: info.layer.id })}
            </p>
          ) : (
            children
          )}
        </div>
      </div>
    </section>
  );
}
