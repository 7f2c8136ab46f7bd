/**
 * Every way to choose the image: the built-in samples, a file, a drop, a paste, the camera.
 * Bad input is refused with a message (role="alert") and never replaces the current image.
 */
import { useCallback, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RgbaImage } from '../../core/tensorData';
import type { ImageNote, ImageProblem } from '../../image/notes';
import type { PickedImage } from '../../image/picked';
import type { SampleId } from '../../state/viewState';
import { DropZone } from './DropZone';
import { ImageCredits } from './ImageCredits';
import { SampleButtons } from './SampleButtons';
import { useImageIntake } from './useImageIntake';
import { useImageText } from './useImageText';
import { usePageDrop } from './usePageDrop';
import { usePaste } from './usePaste';
import { Webcam } from './Webcam';
import './image.css';

/** Props of ImagePicker. */
export interface ImagePickerProps {
  /** The image in use: a sample's id, or `upload` for the user's own. */
  readonly current: SampleId | 'upload';
  /** A user-given image that passed the checks; never called for a refused one. */
  readonly onImage: (image: PickedImage) => void;
  /** A built-in sample was chosen (the caller loads it and puts `#image=<id>` in the URL). */
  readonly onSample: (id: SampleId) => void;
  /** Side of the network's input, for the "will be enlarged" note. */
  readonly inputSize?: number;
}

/** Samples, file, drop, paste and camera; refusals in role="alert", never calling onImage. */
export function ImagePicker({ current, onImage, onSample, inputSize = 227 }: ImagePickerProps) {
  const { t } = useTranslation();
  const text = useImageText();
  const intake = useImageIntake(onImage, inputSize);
  const [cameraOpen, setCameraOpen] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const { takeFiles, takePixels, refuse, clear } = intake;

  const onFiles = useCallback((files: readonly File[]) => takeFiles(files), [takeFiles]);
  const onPasted = useCallback((files: readonly File[]) => takeFiles(files, t('image.pick.pasted')), [takeFiles, t]);
  const onRefuse = useCallback((problem: ImageProblem) => refuse(problem), [refuse]);
  const dragging = usePageDrop({ onFiles, onRefuse });
  usePaste({ onFiles: onPasted, onRefuse, near: root });

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
      {dragging ? (
        <div className="drop-overlay" aria-hidden="true">
          <span>{t('image.pick.dropNow')}</span>
        </div>
      ) : null}
    </div>
  );
}
