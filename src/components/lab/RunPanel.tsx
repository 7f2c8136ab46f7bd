/**
 * One run's column: its name and colour, its switches, what it is doing (status, backend, the
 * latest loss and errors). Reads the run's snapshot; changes go up through `onSwitches`.
 */
import { useTranslation } from 'react-i18next';
import { stepsPerEpoch } from '../../core/lab/batches';
import { runningError } from '../../core/lab/series';
import type { LabSettings, RunSwitches as Switches } from '../../core/lab/settings';
import type { RunSnapshot } from '../../state/lab/useLab';
import { percent, runColors, seconds } from './format';
import { RunSwitches } from './RunSwitches';

interface Props {
  readonly run: 'a' | 'b';
  readonly snapshot: RunSnapshot;
  readonly settings: LabSettings;
  readonly onSwitches: (next: Switches) => void;
}

/** Images a run trains on (8,000 less the 500 held out for validation). */
export const trainImages = 7500;

export function RunPanel({ run, snapshot, settings, onSwitches }: Props) {
  const { t, i18n } = useTranslation();
  const { status, series } = snapshot;
  const last = series.steps[series.steps.length - 1];
  const lastEval = series.evals[series.evals.length - 1];
  const total = settings.shared.epochs * stepsPerEpoch(trainImages, settings.shared.batch);
  const values = {
    iteration: last?.iteration ?? snapshot.checkpoint?.iteration ?? 0,
    total,
    seconds: seconds(last?.seconds ?? 0),
    message: snapshot.message ?? '',
  };
  const statusText =
    status === 'done' && snapshot.reason === 'target'
      ? t('lab.run.status.doneTarget', values)
      : t(`lab.run.status.${status}`, values);
  const running = runningError(series.steps).at(-1);
  const busy = status === 'running' || status === 'loading';
  return (
    <section className="lab-run" aria-labelledby={`lab-${run}-heading`} data-testid={`lab-run-${run}`}>
      <h3 id={`lab-${run}-heading`}>
        <span className="lab-swatch" style={{ background: runColors[run] }} aria-hidden="true" />
        {t(`lab.run.${run}`)}
      </h3>
      <p
        className="lab-status"
        role="status"
        data-testid={`lab-status-${run}`}
        data-status={status}
        data-iteration={values.iteration}
      >
        {statusText} {snapshot.backend ? t('lab.run.backend', { backend: snapshot.backend.name }) : null}
      </p>
      {last && running !== undefined ? (
        <p className="lab-latest" data-testid={`lab-latest-${run}`} data-loss={last.loss}>
          {lastEval
            ? t('lab.run.latest', {
                loss: last.loss.toFixed(3),
                train: percent(running, i18n.language),
                test: percent(lastEval.testError, i18n.language),
              })
            : t('lab.run.latestNoTest', { loss: last.loss.toFixed(3), train: percent(running, i18n.language) })}
        </p>
      ) : null}
      <RunSwitches run={run} switches={settings[run]} onChange={onSwitches} disabled={busy} />
    </section>
  );
}
