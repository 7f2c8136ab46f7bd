/** Where a job is: computing (with progress and Cancel), stopped or failed (with Run again), or done in so many ms. */
import { useTranslation } from 'react-i18next';
import type { AttributionState } from '../../state/attribution/useAttribution';

export function JobStatus({ state }: { readonly state: AttributionState }) {
  const { t } = useTranslation();
  const { status, progress } = state;
  return (
    <div className="attr-status" role="status" data-testid="attribution-status" data-status={status}>
      {status === 'waiting' ? <span>{t('attribution.waiting')}</span> : null}
      {status === 'running' ? (
        <>
          <span>{t('attribution.job.running')}</span>
          {progress ? (
            <>
              <progress value={progress.done} max={progress.total} aria-label={t('attribution.job.running')} />
              <span data-testid="attribution-progress">{t('attribution.job.progress', progress)}</span>
            </>
          ) : null}
          <button type="button" onClick={state.cancel} data-testid="attribution-cancel">
            {t('attribution.job.cancel')}
          </button>
        </>
      ) : null}
      {status === 'cancelled' || status === 'error' ? (
        <>
          <span>
            {status === 'cancelled'
              ? t('attribution.job.cancelled')
              : t('attribution.job.failed', { message: state.error ?? '' })}
          </span>
          <button type="button" onClick={state.retry} data-testid="attribution-retry">
            {t('attribution.job.retry')}
          </button>
        </>
      ) : null}
      {status === 'done' && state.result ? (
        <span className="muted">{t('attribution.job.done', { ms: Math.round(state.result.ms) })}</span>
      ) : null}
    </div>
  );
}
