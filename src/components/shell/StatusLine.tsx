/**
 * The page's status in one line of plain words, at a fixed height so that nothing moves when it
 * changes ("Ready", "Computing the feature maps…", "Restoring your saved weights…"). The
 * backend, renderer and timings are one click away, in the engine details.
 */
import { useTranslation } from 'react-i18next';
import type { Status } from '../../state/status';

interface Props {
  readonly status: Status;
  /** The engine's error, translated, when it stopped. */
  readonly error?: string;
  readonly backend?: string;
  readonly open: boolean;
  readonly onToggle: () => void;
}

export function StatusLine({ status, error, backend, open, onToggle }: Props) {
  const { t } = useTranslation();
  const text =
    status.kind === 'error'
      ? t('shell.status.error', { message: error ?? '' })
      : status.kind === 'importing'
        ? t('shell.status.importing', { file: status.file ?? '' })
        : t(`shell.status.${status.kind}`);
  return (
    <div className="context-item status-line">
      <span className="chooser-label">{t('shell.status.label')}</span>
      <span
        className={`status-text status-${status.kind}`}
        role="status"
        data-testid="engine-status"
        data-status={status.kind}
        data-backend={backend ?? ''}
        title={text}
      >
        {text}
      </span>
      <button
        type="button"
        className="link-button"
        aria-expanded={open}
        aria-controls="drawer-diagnostics"
        onClick={onToggle}
        data-testid="status-details"
      >
        {t('shell.status.details')}
      </button>
    </div>
  );
}
