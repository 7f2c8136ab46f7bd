/** Who made the sample photos and under which licence (the facts of public/samples/CREDITS.md). */
import { useTranslation } from 'react-i18next';
import { sampleIds } from '../../state/viewState';

/** A disclosure ("Image credits") listing photographer and licence of each sample. */
export function ImageCredits() {
  const { t } = useTranslation();
  return (
    <details className="image-credits" data-testid="image-credits">
      <summary>{t('image.credits.summary')}</summary>
      <p>{t('image.credits.intro')}</p>
      <ul>
        {sampleIds.map((id) => (
          <li key={id}>{t(`image.credits.${id}`)}</li>
        ))}
      </ul>
    </details>
  );
}
