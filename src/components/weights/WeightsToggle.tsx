/**
 * Random ↔ trained: the same network and the same image, with the seed's random weights or the
 * imported ones, so a student can compare a layer both ways. Shown only once a file is imported.
 */
import { useTranslation } from 'react-i18next';
import type { WeightsContextValue } from '../../state/weights/WeightsContext';

/** `weights`: the page's weights (from the panel's props, or the context in the walkthrough). */
export function WeightsToggle({ weights }: { weights: Pick<WeightsContextValue, 'view' | 'seed'> | null }) {
  const { t } = useTranslation();
  if (!weights?.view.summary) return null;
  const { view, seed } = weights;
  return (
    <fieldset className="weights-toggle" data-testid="weights-toggle">
      <legend>{t('weights.toggle.legend')}</legend>
      <label>
        <input type="radio" checked={!view.trained} onChange={() => view.setTrained(false)} />{' '}
        {t('weights.toggle.random', { seed })}
      </label>
      <label>
        <input type="radio" checked={view.trained} onChange={() => view.setTrained(true)} />{' '}
        {t('weights.toggle.trained')}
      </label>
    </fieldset>
  );
}
