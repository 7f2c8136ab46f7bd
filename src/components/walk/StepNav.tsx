/** Previous / next buttons, the position, and a strip of every step to jump to. */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { WalkStep } from '../../content/steps';
import { stepTitle } from '../pipeline/pipelineSlide';

interface Props {
  /** Every step (content/steps.ts): the pipeline's and the layers'. */
  readonly steps: readonly WalkStep[];
  readonly index: number;
  readonly onGo: (index: number) => void;
  /** Shown after the position and the buttons, at the end of the row. */
  readonly extra?: ReactNode;
}

export function StepNav({ steps, index, onGo, extra }: Props) {
  const { t } = useTranslation();
  return (
    <nav className="step-nav" aria-label={t('walk.ui.position', { n: index + 1, total: steps.length })}>
      <button type="button" onClick={() => onGo(index - 1)} disabled={index === 0} data-testid="step-prev">
        ← {t('walk.ui.previous')}
      </button>
      <span className="step-position" aria-live="polite" data-testid="step-position">
        {t('walk.ui.position', { n: index + 1, total: steps.length })}
      </span>
      <button
        type="button"
        onClick={() => onGo(index + 1)}
        disabled={index === steps.length - 1}
        data-testid="step-next"
      >
        {t('walk.ui.next')} →
      </button>
      <p className="muted keys-hint">{t('walk.ui.keys')}</p>
      {extra ? <span className="step-nav-extra">{extra}</span> : null}
      <ol className="step-strip">
        {steps.map((s, i) => {
          const label = stepTitle(s, t);
          const kind = s.kind === 'pipeline' ? 'pipeline' : s.info.params.total > 0 ? 'weighted' : '';
          return (
            <li key={s.id}>
              <button
                type="button"
                className={[kind, i === index ? 'on' : ''].join(' ').trim() || undefined}
                aria-current={i === index ? 'step' : undefined}
                onClick={() => onGo(i)}
                title={label}
              >
                {label}
              </button>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
