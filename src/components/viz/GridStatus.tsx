/** One line under the grid naming the probed value and its channel's max: read aloud politely. */
import { useTranslation } from 'react-i18next';
import type { TensorData } from '../../core/tensorData';
import { type FeatureGridModel, mapValue } from '../../viz/maps/featureGrid';
import { formatValue } from '../../viz/maps/format';
import type { GridCursor } from '../../viz/maps/gridCursor';

export function GridStatus({
  maps,
  model,
  cursor,
}: {
  maps: TensorData;
  model: FeatureGridModel;
  cursor: GridCursor | null;
}) {
  const { t } = useTranslation();
  const stat = cursor ? model.stats[cursor.channel] : undefined;
  let text: string = t('viz.grid.idle');
  if (cursor && stat) {
    const value = formatValue(mapValue(maps, model.hwc, cursor.channel, cursor.x, cursor.y));
    const about =
      stat.max <= 0
        ? t('viz.grid.dead', { channel: stat.channel, max: formatValue(stat.max) })
        : t('viz.grid.channel', {
            channel: stat.channel,
            max: formatValue(stat.max),
            ...stat.argmax,
            mean: formatValue(stat.mean),
          });
    text = `${t('viz.grid.probe', { channel: cursor.channel, x: cursor.x, y: cursor.y, value })} ${about}`;
  }
  return (
    <p className="viz-status" aria-live="polite" data-testid="grid-status">
      {text}
    </p>
  );
}
