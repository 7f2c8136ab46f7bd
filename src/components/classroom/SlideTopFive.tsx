/**
 * The network's answer on a slide (fc8, softmax, the results): the five most likely classes
 * with their probabilities as bars, in the UI's language, and, while the weights are random,
 * the plain statement that these predictions mean nothing (the slide's badge says which
 * weights these are). The rows carry their name and probability as data, so the PNG export
 * draws the same list (slidePng.ts).
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { TensorData } from '../../core/tensorData';
import { formatPercent } from '../../viz/maps/format';
import { topK } from '../../viz/maps/topK';
import { useClassNames } from '../walk/useClassNames';

interface Props {
  /** The softmax output: [1000] for ImageNet. */
  readonly probs: TensorData;
  /** True while the network's weights are random (untrained). */
  readonly random: boolean;
}

export function SlideTopFive({ probs, random }: Props) {
  const { t } = useTranslation();
  const names = useClassNames(true);
  const top = useMemo(() => topK(probs.data, 5), [probs]);
  const n = probs.data.length;
  return (
    <section
      className="slide-top"
      data-testid="slide-top"
      data-top-five
      data-top-warning={random ? t('slides.top.random') : ''}
    >
      <h3 data-top-heading>{t('viz.top.heading', { k: top.length, n })}</h3>
      {random ? (
        <p className="slide-top-random" role="note" data-testid="slide-top-random">
          {t('slides.top.random')}
        </p>
      ) : null}
      <ol>
        {top.map((r) => {
          const name = names?.[r.index] ?? t('viz.top.classN', { index: r.index });
          const percent = formatPercent(r.value);
          return (
            <li key={r.index} data-testid="slide-top-class" data-top-name={name} data-top-value={r.value}>
              <span className="slide-top-name">{name}</span>
              <span className="slide-top-bar" aria-hidden="true">
                <span style={{ width: percent }} />
              </span>
              <span className="slide-top-pct">{percent}</span>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
