/**
 * Above the feature-map grid, one row: the display options (colour map, order, colour scale)
 * behind one "Display" button, and the zoom buttons. One row, so the grid itself starts on a
 * laptop's first screen.
 */
import type { ReactNode } from 'react';
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
  /** More options for the popover (the colour map picker). */
  readonly options?: ReactNode;
}

export function GridToolbar({ sort, onSort, scale, onScale, zoom, options }: GridToolbarProps) {
  const { t } = useTranslation();
  return (
    <div className="viz-toolbar">
      <details className="viz-options">
        <summary>{t('viz.grid.display')}</summary>
        <div className="viz-options-body">
          {options}
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
        </div>
      </details>
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
