/**
 * The preprocessing as three pictures: the original with the crop square, the resized centre
 * crop the network receives, and its normalised channels. Every picture and number comes from
 * core/preprocess.ts (usePreprocess), the same functions that make the model's input.
 */
import { useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { PreprocessPreset } from '../../core/weights/types';
import type { RgbaImage } from '../../core/tensorData';
import { paintRgba } from '../../viz/maps/canvas';
import { drawOriginal, originalDisplaySize } from './drawOriginal';
import { NormalizedChannels } from './NormalizedChannels';
import { usePreprocess } from './usePreprocess';
import './image.css';

/** Props of PreprocessView. */
export interface PreprocessViewProps {
  /** The decoded image (opaque RGBA), any size. */
  readonly original: RgbaImage;
  /** Side of the network's input: 227 (224 for ZFNet). */
  readonly size: number;
  /** An imported network's preprocessing (resize to 256, crop, its own normalisation); absent: the app's default. */
  readonly preset?: PreprocessPreset;
}

const originalBox = 360;

/** Original with crop square → resized crop → normalised channels, with captions and numbers. */
export function PreprocessView({ original, size, preset }: PreprocessViewProps) {
  const { t } = useTranslation();
  const { geometry, cropped, input, values } = usePreprocess(original, size, preset);
  const display = useMemo(() => originalDisplaySize(original, originalBox), [original]);
  const originalRef = useRef<HTMLCanvasElement>(null);
  const croppedRef = useRef<HTMLCanvasElement>(null);

  useEffect(() => {
    const canvas = originalRef.current;
    if (canvas) drawOriginal(canvas, original, geometry, display, Math.min(2, window.devicePixelRatio || 1));
  }, [original, geometry, display]);

  useEffect(() => {
    const canvas = croppedRef.current;
    if (canvas) paintRgba(canvas, cropped.width, cropped.height, (rgba) => rgba.set(cropped.data));
  }, [cropped]);

  return (
    <section className="preprocess" aria-labelledby="preprocess-heading" data-testid="preprocess">
      <h3 id="preprocess-heading">{t('image.preprocess.heading')}</h3>
      <p className="preprocess-chain" data-testid="preprocess-chain">
        {t('image.preprocess.chain', values)}
      </p>
      {preset ? (
        <p className="preprocess-chain" data-testid="preprocess-preset">
          {t('weights.preset.shown', {
            preset: t(`weights.preset.${preset}`),
            steps: t(`weights.preset.${preset}Steps`, { size }),
          })}
        </p>
      ) : null}
      <div className="preprocess-steps">
        <figure className="preprocess-step">
          <figcaption className="pre-title">{t('image.preprocess.originalTitle')}</figcaption>
          <canvas
            ref={originalRef}
            role="img"
            aria-label={t('image.preprocess.originalLabel')}
            style={{ width: display[0] }}
            data-testid="preprocess-original"
          />
          <p className="pre-text">{t('image.preprocess.original', values)}</p>
        </figure>
        <figure className="preprocess-step">
          <figcaption className="pre-title">{t('image.preprocess.cropTitle')}</figcaption>
          <canvas
            ref={croppedRef}
            role="img"
            aria-label={t('image.preprocess.cropLabel')}
            className="pixelated"
            style={{ width: size }}
            data-testid="preprocess-crop"
          />
          <p className="pre-text">{t('image.preprocess.crop', values)}</p>
        </figure>
        <NormalizedChannels input={input} />
      </div>
    </section>
  );
}
