/**
 * The output layer as the five most likely classes with their probabilities, and, while
 * the weights are random, a plain statement that these predictions mean nothing.
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { TensorData } from '../../core/tensorData';
import { formatPercent } from '../../viz/maps/format';
import { vectorLengthOf } from '../../viz/maps/tensorShape';
import { checkProbabilities, topK } from '../../viz/maps/topK';
import { ShapeError } from './ShapeError';
import './viz.css';

export interface TopClassesProps {
  /** Softmax output: [1000] for ImageNet. */
  readonly probs: TensorData;
  /** True while the network's weights are random (untrained). */
  readonly randomWeights: boolean;
  /** Class names by index, in the UI's language; absent (not loaded yet) → "class 281". */
  readonly names?: readonly string[];
  readonly k?: number;
}

export function TopClasses({ probs, randomWeights, names, k = 5 }: TopClassesProps) {
  const { t } = useTranslation();
  const n = vectorLengthOf(probs) ?? 0;
  const top = useMemo(() => topK(probs.data, k), [probs, k]);
  const check = useMemo(() => checkProbabilities(probs.data), [probs]);
  if (n === 0) return <ShapeError expected="[classes]" data={probs} />;
  const label = (index: number) => names?.[index] ?? t('viz.top.classN', { index });

  return (
    <section
      className="viz viz-top"
      data-testid="top-classes"
      data-top-five
      // The PNG slide's shorter wording of the warning below (slidePng.ts reads the list from here).
      data-top-warning={randomWeights ? t('slides.top.random') : ''}
    >
      <h3 data-top-heading>{t('viz.top.heading', { k: top.length, n })}</h3>
      {randomWeights ? (
        <p className="viz-warning" role="note" data-testid="random-warning">
          {t('viz.top.random', { chance: formatPercent(1 / n), n })}
        </p>
      ) : null}
      {!check.ok ? (
        <p className="viz-error" role="alert">
          {t('viz.top.notProbabilities', { sum: check.sum.toFixed(3) })}
        </p>
      ) : null}
      <ol>
        {top.map((r) => (
          <li key={r.index} data-testid="top-class" data-top-name={label(r.index)} data-top-value={r.value}>
            <span>{label(r.index)}</span>
            <span className="viz-bar" aria-hidden="true">
              <span style={{ width: check.ok ? formatPercent(r.value) : '0' }} />
            </span>
            <span className="viz-pct">{check.ok ? formatPercent(r.value) : r.value.toFixed(3)}</span>
          </li>
        ))}
      </ol>
      {!names ? <p className="viz-note">{t('viz.top.noNames')}</p> : null}
    </section>
  );
}
