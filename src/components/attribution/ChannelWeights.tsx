/** Grad-CAM's largest channel weights αₖ, each a button that opens that channel's map in the walkthrough. */
import { useTranslation } from 'react-i18next';
import { topChannels } from '../../core/attribution/gradcam';
import { formatValue } from '../../viz/maps/format';

interface Props {
  /** The layer whose output was weighted ('relu5') and its weights, one per channel. */
  readonly layerId: string;
  readonly weights: Float32Array;
  readonly onOpenChannel: (layerId: string, channel: number) => void;
}

export function ChannelWeights({ layerId, weights, onOpenChannel }: Props) {
  const { t } = useTranslation();
  const top = topChannels(weights, 8).filter((c) => c.weight > 0);
  return (
    <section className="attr-channels" aria-labelledby="attr-channels-heading" data-testid="attribution-channels">
      <h4 id="attr-channels-heading">{t('attribution.channels.heading')}</h4>
      <p className="muted">{t('attribution.channels.hint')}</p>
      <ul>
        {top.map(({ channel, weight }) => (
          <li key={channel}>
            <button
              type="button"
              className="link-button"
              aria-label={t('attribution.channels.open', { channel, layer: layerId })}
              onClick={() => onOpenChannel(layerId, channel)}
              data-testid="attribution-channel-link"
            >
              {t('attribution.channels.item', { channel, weight: formatValue(weight, 5) })}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
