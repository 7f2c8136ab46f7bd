/** Previous / next buttons, the position, and a strip of every step to jump to. */
import { type ReactNode, useEffect, useRef } from 'react';
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
  const strip = useRef<HTMLOListElement>(null);
  // Keeps the current step's button inside the strip (the results sit past its right edge on a
  // laptop); only the strip scrolls sideways, never the page.
  useEffect(() => {
    const el = strip.current;
    const on = el?.children[index] as HTMLElement | undefined;
    if (!el || !on || el.scrollWidth <= el.clientWidth) return;
    const left = on.offsetLeft - el.offsetLeft;
    if (left < el.scrollLeft || left + on.offsetWidth > el.scrollLeft + el.clientWidth)
      el.scrollLeft = left - (el.clientWidth - on.offsetWidth) / 2;
  }, [index]);
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
      {extra ? <span className="step-nav-extra">{extra}</span> : null}
      <ol className="step-strip" ref={strip}>
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
