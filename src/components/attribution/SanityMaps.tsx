/**
 * The sanity check's maps side by side: the original, then one per step of the cascade, each
 * on its own colour scale (so that the order of its pixels shows, which is what ρ compares),
 * with its rank correlation to the original.
 */
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { AttributionMethod } from '../../core/attribution/types';
import type { TensorData } from '../../core/tensorData';
import { displayDomain, drawMapAlone } from '../../viz/attribution/heatmap';
import { colormapLut } from '../../viz/maps/colormap';

function SmallMap({ map, method, label }: { map: TensorData; method: AttributionMethod; label: string }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    if (canvas.current) drawMapAlone(canvas.current, map, colormapLut('magma'), displayDomain(method, map));
  }, [map, method]);
  return <canvas ref={canvas} className="attr-small" role="img" aria-label={label} />;
}

export interface SanityTile {
  readonly key: string;
  readonly map: TensorData;
  readonly title: string;
  /** ρ to the original, formatted; absent for the original itself. */
  readonly rho?: string;
  readonly label: string;
}

export function SanityMaps({ tiles, method }: { tiles: readonly SanityTile[]; method: AttributionMethod }) {
  const { t } = useTranslation();
  return (
    <ol className="attr-sanity-maps" aria-label={t('attribution.sanity.list')} data-testid="attribution-sanity-maps">
      {tiles.map((tile) => (
        <li key={tile.key} data-testid="attribution-sanity-step">
          <SmallMap map={tile.map} method={method} label={tile.label} />
          <span className="attr-small-title">{tile.title}</span>
          {tile.rho ? <span className="attr-rho">{tile.rho}</span> : null}
        </li>
      ))}
    </ol>
  );
}
