/**
 * Every way to choose the image: the built-in samples, a file, the camera (drops and pastes are
 * caught on the whole page by the shell and come through the same intake). A weight file picked
 * here goes to the weights importer, as a dropped one does. Bad input is refused with a message
 * (role="alert") and never replaces the current image.
 */
import { type RefObject, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RgbaImage } from '../../core/tensorData';
import type { ImageNote } from '../../image/notes';
import type { SampleId } from '../../state/viewState';
import { DropZone } from './DropZone';
import { ImageCredits } from './ImageCredits';
import { SampleButtons } from './SampleButtons';
import type { ImageIntake } from './useImageIntake';
import { useImageText } from './useImageText';
import { Webcam } from './Webcam';
import './image.css';

/** Props of ImagePicker. */
export interface ImagePickerProps {
  /** The image in use: a sample's id, or `upload` for the user's own. */
  readonly current: SampleId | 'upload';
  /** The page's one image intake (decode, check, deliver), shared with the page-wide drop and paste. */
  readonly intake: ImageIntake;
  /** Files picked here: the caller sends weight files to the importer and images to the intake. */
  readonly onFiles: (files: readonly File[]) => void;
  /** A built-in sample was chosen (the caller loads it and puts `#image=<id>` in the URL). */
  readonly onSample: (id: SampleId) => void;
  /** Side of the network's input, for the camera's crop. */
  readonly inputSize?: number;
  /** A file is being dragged over the page: the drop zone lights up. */
  readonly dragging: boolean;
  /** The picker's box: a paste without an image is reported only when the focus is inside it. */
  readonly root?: RefObject<HTMLDivElement | null>;
}

/** Samples, file and camera; refusals in role="alert", never replacing the image in use. */
export function ImagePicker({ current, intake, onFiles, onSample, inputSize = 227, dragging, root }: ImagePickerProps) {
  const { t } = useTranslation();
  const text = useImageText();
  const [cameraOpen, setCameraOpen] = useState(false);
  const { takePixels, clear } = intake;

  const onCapture = (pixels: RgbaImage, notes: readonly ImageNote[]) => {
    setCameraOpen(false);
    takePixels(pixels, notes, t('image.camera.photoName'));
  };

  return (
    <div className="image-picker" ref={root}>
      <SampleButtons
        current={current}
        onSample={(id) => {
          clear();
          onSample(id);
        }}
      />
      <span className="image-label">{t('image.pick.label')}</span>
      <DropZone dragging={dragging} onFiles={onFiles} onCamera={() => setCameraOpen(true)}>
        {cameraOpen ? (
          <Webcam inputSize={inputSize} onCapture={onCapture} onClose={() => setCameraOpen(false)} />
        ) : null}
      </DropZone>
      <p className="privacy-line" data-testid="image-privacy">
        {t('image.pick.privacy')}
      </p>
      {intake.busy ? (
        <p className="muted" role="status">
          {t('image.pick.busy', { name: intake.busy })}
        </p>
      ) : null}
      {intake.refusal ? (
        <p className="image-alert" role="alert" data-testid="image-alert">
          {text.problem(intake.refusal.problem, intake.refusal.name)} {t('image.pick.kept')}
        </p>
      ) : null}
      <ImageCredits />
    </div>
  );
}
