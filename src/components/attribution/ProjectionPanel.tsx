/**
 * A deconvnet or guided-backprop projection as Zeiler & Fergus show it (grey = 0), beside the
 * patch of the crop that the projected unit can see (its receptive field, from core's analysis).
 */
import { useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Analysis } from '../../core/analyze';
import type { AttributionResult } from '../../core/attribution/types';
import type { RgbaImage } from '../../core/tensorData';
import { drawPatch, drawProjection } from '../../viz/attribution/projection';
import { formatValue } from '../../viz/maps/format';
import { rfPlacement } from '../../viz/maps/rfRect';

interface Props {
  readonly result: AttributionResult;
  readonly crop: RgbaImage;
  readonly analysis: Analysis;
  /** The network takes BGR input (Caffe's preset): the projection is shown RGB. */
  readonly bgr: boolean;
}

export function ProjectionPanel({ result, crop, analysis, bgr }: Props) {
  const { t } = useTranslation();
  const image = useRef<HTMLCanvasElement>(null);
  const patch = useRef<HTMLCanvasElement>(null);
  const p = result.projection;
  const unit = p?.unit;
  const rf = analysis.layers.find((l) => l.layer.id === unit?.layerId)?.receptiveField;
  const ux = unit?.x;
  const uy = unit?.y;
  const placed = useMemo(
    () =>
      rf && ux !== undefined && uy !== undefined
        ? rfPlacement(rf, { x: ux, y: uy }, crop.width, crop.height)
        : undefined,
    [rf, ux, uy, crop],
  );

  useEffect(() => {
    if (p && image.current) drawProjection(image.current, p.rgb, bgr, 1);
  }, [p, bgr]);
  useEffect(() => {
    if (placed?.clipped && patch.current) drawPatch(patch.current, crop, placed.clipped, 160);
  }, [placed?.clipped, crop]);

  if (!p || !unit) return null;
  const silent = unit.value <= 0;
  return (
    <section className="attr-projection" aria-labelledby="attr-projection-heading" data-testid="attribution-projection">
      <h4 id="attr-projection-heading">{t('attribution.projection.heading')}</h4>
      <p>
        {t('attribution.projection.unit', {
          layer: unit.layerId,
          channel: unit.channel,
          x: unit.x,
          y: unit.y,
          value: formatValue(unit.value),
        })}
      </p>
      {silent ? <p className="viz-warning">{t('attribution.projection.silent')}</p> : null}
      <div className="attr-projection-pics">
        <figure>
          <canvas
            ref={image}
            role="img"
            aria-label={t('attribution.projection.imageAlt', { channel: unit.channel, layer: unit.layerId })}
            data-testid="attribution-projection-image"
          />
          <figcaption>{t('attribution.projection.image')}</figcaption>
        </figure>
        {placed?.clipped && rf ? (
          <figure>
            <canvas
              ref={patch}
              role="img"
              aria-label={t('attribution.projection.patchAlt', { x: unit.x, y: unit.y, layer: unit.layerId })}
            />
            <figcaption>{t('attribution.projection.patch', { size: rf.size })}</figcaption>
          </figure>
        ) : null}
      </div>
    </section>
  );
}
