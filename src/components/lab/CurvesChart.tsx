/**
 * Both runs on one chart: training loss above, training and test error below, against
 * iterations or seconds (a toggle). Geometry from viz/lab/curvesLayout.ts; React draws the SVG.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RunSeries, StepPoint } from '../../core/lab/series';
import { type XAxis, curvesLayout } from '../../viz/lab/curvesLayout';
import { runColors } from './format';

interface Props {
  readonly runs: readonly { readonly id: 'a' | 'b'; readonly series: RunSeries; readonly reached?: StepPoint }[];
  /** Iterations the runs are set to do (the axis's end before they get there). */
  readonly planned: number;
  /** Figure 1's target, a fraction. */
  readonly target: number;
}

const width = 640;
const height = 380;

export function CurvesChart({ runs, planned, target }: Props) {
  const { t } = useTranslation();
  const [axis, setAxis] = useState<XAxis>('iteration');
  const layout = curvesLayout(
    runs.map((r) => ({
      id: r.id,
      steps: r.series.steps,
      evals: r.series.evals,
      ...(r.reached ? { reached: r.reached } : {}),
    })),
    { width, height, x: axis, xMax: planned, target },
  );
  const empty = runs.every((r) => r.series.steps.length === 0);
  const grid = (panel: typeof layout.loss) =>
    panel.yTicks.map((tick) => (
      <g key={`${panel.top}-${tick.label}`} transform={`translate(0, ${tick.at})`}>
        <line x1={layout.left} x2={layout.right} className="lab-grid" />
        <text x={layout.left - 6} dy="0.32em" textAnchor="end" className="lab-tick">
          {tick.label}
        </text>
      </g>
    ));
  return (
    <figure className="lab-chart" data-testid="lab-chart">
      <figcaption>
        <h3>{t('lab.chart.heading')}</h3>
      </figcaption>
      <div className="lab-axis-toggle" role="group" aria-label={t('lab.chart.axis')}>
        {(['iteration', 'seconds'] as const).map((a) => (
          <button
            key={a}
            type="button"
            aria-pressed={axis === a}
            onClick={() => setAxis(a)}
            data-testid={`lab-axis-${a}`}
          >
            {t(a === 'iteration' ? 'lab.chart.iterations' : 'lab.chart.seconds')}
          </button>
        ))}
      </div>
      <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-label={t('lab.chart.description')}>
        {grid(layout.loss)}
        {grid(layout.error)}
        <text x={layout.left} y={layout.loss.top - 2} className="lab-panel-label">
          {t('lab.chart.loss')}
        </text>
        <text x={layout.left} y={layout.error.top - 2} className="lab-panel-label">
          {t('lab.chart.error')}
        </text>
        <line x1={layout.left} x2={layout.right} y1={layout.targetY} y2={layout.targetY} className="lab-target" />
        <text x={layout.right} y={layout.targetY - 4} textAnchor="end" className="lab-tick">
          {t('lab.chart.target', { target: `${Math.round(target * 100)} %` })}
        </text>
        {layout.xTicks.map((tick) => (
          <text key={tick.label} x={tick.at} y={height - 22} textAnchor="middle" className="lab-tick">
            {tick.label}
          </text>
        ))}
        <text x={(layout.left + layout.right) / 2} y={height - 4} textAnchor="middle" className="lab-tick">
          {t(axis === 'iteration' ? 'lab.chart.iterations' : 'lab.chart.seconds')}
        </text>
        {layout.runs.map((r) => {
          const color = runColors[r.id as 'a' | 'b'];
          return (
            <g key={r.id} data-testid={`lab-curves-${r.id}`}>
              <path d={r.loss} stroke={color} className="lab-line" />
              <path d={r.trainError} stroke={color} className="lab-line" />
              <path d={r.testError} stroke={color} className="lab-line lab-test" />
              {r.testPoints.map((p) => (
                <circle key={`${p.x}-${p.y}`} cx={p.x} cy={p.y} r={3} fill={color} />
              ))}
              {r.reached ? (
                <circle cx={r.reached.x} cy={r.reached.y} r={6} stroke={color} className="lab-reached" />
              ) : null}
            </g>
          );
        })}
      </svg>
      <ul className="lab-legend">
        {runs.map((r) => (
          <li key={r.id}>
            <span className="lab-swatch" style={{ background: runColors[r.id] }} aria-hidden="true" />
            {t(`lab.run.${r.id}`)}
          </li>
        ))}
        <li>
          <svg width="28" height="10" aria-hidden="true">
            <line x1="0" x2="28" y1="5" y2="5" className="lab-key" />
          </svg>{' '}
          {t('lab.chart.trainError')}
        </li>
        <li>
          <svg width="28" height="10" aria-hidden="true">
            <line x1="0" x2="28" y1="5" y2="5" className="lab-key lab-test" />
          </svg>{' '}
          {t('lab.chart.testError')}
        </li>
      </ul>
      {empty ? <p className="lab-note">{t('lab.chart.empty')}</p> : null}
    </figure>
  );
}
