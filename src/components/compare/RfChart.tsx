/**
 * The receptive fields of both networks on one chart: for each conv or pooling layer (aligned
 * by role), the side in input pixels of the region one output value can see. D3 computes the
 * scales and the line paths; React draws the SVG.
 */
import { line, scaleLinear, scalePoint } from 'd3';
import { useTranslation } from 'react-i18next';
import type { LayerInfo } from '../../core/analyze';
import type { Comparison } from '../../core/compare/diff';

interface Props {
  readonly comparison: Comparison;
  readonly leftName: string;
  readonly rightName: string;
}

const width = 640;
const height = 260;
const margin = { top: 16, right: 16, bottom: 56, left: 56 };

/** Layers where the receptive field grows: the input, convolutions and pooling. */
const grows = (info?: LayerInfo) =>
  info !== undefined && ['input', 'conv', 'maxpool', 'adaptiveavgpool'].includes(info.layer.kind);

export function RfChart({ comparison, leftName, rightName }: Props) {
  const { t } = useTranslation();
  const rows = comparison.rows.filter((r) => grows(r.left) || grows(r.right));
  // Points are placed by row index, not id: a layer moved elsewhere appears in two rows.
  const sizeOf = (info?: LayerInfo) => (grows(info) ? info?.receptiveField.size : undefined);
  const max = Math.max(1, ...rows.flatMap((r) => [sizeOf(r.left) ?? 0, sizeOf(r.right) ?? 0]));
  const x = scalePoint<string>()
    .domain(rows.map((_, i) => String(i)))
    .range([margin.left, width - margin.right])
    .padding(0.3);
  const y = scaleLinear()
    .domain([0, max])
    .nice()
    .range([height - margin.bottom, margin.top]);
  const series = (side: 'left' | 'right') => {
    const points = rows.map((r, i) => [String(i), sizeOf(r[side])] as const);
    const path = line<readonly [string, number | undefined]>()
      .defined((p) => p[1] !== undefined)
      .x((p) => x(p[0]) ?? 0)
      .y((p) => y(p[1] ?? 0))(points);
    return { points, path: path ?? '' };
  };
  const sides = [
    { side: 'left' as const, name: leftName, className: 'rf-left' },
    { side: 'right' as const, name: rightName, className: 'rf-right' },
  ];
  return (
    <figure className="rf-chart">
      <figcaption>{t('editor.compare.rf')}</figcaption>
      <svg
        viewBox={`0 0 ${width} ${height}`}
        role="img"
        aria-label={t('editor.compare.rfChart', { left: leftName, right: rightName })}
        data-testid="rf-chart"
      >
        {y.ticks(5).map((v) => (
          <g key={v} transform={`translate(0, ${y(v)})`}>
            <line x1={margin.left} x2={width - margin.right} className="rf-grid" />
            <text x={margin.left - 6} dy="0.32em" textAnchor="end" className="rf-tick">
              {v}
            </text>
          </g>
        ))}
        {rows.map((r, i) => (
          <text
            key={`${i}-${r.id}`}
            transform={`translate(${x(String(i)) ?? 0}, ${height - margin.bottom + 10}) rotate(-40)`}
            textAnchor="end"
            className="rf-tick"
          >
            {r.id}
          </text>
        ))}
        <text
          transform={`translate(14, ${(height - margin.bottom + margin.top) / 2}) rotate(-90)`}
          textAnchor="middle"
          className="rf-tick"
        >
          {t('editor.compare.rfAxis')}
        </text>
        {sides.map(({ side, className }) => {
          const s = series(side);
          return (
            <g key={side} className={className}>
              <path d={s.path} fill="none" />
              {s.points.map(([at, v]) =>
                v === undefined ? null : <circle key={at} cx={x(at)} cy={y(v)} r={side === 'left' ? 4 : 3} />,
              )}
            </g>
          );
        })}
      </svg>
      <ul className="rf-legend">
        {sides.map(({ side, name, className }) => (
          <li key={side} className={className}>
            <svg width="24" height="10" aria-hidden="true">
              <line x1="0" x2="24" y1="5" y2="5" />
            </svg>{' '}
            {name}
          </li>
        ))}
      </ul>
    </figure>
  );
}
