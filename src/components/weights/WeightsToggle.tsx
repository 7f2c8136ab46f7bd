/**
 * Random ↔ trained: the same network and the same image, with the seed's random weights or the
 * imported ones, so a student can compare a layer both ways. Shown only once a file is imported.
 */
import { useTranslation } from 'react-i18next';
import { useWeightsContext } from './WeightsContext';

export function WeightsToggle() {
  const { t } = useTranslation();
  const w = useWeightsContext();
  if (!w?.view.summary) return null;
  const { view, seed } = w;
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
