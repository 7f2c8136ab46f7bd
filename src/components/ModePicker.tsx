/**
 * Present (P) and Quiz (Q): two ways to use the walkthrough besides exploring it, as toggles.
 * Pressing the one that is on goes back to exploring (as Escape does), so no third button is
 * needed. The keys are in each button's tooltip.
 */
import { useTranslation } from 'react-i18next';
import type { Mode } from '../state/viewState';

/** The modes with a button, and the key that switches to each (useModeKeys.ts). */
const toggles = [
  { mode: 'present', key: 'P' },
  { mode: 'quiz', key: 'Q' },
] as const;

export function ModePicker({ mode, onMode }: { mode: Mode; onMode: (m: Mode) => void }) {
  const { t } = useTranslation();
  return (
    <div className="mode-picker" role="group" aria-label={t('mode.label')} data-present-controls>
      {toggles.map(({ mode: m, key }) => (
        <button
          key={m}
          type="button"
          aria-pressed={m === mode}
          className={m === mode ? 'on' : undefined}
          onClick={() => onMode(m === mode ? 'explore' : m)}
          aria-keyshortcuts={key}
          title={t('mode.key', { key })}
          data-testid={`mode-${m}`}
        >
          {t(`mode.${m}`)}
        </button>
      ))}
    </div>
  );
}
