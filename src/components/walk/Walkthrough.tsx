/**
 * One step per layer: the step's title, its numbers with their working, what it does and why,
 * and (beside them) the live pictures for that layer. The step stays in view as it changes. Keyboard: ← → PageUp PageDown Home End.
 */
import { type ReactNode, useCallback, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Analysis } from '../../core/analyze';
import { teachingValues } from '../../content/walkSteps';
import { Pipeline } from '../pipeline/Pipeline';
import { StepNav } from './StepNav';
import { StepNumbers } from './StepNumbers';
import { StepText } from './StepText';
import { useStepInView } from './useStepInView';
import { useStepKeys } from './useStepKeys';
import { useIssueText } from '../useIssueText';

interface Props {
  readonly analysis: Analysis;
  readonly variantId: string;
  /** Index of the current step in analysis.layers. */
  readonly index: number;
  readonly onStep: (layerId: string) => void;
  /** The live pictures of the current layer. */
  readonly children?: ReactNode;
  /** In quiz mode, the questions replace the numbers (which would give the answers away). */
  readonly quiz?: ReactNode;
  /** Shown at the end of the step controls (the link down to the whole-network table). */
  readonly navExtra?: ReactNode;
}

export function Walkthrough({ analysis, variantId, index, onStep, children, quiz, navExtra }: Props) {
  const { t } = useTranslation();
  const issueText = useIssueText();
  const steps = analysis.layers;
  const info = steps[index];
  const go = useCallback(
    (i: number) => {
      const target = steps[Math.min(steps.length - 1, Math.max(0, i))];
      if (target) onStep(target.layer.id);
    },
    [steps, onStep],
  );
  useStepKeys(steps.length, index, go);
  const heading = useRef<HTMLHeadingElement>(null);
  const panel = useRef<HTMLElement>(null);
  useStepInView(heading, panel, '.step-numbers > div', info?.layer.id ?? '');
  const values = useMemo(() => teachingValues(analysis, index), [analysis, index]);
  if (!info) return null;
  const issue = analysis.issues.find((i) => i.severity === 'note' && i.layerId === info.layer.id);
  const note = issue ? issueText(issue) : undefined;
  return (
    <section className="walk" aria-labelledby="step-title" data-testid="walkthrough">
      <StepNav steps={steps} index={index} onGo={go} extra={navExtra} />
      <div className="walk-body">
        {/* The numbers come right under the heading: they are what a step is about, and the
            output size and its working must share the first screen with the heading. */}
        <article className="step-panel" ref={panel}>
          <h2 id="step-title" data-testid="step-title" ref={heading}>
            {info.layer.id} <span className="kind">{t(`kind.${info.layer.kind}`)}</span>
          </h2>
          {quiz ?? <StepNumbers info={info} values={values} note={note} />}
          <StepText layer={info.layer} variantId={variantId} values={values} />
          {index === 0 ? <Pipeline part="before" analysis={analysis} variantId={variantId} /> : null}
          {index === steps.length - 1 ? <Pipeline part="after" analysis={analysis} variantId={variantId} /> : null}
        </article>
        <div className="step-viz">{children}</div>
      </div>
    </section>
  );
}
