/** The built-in samples as thumbnail buttons; the pressed one is the image in use. */
import { useTranslation } from 'react-i18next';
import { sampleUrl } from '../../image/loadSample';
import { type SampleId, sampleIds } from '../../state/viewState';

interface Props {
  readonly current: SampleId | 'upload';
  readonly onSample: (id: SampleId) => void;
}

/** One thumbnail button per sample; aria-pressed marks the one in use. */
export function SampleButtons({ current, onSample }: Props) {
  const { t } = useTranslation();
  return (
    <div className="sample-row" role="group" aria-labelledby="image-samples-label">
      <span id="image-samples-label" className="image-label">
        {t('image.samples.label')}
      </span>
      <div className="sample-buttons">
        {sampleIds.map((id) => (
          <button
            key={id}
            type="button"
            className="sample-button"
            aria-pressed={current === id}
            data-testid={`sample-${id}`}
            onClick={() => onSample(id)}
          >
            {/* Not draggable: dropping our own thumbnail back on the page would "upload" it. */}
            <img src={sampleUrl(id, true)} alt="" width={96} height={64} draggable={false} />
            <span>{t(`image.samples.${id}`)}</span>
          </button>
        ))}
      </div>
    </div>
  );
}
