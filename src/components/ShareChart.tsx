/** Parameters against compute per weighted layer; React draws the SVG, D3 did the maths. */
import { useTranslation } from 'react-i18next';
import type { Analysis } from '../core/analyze';
import { layoutShares } from '../viz/shareLayout';

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

export function ShareChart({ analysis }: { analysis: Analysis }) {
  const { t } = useTranslation();
  const weighted = analysis.layers.filter((l) => l.params.total > 0);
  const layout = layoutShares(
    weighted.map((l) => ({ id: l.layer.id, paramShare: l.paramShare, macShare: l.macShare })),
    760,
  );
  const fc = weighted.filter((l) => l.layer.kind === 'dense');
  const fcParams = fc.reduce((a, l) => a + l.paramShare, 0);
  const fcMacs = fc.reduce((a, l) => a + l.macShare, 0);
  return (
    <section className="panel" aria-labelledby="share-heading">
      <h2 id="share-heading">{t('chart.heading')}</h2>
      <p data-testid="share-summary">{t('chart.description', { fcParams: pct(fcParams), fcMacs: pct(fcMacs) })}</p>
      <svg
        className="share-chart"
        viewBox={`0 0 ${layout.width} ${layout.height}`}
        role="img"
        aria-label={t('chart.description', { fcParams: pct(fcParams), fcMacs: pct(fcMacs) })}
      >
        <g className="legend" transform={`translate(${layout.plotLeft}, 10)`}>
          <rect width="14" height="14" y="-2" className="bar-params" />
          <text x="20" y="10">
            {t('chart.params')}
          </text>
          <rect x="150" width="14" height="14" y="-2" className="bar-macs" />
          <text x="170" y="10">
            {t('chart.macs')}
          </text>
        </g>
        {layout.ticks.map((tick) => (
          <g key={tick.label}>
            <line x1={tick.x} x2={tick.x} y1={layout.plotTop} y2={layout.height - 8} className="grid" />
          </g>
        ))}
        {layout.rows.map((r) => (
          <text
            key={r.id}
            x={layout.plotLeft - 8}
            y={r.y}
            className="row-label"
            textAnchor="end"
            dominantBaseline="middle"
          >
            {r.id}
          </text>
        ))}
        {layout.bars.map((b) => (
          <g key={`${b.id}-${b.measure}`}>
            <rect x={b.x} y={b.y} width={Math.max(0, b.width)} height={b.height} className={`bar-${b.measure}`}>
              <title>{`${b.id} · ${t('punct.colon', { label: t(b.measure === 'params' ? 'chart.params' : 'chart.macs') })}${pct(b.share)}`}</title>
            </rect>
            <text
              x={b.x + Math.max(0, b.width) + 4}
              y={b.y + b.height / 2}
              dominantBaseline="middle"
              className="bar-value"
            >
              {pct(b.share)}
            </text>
          </g>
        ))}
      </svg>
    </section>
  );
}
