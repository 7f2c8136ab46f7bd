/**
 * One channel enlarged, and the same channel laid over the input image with a blend slider:
 * each cell placed on the input pixels around its receptive-field centre, so the student
 * sees which part of the picture made the map light up.
 */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReceptiveField } from '../../core/analyze';
import type { RgbaImage, TensorData } from '../../core/tensorData';
import { paintRgba } from '../../viz/maps/canvas';
import { type SequentialColormap, colormapLut } from '../../viz/maps/colormap';
import { type FeatureGridModel, type Probe, channelRange } from '../../viz/maps/featureGrid';
import { fillFeatureGrid } from '../../viz/maps/fillGrid';
import { formatValue } from '../../viz/maps/format';
import { gridLayout } from '../../viz/maps/gridLayout';
import { mapOverlayRect } from '../../viz/maps/rfRect';
import { type PointAt, useTouchProbe } from './useTouchProbe';

export interface ChannelDetailProps {
  readonly maps: TensorData;
  readonly model: FeatureGridModel;
  readonly channel: number;
  readonly layerLabel: string;
  readonly colormap: SequentialColormap;
  readonly image?: RgbaImage;
  readonly rf?: ReceptiveField;
  readonly onClose?: () => void;
  /** A value read on the enlarged map (pointer or tap): the grid's linked views follow it. */
  readonly onProbe?: (probe: Probe) => void;
}

/** Device pixels per input pixel on the overlay canvas (227 → 454). */
const OVERLAY_SCALE = 2;

/** The value under a point of the enlarged canvas, from its bounding box (which includes any zoom). */
function readAt(e: PointAt, maps: TensorData, channel: number, h: number, w: number): Probe | null {
  const r = e.currentTarget.getBoundingClientRect();
  const x = Math.floor(((e.clientX - r.left) / r.width) * w);
  const y = Math.floor(((e.clientY - r.top) / r.height) * h);
  if (x < 0 || y < 0 || x >= w || y >= h) return null;
  const c = maps.shape[2] ?? 1;
  return { channel, x, y, value: maps.data[(y * w + x) * c + channel] ?? 0 };
}

export function ChannelDetail({
  maps,
  model,
  channel,
  layerLabel,
  colormap,
  image,
  rf,
  onClose,
  onProbe,
}: ChannelDetailProps) {
  const { t } = useTranslation();
  const [blend, setBlend] = useState(60);
  const bigRef = useRef<HTMLCanvasElement>(null);
  const overlayRef = useRef<HTMLCanvasElement>(null);
  const [h, w] = model.hwc;
  const stat = model.stats[channel];
  const [reading, setReading] = useState<Probe | null>(null);
  // The mouse reads as it moves, a finger with a tap or a slide: the same as the grid's tiles.
  const touch = useTouchProbe<Probe>({
    hit: (e) => readAt(e, maps, channel, h, w),
    probe: (p) => {
      setReading(p);
      onProbe?.(p);
    },
    same: (a, b) => a.x === b.x && a.y === b.y,
  });
  const shown = reading?.channel === channel ? reading : null;

  useEffect(() => {
    const canvas = bigRef.current;
    if (!canvas) return;
    const one = gridLayout(1, w, h, { cols: 1 });
    const range = channelRange(model, channel);
    paintRgba(canvas, w, h, (rgba) =>
      fillFeatureGrid(rgba, maps, model.hwc, one, [channel], colormapLut(colormap), () => range),
    );
  }, [maps, model, channel, colormap, w, h]);

  useEffect(() => {
    const canvas = overlayRef.current;
    const source = bigRef.current;
    if (!canvas || !source || !image) return;
    const s = OVERLAY_SCALE;
    canvas.width = image.width * s;
    canvas.height = image.height * s;
    const ctx = canvas.getContext('2d');
    const photo = document.createElement('canvas');
    if (!ctx) return;
    paintRgba(photo, image.width, image.height, (rgba) => rgba.set(image.data));
    ctx.imageSmoothingEnabled = false;
    ctx.drawImage(photo, 0, 0, canvas.width, canvas.height);
    const r = rf
      ? mapOverlayRect(rf, w, h, image.width, image.height)
      : { x0: 0, y0: 0, x1: image.width, y1: image.height };
    ctx.globalAlpha = blend / 100;
    ctx.drawImage(source, r.x0 * s, r.y0 * s, (r.x1 - r.x0) * s, (r.y1 - r.y0) * s);
    ctx.globalAlpha = 1;
  }, [image, rf, blend, maps, model, channel, colormap, w, h]);

  const percent = `${blend}%`;
  return (
    <section
      className="viz-detail"
      data-testid="channel-detail"
      aria-label={t('viz.detail.heading', { channel, layer: layerLabel })}
    >
      <header>
        <h3>{t('viz.detail.heading', { channel, layer: layerLabel })}</h3>
        {onClose ? (
          <button type="button" className="viz-icon-button" onClick={onClose}>
            {t('viz.detail.close')}
          </button>
        ) : null}
      </header>
      <div className="viz-row">
        <div className="viz-map-read">
          <canvas
            ref={bigRef}
            className="viz-pixels viz-map-big"
            onPointerDown={touch.onPointerDown}
            onPointerMove={touch.onPointerMove}
            onPointerUp={touch.onPointerUp}
            onPointerCancel={touch.onPointerCancel}
            onClick={touch.onClick}
            data-testid="channel-detail-map"
            role="img"
            aria-label={t('viz.detail.map', {
              channel,
              h,
              w,
              max: formatValue(stat?.max ?? 0),
              x: stat?.argmax.x ?? 0,
              y: stat?.argmax.y ?? 0,
            })}
          />
          <p className="viz-note" aria-live="polite" data-testid="channel-detail-read">
            {shown
              ? t('viz.detail.read', { x: shown.x, y: shown.y, value: formatValue(shown.value) })
              : t('viz.detail.readIdle')}
          </p>
        </div>
        {image ? (
          <figure className="viz viz-overlay-figure">
            <canvas
              ref={overlayRef}
              className="viz-overlay"
              role="img"
              aria-label={t('viz.detail.overlay', { channel, percent })}
            />
            <label className="viz-note">
              {t('viz.detail.blend')}{' '}
              <input type="range" min={0} max={100} value={blend} onChange={(e) => setBlend(Number(e.target.value))} />{' '}
              {percent}
            </label>
            {rf && !rf.wholeImage ? <figcaption>{t('viz.detail.overlayNote', { jump: rf.jump })}</figcaption> : null}
          </figure>
        ) : (
          <p className="viz-note">{t('viz.detail.noImage')}</p>
        )}
      </div>
    </section>
  );
}
