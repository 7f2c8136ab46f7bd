/**
 * The input slide's picture: the photo and what happens to it before conv1, as the walkthrough's
 * preprocessing view shows it (usePreprocess: the same numbers), sized for a slide: the original
 * with the crop square, the resized centre crop the network receives, and its three normalised
 * channels (three small squares in a row), side by side with a short caption each.
 */
import { useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { PreprocessPreset } from '../../core/weights/types';
import type { RgbaImage, TensorData } from '../../core/tensorData';
import { fillChannel } from '../../image/channelPicture';
import { paintRgba } from '../../viz/maps/canvas';
import { colormapLut } from '../../viz/maps/colormap';
import { drawOriginal, originalDisplaySize } from '../image/drawOriginal';
import { usePreprocess } from '../image/usePreprocess';

interface Props {
  readonly original: RgbaImage;
  /** Side of the network's input: 227 (224 for torchvision and ZFNet). */
  readonly size: number;
  readonly preset?: PreprocessPreset;
}

/** The original is drawn into this box (device pixels) and scaled by CSS: sharp on a 1080p projector. */
const drawBox = 960;
const channels = ['red', 'green', 'blue'] as const;

export function SlidePreprocess({ original, size, preset }: Props) {
  const { t } = useTranslation();
  const { geometry, cropped, input, values } = usePreprocess(original, size, preset);
  const display = useMemo(() => originalDisplaySize(original, drawBox), [original]);
  const originalRef = useRef<HTMLCanvasElement>(null);
  const cropRef = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    const canvas = originalRef.current;
    if (canvas) drawOriginal(canvas, original, geometry, display, 1);
  }, [original, geometry, display]);
  useEffect(() => {
    const canvas = cropRef.current;
    if (canvas) paintRgba(canvas, cropped.width, cropped.height, (rgba) => rgba.set(cropped.data));
  }, [cropped]);
  const [w, h] = display;
  return (
    <div className="slide-preprocess" data-testid="slide-preprocess">
      <figure style={{ flexGrow: w / h }}>
        <figcaption>
          <strong>{t('image.preprocess.originalTitle')}</strong> {t('slides.input.original', values)}
        </figcaption>
        <canvas
          ref={originalRef}
          role="img"
          aria-label={t('image.preprocess.originalLabel')}
          data-testid="slide-photo"
          data-png="photo"
        />
      </figure>
      <span className="slide-arrow" aria-hidden="true">
        →
      </span>
      <figure style={{ flexGrow: 1 }}>
        <figcaption>
          <strong>{t('image.preprocess.cropTitle')}</strong> {t('slides.input.crop', values)}
        </figcaption>
        <canvas ref={cropRef} role="img" aria-label={t('image.preprocess.cropLabel')} data-png="crop" />
      </figure>
      <span className="slide-arrow" aria-hidden="true">
        →
      </span>
      {/* Three squares in a row, as wide together as the crop. */}
      <figure style={{ flexGrow: 1 }} className="slide-channels">
        <figcaption>
          <strong>{t('image.preprocess.normTitle')}</strong>
        </figcaption>
        <div className="slide-channel-stack">
          {channels.map((name, c) => (
            <Channel key={name} input={input} channel={c} label={t(`image.preprocess.${name}`)} />
          ))}
        </div>
      </figure>
    </div>
  );
}

function Channel({ input, channel, label }: { input: TensorData; channel: number; label: string }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLCanvasElement>(null);
  const [h = 0, w = 0] = input.shape;
  useEffect(() => {
    const canvas = ref.current;
    if (canvas) paintRgba(canvas, w, h, (rgba) => fillChannel(rgba, input, channel, colormapLut('rdbu')));
  }, [input, channel, w, h]);
  return (
    <div className="slide-channel">
      <canvas
        ref={ref}
        role="img"
        aria-label={t('image.preprocess.channelLabel', { channel: label })}
        data-png="channel"
      />
      <span>{label}</span>
    </div>
  );
}
