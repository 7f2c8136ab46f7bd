/**
 * The input image with the receptive field of one output value outlined: the square is
 * clipped to the image, and the part of it that falls in the zero padding is drawn over a
 * hatched margin around the image, so "the kernel reads zeros there" is visible.
 */
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReceptiveField } from '../../core/analyze';
import type { RgbaImage } from '../../core/tensorData';
import { paintRgba } from '../../viz/maps/canvas';
import { type Rect, rfOverhang, rfPlacement } from '../../viz/maps/rfRect';
import './viz.css';

export interface ReceptiveFieldViewProps {
  /** The preprocessed input, 227×227 for the seed variant. */
  readonly image: RgbaImage;
  /** The layer's receptive field, from analyze(): conv1 {size 11, jump 4, start 5}. */
  readonly rf: ReceptiveField;
  /** Output pixel to outline; null draws the image alone. */
  readonly at: { readonly x: number; readonly y: number } | null;
  readonly layerLabel: string;
  /** Canvas pixels per input pixel (default 2). */
  readonly scale?: number;
}

/** Space around the image for the padding, in input pixels: the layer's overhang plus a rim. */
const marginFor = (rf: ReceptiveField) => rfOverhang(rf) + 4;

export function ReceptiveFieldView({ image, rf, at, layerLabel, scale = 2 }: ReceptiveFieldViewProps) {
  const { t } = useTranslation();
  const ref = useRef<HTMLCanvasElement>(null);
  const m = marginFor(rf);
  const placement = at ? rfPlacement(rf, at, image.width, image.height) : null;
  // Primitive deps: a new `at` object with the same pixel must not redraw.
  const ax = at?.x;
  const ay = at?.y;

  useEffect(() => {
    const canvas = ref.current;
    const ctx = canvas?.getContext('2d');
    if (!canvas || !ctx) return;
    const s = scale;
    canvas.width = (image.width + 2 * m) * s;
    canvas.height = (image.height + 2 * m) * s;
    const css = getComputedStyle(canvas);
    const mark = css.getPropertyValue('--viz-mark').trim() || '#c2410c';
    hatch(ctx, canvas.width, canvas.height);
    const photo = document.createElement('canvas');
    paintRgba(photo, image.width, image.height, (rgba) => rgba.set(image.data));
    ctx.imageSmoothingEnabled = false;
    ctx.drawImage(photo, m * s, m * s, image.width * s, image.height * s);
    // The image edge: where real pixels stop and the zero padding starts.
    ctx.strokeStyle = '#5b6570';
    ctx.lineWidth = 1;
    ctx.strokeRect(m * s - 0.5, m * s - 0.5, image.width * s + 1, image.height * s + 1);
    if (ax === undefined || ay === undefined) return;
    const placement = rfPlacement(rf, { x: ax, y: ay }, image.width, image.height);
    const px = (r: Rect) => [(r.x0 + m) * s, (r.y0 + m) * s, (r.x1 - r.x0) * s, (r.y1 - r.y0) * s] as const;
    const full = px(placement.full);
    // Dim everything outside the square, so the eye lands on what the value sees.
    ctx.fillStyle = 'rgba(0, 0, 0, 0.5)';
    ctx.beginPath();
    ctx.rect(0, 0, canvas.width, canvas.height);
    ctx.rect(...full);
    ctx.fill('evenodd');
    ctx.lineWidth = 2;
    ctx.strokeStyle = mark;
    ctx.setLineDash([6, 4]);
    ctx.strokeRect(...full);
    ctx.setLineDash([]);
    if (placement.clipped) {
      ctx.lineWidth = 3;
      ctx.strokeRect(...px(placement.clipped));
    }
  }, [image, rf, m, scale, ax, ay]);

  const alt = at
    ? t('viz.rf.canvas', { w: image.width, h: image.height, x: at.x, y: at.y })
    : t('viz.rf.canvasIdle', { w: image.width, h: image.height });
  const size = rf.size;
  return (
    <figure className="viz viz-rf" data-testid="rf-view">
      <canvas ref={ref} role="img" aria-label={alt} style={{ width: (image.width + 2 * m) * scale }} />
      <figcaption aria-live="polite">
        {!at || !placement
          ? t('viz.rf.idle')
          : rf.wholeImage
            ? t('viz.rf.whole')
            : [
                t('viz.rf.at', {
                  layer: layerLabel,
                  x: at.x,
                  y: at.y,
                  x0: signed(placement.full.x0),
                  x1: signed(placement.full.x1 - 1),
                  y0: signed(placement.full.y0),
                  y1: signed(placement.full.y1 - 1),
                  size,
                }),
                placement.outsidePixels > 0
                  ? t('viz.rf.padding', { count: placement.outsidePixels, total: size * size })
                  : '',
              ].join(' ')}
      </figcaption>
    </figure>
  );
}

/** −32 with the typographic minus, as core/format writes negative numbers in prose. */
const signed = (n: number): string => (n < 0 ? `−${-n}` : String(n));

/** Light grey with diagonal lines: the zero-padding area around the image. */
function hatch(ctx: CanvasRenderingContext2D, w: number, h: number): void {
  ctx.fillStyle = '#eceef0';
  ctx.fillRect(0, 0, w, h);
  ctx.strokeStyle = '#b9c0c8';
  ctx.lineWidth = 1;
  ctx.beginPath();
  for (let d = -h; d < w; d += 8) {
    ctx.moveTo(d, h);
    ctx.lineTo(d + h, 0);
  }
  ctx.stroke();
}
