/**
 * The badge on every step: "Random weights (seed 42), not trained" or "Trained weights: the
 * official torchvision weights (…)", with the random ↔ trained toggle once a file is imported.
 */
import { useTranslation } from 'react-i18next';
import { useWeightsContext } from '../../state/weights/WeightsContext';
import { WeightsToggle } from './WeightsToggle';
import { sourceLabel } from './weightsText';

/**
 * `quiet`: the step says it at length itself (the top five's warning that random predictions mean
 * nothing), so the random badge would say it a second time; the toggle stays.
 */
export function WeightsBadge({ seed, quiet = false }: { seed: number; quiet?: boolean }) {
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
      ) : quiet ? null : (
        <p className="random-badge" data-testid="random-badge">
          {t('view.randomBadge', { seed })}
        </p>
      )}
      <WeightsToggle weights={w} />
    </div>
  );
}
