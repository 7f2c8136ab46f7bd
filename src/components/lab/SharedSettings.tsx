/**
 * What both runs share: learning rate, batch size, epochs, the divide-by-10 schedule, the seed
 * and Figure 1's target. Changing any of them resets both runs (the session layer does).
 */
import { useTranslation } from 'react-i18next';
import {
  type SharedSettings as Shared,
  batchSizes,
  epochChoices,
  learningRates,
  maxSeed,
  targetChoices,
} from '../../core/lab/settings';
import { percent } from './format';

interface Props {
  readonly shared: Shared;
  readonly onChange: (next: Shared) => void;
  readonly disabled: boolean;
}

export function SharedSettings({ shared, onChange, disabled }: Props) {
  const { t, i18n } = useTranslation();
  const set = (patch: Partial<Shared>) => onChange({ ...shared, ...patch });
  const choice = (key: 'learningRate' | 'batch' | 'epochs' | 'target', label: string, values: readonly number[]) => (
    <label>
      {label}{' '}
      <select value={shared[key]} onChange={(e) => set({ [key]: Number(e.target.value) })} data-testid={`lab-${key}`}>
        {values.map((v) => (
          <option key={v} value={v}>
            {key === 'target' ? percent(v / 100, i18n.language).replace('.0', '') : String(v)}
          </option>
        ))}
      </select>
    </label>
  );
  return (
    <fieldset className="lab-shared" disabled={disabled}>
      <legend>{t('lab.shared.legend')}</legend>
      {choice('learningRate', t('lab.shared.learningRate'), learningRates)}
      {choice('batch', t('lab.shared.batch'), batchSizes)}
      {choice('epochs', t('lab.shared.epochs'), epochChoices)}
      <label>
        {t('lab.shared.seed')}{' '}
        <input
          type="number"
          min={0}
          max={maxSeed}
          step={1}
          value={shared.seed}
          onChange={(e) => {
            const v = Number(e.target.value);
            if (Number.isInteger(v) && v >= 0 && v <= maxSeed) set({ seed: v });
          }}
          data-testid="lab-seed"
        />
      </label>
      {choice('target', t('lab.shared.target'), targetChoices)}
      <label className="lab-switch">
        <input
          type="checkbox"
          checked={shared.plateau}
          onChange={(e) => set({ plateau: e.target.checked })}
          data-testid="lab-plateau"
        />
        {t('lab.shared.plateau')} <span className="lab-cite">§5</span>
      </label>
      <p className="lab-note">{t('lab.shared.update', { batch: shared.batch })}</p>
    </fieldset>
  );
}
