/**
 * The most active channels of a feature-map step, as buttons: one press selects that channel
 * in the grid, so the maps a trained network lights up for this image are easy to find.
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { TensorData } from '../../core/tensorData';
import { formatValue } from '../../viz/maps/format';
import { topChannels } from './channelStats';

interface Props {
  readonly maps: TensorData;
  readonly selected: number | null;
  readonly onSelect: (channel: number) => void;
}

export function TopChannels({ maps, selected, onSelect }: Props) {
  const { t } = useTranslation();
  const top = useMemo(() => topChannels(maps, 5), [maps]);
  return (
    <p className="top-channels" data-testid="top-channels">
      <span>{t('weights.teach.topChannels')}</span>
      {top.map(({ channel, mean }) => (
        <button
          key={channel}
          type="button"
          className="secondary"
          aria-pressed={selected === channel}
          aria-label={t('weights.teach.channelLabel', { c: channel, v: formatValue(mean) })}
          onClick={() => onSelect(channel)}
          data-testid="top-channel"
          data-channel={channel}
        >
          {t('weights.teach.channel', { c: channel, v: formatValue(mean) })}
        </button>
      ))}
    </p>
  );
}
