/** Explore, present (P) or quiz (Q): the three ways to use the walkthrough. */
import { useTranslation } from 'react-i18next';
import { type Mode, modes } from '../state/viewState';

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
        >
          {t(`mode.${m}`)}
        </button>
      ))}
    </div>
  );
}
