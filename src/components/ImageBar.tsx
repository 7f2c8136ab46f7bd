/**
 * Step 1 of using the app: choose the photo every layer will work on. The preprocessing pictures
 * are the walkthrough's input step (PreprocessView), not part of this bar.
 */
import { useTranslation } from 'react-i18next';
import type { SampleId } from '../state/viewState';
import { CurrentImage } from './image/CurrentImage';
import { ImagePicker } from './image/ImagePicker';
import type { ChosenImage } from './image/useChosenImage';
import './image/image.css';

interface Props {
  readonly chosen: ChosenImage;
  readonly current: SampleId | 'upload';
  readonly inputSize: number;
  readonly onSample: (id: SampleId) => void;
}

export function ImageBar({ chosen, current, inputSize, onSample }: Props) {
  const { t } = useTranslation();
  return (
    <section className="panel image-section present-hide" aria-labelledby="image-heading" data-testid="image-section">
      <h2 id="image-heading">{t('image.heading')}</h2>
      <p className="image-lead">{t('image.lead')}</p>
      <div className="image-top">
        <ImagePicker current={current} onImage={chosen.setUpload} onSample={onSample} inputSize={inputSize} />
        <CurrentImage chosen={chosen} />
      </div>
    </section>
  );
}
