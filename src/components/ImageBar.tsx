/**
 * Step 1 of using the app: choose the photo every layer will work on. Once an image is in use
 * the picker folds into a one-line strip (thumbnail, name, size, "Change image"), so the step
 * is what the first screen shows. The picker stays mounted while folded: a page-wide drop or
 * paste still works, and its refusals (role="alert") still show. A new image folds it again.
 * The preprocessing pictures are the walkthrough's input step (PreprocessView), not this bar.
 */
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SampleId } from '../state/viewState';
import { CurrentImage } from './image/CurrentImage';
import { ImagePicker } from './image/ImagePicker';
import { ImageThumb } from './image/ImageThumb';
import type { ChosenImage } from './image/useChosenImage';
import './image/image.css';

interface Props {
  readonly chosen: ChosenImage;
  readonly current: SampleId | 'upload';
  readonly inputSize: number;
  readonly onSample: (id: SampleId) => void;
  /** Shown at the end of the strip (the engine's status line). */
  readonly aside?: ReactNode;
}

export function ImageBar({ chosen, current, inputSize, onSample, aside }: Props) {
  const { t } = useTranslation();
  const key = chosen.image?.key ?? null;
  // Open when there is no image to use (none yet, or the sample failed); "Change image" opens
  // it; the next image folds it again. Folded while the first sample loads, so the page below
  // does not jump up when it arrives.
  const [openFor, setOpenFor] = useState<string | null | undefined>(undefined);
  const open = (key === null && !chosen.loading) || openFor === key;
  const name = chosen.image ? (chosen.sample ? t(`image.samples.${chosen.sample}`) : chosen.image.name) : '';
  return (
    <section
      className={open ? 'panel image-section present-hide' : 'panel image-section present-hide folded'}
      aria-labelledby="image-heading"
      data-testid="image-section"
    >
      <h2 id="image-heading" className={open ? undefined : 'visually-hidden'}>
        {t('image.heading')}
      </h2>
      {open ? <p className="image-lead">{t('image.lead')}</p> : null}
      <div className="image-strip">
        {chosen.image && !open ? <ImageThumb image={chosen.image.pixels} label={t('layout.thumb', { name })} /> : null}
        <CurrentImage chosen={chosen} />
        {key !== null ? (
          <button
            type="button"
            className="secondary image-change"
            aria-expanded={open}
            aria-controls="image-picker-body"
            onClick={() => setOpenFor(open ? undefined : key)}
            data-testid="image-change"
          >
            {open ? t('layout.done') : t('layout.change')}
          </button>
        ) : null}
        {aside ? <div className="image-aside">{aside}</div> : null}
      </div>
      <div id="image-picker-body" className="image-picker-body">
        <ImagePicker current={current} onImage={chosen.setUpload} onSample={onSample} inputSize={inputSize} />
      </div>
    </section>
  );
}
