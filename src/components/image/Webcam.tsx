/**
 * Live camera preview with a capture button. The stream starts on mount and every track is
 * stopped on unmount (closing, capturing, or leaving the page), which turns the camera light off.
 */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RgbaImage } from '../../core/tensorData';
import { type CameraProblemCode, cameraProblem, captureFrame, openCamera, stopStream } from '../../image/camera';
import type { ImageNote } from '../../image/notes';

interface Props {
  readonly inputSize: number;
  readonly onCapture: (pixels: RgbaImage, notes: readonly ImageNote[]) => void;
  readonly onClose: () => void;
}

/** Camera preview with "Take the photo" and "Close"; a role="alert" message when unavailable. */
export function Webcam({ inputSize, onCapture, onClose }: Props) {
  const { t } = useTranslation();
  const videoRef = useRef<HTMLVideoElement>(null);
  const captureRef = useRef<HTMLButtonElement>(null);
  const [problem, setProblem] = useState<CameraProblemCode | null>(null);
  const [ready, setReady] = useState(false);

  useEffect(() => {
    const video = videoRef.current;
    let stream: MediaStream | null = null;
    let live = true;
    openCamera().then(
      (s) => {
        // Unmounted while the permission prompt was open: release the camera at once.
        if (!live) return stopStream(s);
        stream = s;
        if (video) {
          video.srcObject = s;
          video.play().catch(() => undefined); // autoplay is allowed for a muted video; ignore a race with unmount
        }
      },
      (error: unknown) => {
        if (live) setProblem(cameraProblem(error));
      },
    );
    return () => {
      live = false;
      stopStream(stream);
      if (video) video.srcObject = null;
    };
  }, []);

  useEffect(() => {
    if (ready) captureRef.current?.focus();
  }, [ready]);

  const capture = () => {
    const video = videoRef.current;
    if (!video || video.videoWidth === 0) return;
    const shot = captureFrame(video, inputSize);
    onCapture(shot.pixels, shot.notes);
  };

  return (
    <div
      className="webcam"
      data-testid="webcam"
      onKeyDown={(e) => {
        if (e.key === 'Escape') onClose();
      }}
    >
      {problem ? (
        <p className="image-alert" role="alert" data-testid="camera-alert">
          {t(`image.camera.problems.${problem}`)}
        </p>
      ) : (
        <>
          <video
            ref={videoRef}
            className="webcam-video"
            aria-label={t('image.camera.preview')}
            muted
            playsInline
            onPlaying={() => setReady(true)}
          />
          {ready ? null : <p className="muted">{t('image.camera.starting')}</p>}
        </>
      )}
      <div className="webcam-buttons">
        {problem ? null : (
          <button ref={captureRef} type="button" className="button button-primary" disabled={!ready} onClick={capture}>
            {t('image.camera.capture')}
          </button>
        )}
        <button type="button" className="button" onClick={onClose}>
          {t('image.camera.close')}
        </button>
      </div>
    </div>
  );
}
