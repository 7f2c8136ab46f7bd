/** Which image is in use, its size, and what was done to it (as notes). */
import { useTranslation } from 'react-i18next';
import { dims } from '../../image/notes';
import type { ChosenImage } from '../../state/image/useChosenImage';
import { useImageText } from './useImageText';

/** Name and size of the image in use, a failed sample, and the notes (role="status"). */
export function CurrentImage({ chosen }: { readonly chosen: ChosenImage }) {
  const { t } = useTranslation();
  const text = useImageText();
  const { image, sample, loading, failed } = chosen;
  const notes = image?.details ? image.details.map(text.note) : (image?.notes ?? []);
  return (
    <div className="current-image">
      {failed ? (
        <p className="image-alert" role="alert">
          {t('image.current.sampleFailed', { name: t(`image.samples.${failed}`) })}
        </p>
      ) : null}
      {loading ? <p className="muted">{t('image.current.loading')}</p> : null}
      {image ? (
        <p data-testid="current-image">
          <span className="image-label">{t('image.current.label')}</span>{' '}
          <strong className="current-name">{sample ? t(`image.samples.${sample}`) : image.name}</strong>
          {' · '}
          <span className="muted">
            {t('image.current.size', { size: dims(image.pixels.width, image.pixels.height) })}
          </span>
        </p>
      ) : null}
      <div role="status" data-testid="image-notes">
        {notes.length > 0 ? (
          <>
            <span className="image-label">{t('image.current.notes')}</span>
            <ul className="image-notes">
              {notes.map((note) => (
                <li key={note}>{note}</li>
              ))}
            </ul>
          </>
        ) : null}
      </div>
    </div>
  );
}
