/**
 * The webcam: opening a stream, naming why it could not be opened, and taking one frame as
 * pixels. The stream is shown only in this page; frames never leave it.
 */
import type { RgbaImage } from '../core/tensorData';
import { readPixels } from './canvas';
import type { ImageNote } from './notes';
import { type ImageLimits, fitWithin, imageLimits, sizeNotes } from './plan';

/** Why the camera is not available, one code per message the user sees. */
export type CameraProblemCode = 'denied' | 'notFound' | 'busy' | 'insecure' | 'unsupported' | 'failed';

class CameraError extends Error {
  constructor(readonly code: CameraProblemCode) {
    super(code);
  }
}

/** Maps a getUserMedia rejection (a DOMException, by its name) to a code. */
export function cameraProblem(error: unknown): CameraProblemCode {
  if (error instanceof CameraError) return error.code;
  const name = error instanceof Error || error instanceof DOMException ? error.name : '';
  switch (name) {
    case 'NotAllowedError':
    case 'PermissionDeniedError':
      return 'denied';
    case 'NotFoundError':
    case 'DevicesNotFoundError':
    case 'OverconstrainedError':
      return 'notFound';
    case 'NotReadableError':
    case 'TrackStartError':
    case 'AbortError':
      return 'busy';
    case 'SecurityError':
      return 'insecure';
    default:
      return 'failed';
  }
}

/** Asks for a video stream (the browser asks the user); rejects with a CameraProblemCode-able error. */
export async function openCamera(): Promise<MediaStream> {
  // Browsers hide mediaDevices on plain-http pages other than localhost.
  if (!window.isSecureContext) throw new CameraError('insecure');
  if (typeof navigator.mediaDevices?.getUserMedia !== 'function') throw new CameraError('unsupported');
  return navigator.mediaDevices.getUserMedia({
    audio: false,
    video: { width: { ideal: 1280 }, height: { ideal: 720 }, facingMode: 'user' },
  });
}

/** Stops every track, which turns the camera (and its light) off. */
export function stopStream(stream: MediaStream | null): void {
  for (const track of stream?.getTracks() ?? []) track.stop();
}

/** The frame the video shows now, scaled to the working size, with notes as for a file. */
export function captureFrame(
  video: HTMLVideoElement,
  inputSize: number,
  limits: ImageLimits = imageLimits,
): { readonly pixels: RgbaImage; readonly notes: readonly ImageNote[] } {
  const original = [video.videoWidth, video.videoHeight] as const;
  const [w, h] = fitWithin(original[0], original[1], limits.workingSide);
  const pixels = readPixels(video, w, h);
  return { pixels, notes: sizeNotes(original, [w, h], inputSize) };
}
