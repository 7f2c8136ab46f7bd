/**
 * The badge on every step: "Random weights (seed 42), not trained" or "Trained weights: the
 * official torchvision weights (…)", with the random ↔ trained toggle once a file is imported.
 */
import { useTranslation } from 'react-i18next';
import { useWeightsContext } from '../../state/weights/WeightsContext';
import { WeightsToggle } from './WeightsToggle';
import { sourceLabel } from './weightsText';

export function WeightsBadge({ seed }: { seed: number }) {
  const { t } = useTranslation();
  const w = useWeightsContext();
  const summary = w?.view.summary;
  const trained = Boolean(summary && w?.view.trained);
  return (
    <div className="weights-badge-row">
      {trained && summary ? (
        <p className="trained-badge" data-testid="trained-badge">
          {t('weights.badge', { source: sourceLabel(t, summary) })}
        </p>
      ) : (
        <p className="random-badge" data-testid="random-badge">
          {t('view.randomBadge', { seed })}
        </p>
      )}
      <WeightsToggle weights={w} />
    </div>
  );
}
