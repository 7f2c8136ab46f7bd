/** Explore, present (P) or quiz (Q): the three ways to use the walkthrough. The keys are in each button's tooltip. */
import { useTranslation } from 'react-i18next';
import { type Mode, modes } from '../state/viewState';

/** The key that switches to each mode (useModeKeys.ts); explore is Escape from either. */
const keys: Partial<Record<Mode, string>> = { present: 'P', quiz: 'Q' };

export function ModePicker({ mode, onMode }: { mode: Mode; onMode: (m: Mode) => void }) {
  const { t } = useTranslation();
  return (
    <div className="mode-picker" role="group" aria-label={t('mode.label')} data-present-controls>
      {modes.map((m) => (
        <button
          key={m}
          type="button"
          aria-pressed={m === mode}
          className={m === mode ? 'on' : undefined}
          onClick={() => onMode(m)}
          aria-keyshortcuts={keys[m]}
          title={keys[m] ? t('mode.key', { key: keys[m] }) : undefined}
        >
          {t(`mode.${m}`)}
        </button>
      ))}
    </div>
  );
}
