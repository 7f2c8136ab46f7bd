/**
 * conv1's filters of one run as they learn: small multiples, one row per snapshot (before
 * training, after 1, 2, 4, 8, 16 steps, then at each evaluation), drawn on a canvas by
 * viz/lab/filterHistory.ts.
 */
import { useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { FilterSnapshot } from '../../core/lab/series';
import { drawFilterHistory, filterCanvasSize, pickSnapshots } from '../../viz/lab/filterHistory';

interface Props {
  readonly run: 'a' | 'b';
  readonly snapshots: readonly FilterSnapshot[];
}

/** Rows shown: enough to see the change, few enough to fit beside the other run. */
const rows = 8;

export function FilterHistory({ run, snapshots }: Props) {
  const { t } = useTranslation();
  const canvas = useRef<HTMLCanvasElement>(null);
  // The store keeps the snapshots' array until a new snapshot arrives, so the rows (and the
  // drawing below) change only then, or with the language, never on every progress report.
  const shown = useMemo(() => pickSnapshots(snapshots, rows), [snapshots]);
  const first = shown[0];
  const last = shown[shown.length - 1];
  const [w, h] = first ? filterCanvasSize(first.shape, shown.length) : [0, 0];
  useEffect(() => {
    const ctx = canvas.current?.getContext('2d');
    if (ctx) drawFilterHistory(ctx, shown, (iteration) => t('lab.filters.iteration', { iteration }));
  }, [shown, t, w, h]);
  return (
    <figure className="lab-filters" data-testid={`lab-filters-${run}`}>
      <figcaption>
        <h4>
          {t(`lab.run.${run}`)}: {t('lab.filters.heading', { count: first?.shape[3] ?? 16 })}
        </h4>
        {first && last ? <p className="lab-note">{t('lab.filters.caption')}</p> : null}
      </figcaption>
      {first && last ? (
        <canvas
          ref={canvas}
          width={w}
          height={h}
          role="img"
          aria-label={t('lab.filters.label', { run: run.toUpperCase(), first: first.iteration, last: last.iteration })}
          data-rows={shown.length}
        />
      ) : (
        <p className="lab-note">{t('lab.filters.none')}</p>
      )}
    </figure>
  );
}
