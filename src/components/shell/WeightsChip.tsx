/**
 * Which weights the network on screen runs: random from a seed, trained from the imported file,
 * or the kept file coming back. The button opens the weights panel (import, preset, forget).
 */
import { useTranslation } from 'react-i18next';
import type { CurrentNetwork } from '../../state/network/useNetwork';

interface Props {
  readonly network: CurrentNetwork;
  readonly open: boolean;
  readonly onToggle: () => void;
}

export function WeightsChip({ network, open, onToggle }: Props) {
  const { t } = useTranslation();
  const { view, seed } = network.context;
  const trained = Boolean(view.summary && view.trained);
  const restoring = network.choice === 'imported' && !view.summary && view.restoring;
  return (
    <div className="context-item weights-chip" data-testid="weights-chip">
      <span className="chooser-label">{t('shell.weights.label')}</span>
      <strong
        className={trained ? 'context-value weights-on' : 'context-value'}
        data-testid="weights-state"
        data-weights={restoring ? 'restoring' : trained ? 'trained' : 'random'}
      >
        {restoring
          ? t('shell.weights.restoring')
          : trained
            ? t('shell.weights.trained')
            : t('shell.weights.random', { seed })}
      </strong>
      <button
        type="button"
        className="button"
        aria-expanded={open}
        aria-controls="drawer-weights"
        onClick={onToggle}
        data-testid="weights-open"
      >
        {t('shell.weights.open')}
      </button>
    </div>
  );
}
