/** Step 3 of the preprocessing: the three normalised channels, a shared colour scale, the formula. */
import { type ReactNode, useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { imagenetMean, imagenetStd } from '../../core/preprocess';
import type { TensorData } from '../../core/tensorData';
import { fillChannel, normalizedLimit, signed2 } from '../../image/channelPicture';
import { paintRgba } from '../../viz/maps/canvas';
import { channelStats } from '../../viz/maps/channelStats';
import { colormapLut, lutCss } from '../../viz/maps/colormap';

const channels = ['red', 'green', 'blue'] as const;

/** The [size, size, 3] network input as three diverging-colour pictures with their ranges. */
export function NormalizedChannels({ input }: { readonly input: TensorData }) {
  const { t } = useTranslation();
  const [h = 0, w = 0] = input.shape;
  const stats = useMemo(() => channelStats(input, [h, w, 3]), [input, h, w]);
  const lut = colormapLut('rdbu');
  const gradient = `linear-gradient(to right, ${Array.from({ length: 9 }, (_, i) => lutCss(lut, (i * 255) / 8)).join(', ')})`;
  const limit = signed2(normalizedLimit);
  return (
    <figure className="preprocess-step preprocess-norm">
      <figcaption className="pre-title">{t('image.preprocess.normTitle')}</figcaption>
      <div className="channel-row">
        {channels.map((name, c) => (
          <ChannelPicture key={name} input={input} channel={c} label={t(`image.preprocess.${name}`)} lut={lut}>
            <span className="channel-formula">
              {t('image.preprocess.channelFormula', { mean: imagenetMean[c] ?? 0, std: imagenetStd[c] ?? 1 })}
            </span>
            <span data-testid={`channel-range-${name}`}>
              {t('image.preprocess.channelRange', {
                min: signed2(stats[c]?.min ?? 0),
                max: signed2(stats[c]?.max ?? 0),
              })}
            </span>
          </ChannelPicture>
        ))}
      </div>
      <div
        className="norm-legend"
        role="img"
        aria-label={t('image.preprocess.legend', { low: `−${limit}`, high: limit })}
      >
        <div className="norm-legend-bar" style={{ background: gradient }} />
        <div className="norm-legend-ticks" aria-hidden="true">
          <span>−{limit}</span>
          <span>0</span>
          <span>+{limit}</span>
        </div>
      </div>
      <p className="pre-text">{t('image.preprocess.norm')}</p>
    </figure>
  );
}

interface ChannelProps {
  readonly input: TensorData;
  readonly channel: number;
  readonly label: string;
  readonly lut: Uint8ClampedArray;
  readonly children: ReactNode;
}

function ChannelPicture({ input, channel, label, lut, children }: ChannelProps) {
  const { t } = useTranslation();
  const ref = useRef<HTMLCanvasElement>(null);
  const [h = 0, w = 0] = input.shape;
  useEffect(() => {
    const canvas = ref.current;
    if (canvas) paintRgba(canvas, w, h, (rgba) => fillChannel(rgba, input, channel, lut));
  }, [input, channel, lut, w, h]);
  return (
    <div className="channel">
      <span className="channel-name">{label}</span>
      <canvas ref={ref} role="img" aria-label={t('image.preprocess.channelLabel', { channel: label })} />
      {children}
    </div>
  );
}
