/**
 * The image panel: the picker, the image in use, and its preprocessing. Mounted by App until the
 * walkthrough takes these pieces over; holds the user's image in memory only.
 */
import { useTranslation } from 'react-i18next';
import { type VariantId, variants } from '../../core/variants';
import type { SampleId } from '../../state/viewState';
import { CurrentImage } from './CurrentImage';
import { ImagePicker } from './ImagePicker';
import { PreprocessView } from './PreprocessView';
import { type ChosenImage, useChosenImage } from './useChosenImage';

interface Props {
  /** The view state's `image`: a sample id or `upload`. */
  readonly image: SampleId | 'upload';
  readonly variant: VariantId;
  readonly onChoose: (image: SampleId | 'upload') => void;
}

/** Picker, current image and preprocessing in one panel, wired to the view state's `image`. */
export function ImageSection({ image, variant, onChoose }: Props) {
  const chosen = useChosenImage(image, onChoose);
  return <ImagePanel chosen={chosen} current={image} variant={variant} onChoose={onChoose} />;
}

/**
 * The same panel for a caller that holds the chosen image itself (to hand `chosen.image` to
 * the model too): `const chosen = useChosenImage(state.image, choose)`.
 */
export function ImagePanel({ chosen, current, variant, onChoose }: Omit<Props, 'image'> & PanelProps) {
  const { t } = useTranslation();
  const input = variants[variant].layers.find((l) => l.kind === 'input');
  const size = input?.kind === 'input' ? input.size : 227;
  return (
    <section className="panel image-section" aria-labelledby="image-heading" data-testid="image-section">
      <h2 id="image-heading">{t('image.heading')}</h2>
      <p className="image-lead">{t('image.lead')}</p>
      <div className="image-top">
        <ImagePicker current={current} onImage={chosen.setUpload} onSample={onChoose} inputSize={size} />
        <CurrentImage chosen={chosen} />
      </div>
      {chosen.image ? <PreprocessView original={chosen.image.pixels} size={size} /> : null}
    </section>
  );
}

interface PanelProps {
  readonly chosen: ChosenImage;
  readonly current: SampleId | 'upload';
}
