/**
 * The overview's column headings (layer id and output shape) and the top-5 list, as HTML over
 * the canvas: text that screen readers and the browser's find can read.
 */
import { useTranslation } from 'react-i18next';
import type { ColumnData } from '../../viz/overview/draw';
import { type ColumnSpec, type OverviewGeometry, columnMargin } from '../../viz/overview/layout';
import { topK } from '../../viz/maps/topK';
import { formatPercent } from '../../viz/maps/format';
import type { TensorData } from '../../core/tensorData';
import { useClassNames } from '../walk/useClassNames';

interface Props {
  readonly cols: readonly ColumnSpec[];
  readonly geometry: OverviewGeometry;
  readonly data: readonly (ColumnData | null)[];
  readonly probs: TensorData | undefined;
}

export function OverviewHeads({ cols, geometry, data, probs }: Props) {
  const { t } = useTranslation();
  const names = useClassNames(probs !== undefined);
  return (
    <>
      {cols.map((c, i) => {
        const r = geometry.columns[i];
        if (!r) return null;
        const d = data[i];
        const shown = d?.kind === 'maps' ? d.picks.reduce((s, p) => s + p.length, 0) : undefined;
        return (
          <div
            key={c.layerId}
            className="overview-head"
            // Over the column and its margins: the longest heading needs the room on narrow stages.
            style={{ left: r.x - columnMargin, width: r.w + 2 * columnMargin }}
            data-testid={`overview-col-${c.layerId}`}
            data-kind={c.kind}
          >
            <strong>{c.layerId}</strong>
            <span>{c.shape}</span>
            {d?.kind === 'maps' ? (
              <span>{t('overview.shown', { count: shown ?? 0, total: d.stats.length })}</span>
            ) : null}
          </div>
        );
      })}
      {cols.map((c, i) => {
        const r = geometry.columns[i];
        if (c.kind !== 'top' || !r || !probs) return null;
        return (
          <ol key="top" className="overview-top" style={{ left: r.x, top: r.y, width: r.w }} data-testid="overview-top">
            {topK(probs.data, 5).map((e) => (
              <li key={e.index}>
                <span className="overview-top-name" title={names?.[e.index]}>
                  {names?.[e.index] ?? t('viz.top.classN', { index: e.index })}
                </span>
                <span>{formatPercent(e.value)}</span>
              </li>
            ))}
          </ol>
        );
      })}
    </>
  );
}
