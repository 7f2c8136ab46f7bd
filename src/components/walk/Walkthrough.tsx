/**
 * One step per layer: the step's title, what it does and why, its numbers with their working,
 * and (beside them) the live pictures for that layer. Keyboard: ← → PageUp PageDown Home End.
 */
import { type ReactNode, useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Analysis } from '../../core/analyze';
import { teachingValues } from '../../content/walkSteps';
import { Pipeline } from '../pipeline/Pipeline';
import { StepNav } from './StepNav';
import { StepNumbers } from './StepNumbers';
import { StepText } from './StepText';
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
}

export function Walkthrough({ analysis, variantId, index, onStep, children, quiz }: Props) {
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
  const values = useMemo(() => teachingValues(analysis, index), [analysis, index]);
  if (!info) return null;
  const issue = analysis.issues.find((i) => i.severity === 'note' && i.layerId === info.layer.id);
  const note = issue ? issueText(issue) : undefined;
  return (
    <section className="walk" aria-labelledby="step-title" data-testid="walkthrough">
      <StepNav steps={steps} index={index} onGo={go} />
      <div className="walk-body">
        <article className="step-panel">
          <h2 id="step-title" data-testid="step-title">
            {info.layer.id} <span className="kind">{t(`kind.${info.layer.kind}`)}</span>
          </h2>
          {index === 0 ? <Pipeline part="before" analysis={analysis} variantId={variantId} /> : null}
          <StepText layer={info.layer} variantId={variantId} values={values} />
          {index === steps.length - 1 ? <Pipeline part="after" analysis={analysis} variantId={variantId} /> : null}
          {quiz ?? <StepNumbers info={info} values={values} note={note} />}
        </article>
        <div className="step-viz">{children}</div>
      </div>
    </section>
  );
}
