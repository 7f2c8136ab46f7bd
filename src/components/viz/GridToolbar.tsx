/** Sort order, colour-scale mode and zoom buttons above the feature-map grid. */
import { useTranslation } from 'react-i18next';
import { type ChannelSort, channelSorts } from '../../viz/maps/channelStats';
import type { ScaleMode } from '../../viz/maps/featureGrid';
import type { ZoomControls } from './useD3Zoom';

const scaleModes: readonly ScaleMode[] = ['layer', 'channel'];

export interface GridToolbarProps {
  readonly sort: ChannelSort;
  readonly onSort: (sort: ChannelSort) => void;
  readonly scale: ScaleMode;
  /** Absent: the scale mode is fixed by the caller and no control is shown. */
  readonly onScale?: (scale: ScaleMode) => void;
  readonly zoom: ZoomControls;
}

export function GridToolbar({ sort, onSort, scale, onScale, zoom }: GridToolbarProps) {
  const { t } = useTranslation();
  return (
    <div className="viz-toolbar">
      <label>
        {t('viz.grid.sortLabel')}
        <select value={sort} onChange={(e) => onSort(channelSorts.find((s) => s === e.target.value) ?? 'index')}>
          {channelSorts.map((s) => (
            <option key={s} value={s}>
              {t(`viz.grid.sort.${s}`)}
            </option>
          ))}
        </select>
      </label>
      {onScale ? (
        <label>
          {t('viz.grid.scaleLabel')}
          <select value={scale} onChange={(e) => onScale(scaleModes.find((s) => s === e.target.value) ?? 'layer')}>
            {scaleModes.map((s) => (
              <option key={s} value={s}>
                {t(`viz.grid.scale.${s}`)}
              </option>
            ))}
          </select>
        </label>
      ) : null}
      <span role="group" aria-label={t('viz.grid.zoom')}>
        <button
          type="button"
          onClick={() => zoom.zoomBy(1.5)}
          aria-label={t('viz.grid.zoomIn')}
          title={t('viz.grid.zoomIn')}
        >
          +
        </button>{' '}
        <button
          type="button"
          onClick={() => zoom.zoomBy(1 / 1.5)}
          aria-label={t('viz.grid.zoomOut')}
          title={t('viz.grid.zoomOut')}
        >
          −
        </button>{' '}
        <button type="button" onClick={zoom.reset} aria-label={t('viz.grid.zoomReset')} title={t('viz.grid.zoomReset')}>
          1:1
        </button>
      </span>
    </div>
  );
}
