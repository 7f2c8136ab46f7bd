/** The photo every layer works on: a thumbnail, its name, and the button that opens the picker. */
import { useTranslation } from 'react-i18next';
import type { ChosenImage } from '../../state/image/useChosenImage';
import { ImageThumb } from '../image/ImageThumb';

interface Props {
  readonly chosen: ChosenImage;
  readonly open: boolean;
  readonly onToggle: () => void;
}

export function PhotoChip({ chosen, open, onToggle }: Props) {
  const { t } = useTranslation();
  const { image, sample } = chosen;
  const name = image ? (sample ? t(`image.samples.${sample}`) : image.name) : '';
  return (
    <div className="context-item photo-chip" data-testid="photo-chip">
      <span className="chooser-label">{t('shell.photo.label')}</span>
      {image ? <ImageThumb image={image.pixels} label={t('layout.thumb', { name })} height={30} /> : null}
      <strong className="context-value" data-testid="photo-name">
        {image ? name : chosen.loading ? t('shell.photo.loading') : t('shell.photo.none')}
      </strong>
      <button
        type="button"
        className="button button-primary"
        aria-expanded={open}
        aria-controls="drawer-photo"
        onClick={onToggle}
        data-testid="image-change"
      >
        {t('shell.photo.change')}
      </button>
    </div>
  );
}
