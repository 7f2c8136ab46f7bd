/**
 * While a checkpoint is still arriving: the first conv layer read from it, its kernels and its
 * maps of the image on the page, so the student sees what the network learned after the first
 * 100 KB rather than after 244 MB. Said plainly to be a look ahead: the network on the page is
 * replaced only once the whole file has been read and checked (a refusal keeps everything).
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatBytes } from '../../core/format';
import type { ChannelSort } from '../../viz/maps/channelStats';
import type { ImportPreview } from '../../state/weights/types';
import { FeatureMapGrid } from '../viz/FeatureMapGrid';
import { FilterGrid } from '../viz/FilterGrid';

export function FirstLook({ preview }: { preview: ImportPreview }) {
  const { t } = useTranslation();
  const [sort, setSort] = useState<ChannelSort>('index');
  const layer = preview.layerId;
  return (
    <section className="first-look" data-testid="weights-first-look" aria-labelledby="first-look-heading">
      <h3 id="first-look-heading">
        {t('weights.firstLook.heading', { layer, at: formatBytes(preview.at), total: formatBytes(preview.total) })}
      </h3>
      <p className="muted">{t('weights.firstLook.note', { layer })}</p>
      <div className="first-look-parts">
        <figure>
          <figcaption>{t('weights.firstLook.filters', { layer })}</figcaption>
          <FilterGrid kernel={preview.kernel} layerLabel={layer} />
        </figure>
        {preview.maps ? (
          <figure data-testid="first-look-maps">
            <figcaption>{t('weights.firstLook.maps', { layer })}</figcaption>
            <FeatureMapGrid maps={preview.maps.data} layerLabel={layer} sort={sort} onSort={setSort} />
          </figure>
        ) : null}
      </div>
    </section>
  );
}
