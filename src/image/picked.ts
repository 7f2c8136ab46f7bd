/** The image handed from the picker to the rest of the app. */
import type { RgbaImage } from '../core/tensorData';
import type { ImageNote } from './notes';

/** What ImagePicker hands to `onImage`: pixels plus what the user should know about them. */
export interface PickedImage {
  /** Unique per picked image (`upload-3`, `sample-cat`): a cheap key for memos and effects. */
  readonly key: string;
  /** Decoded, opaque RGBA, at most 1024 px on the long side (see imageLimits). */
  readonly pixels: RgbaImage;
  /** File name, or a description ("camera photo") for images without one. */
  readonly name: string;
  /** What was done to the image, translated when it was picked: ["Scaled down from …"]. */
  readonly notes: readonly string[];
  /** The same notes as codes, so a view can translate them again after a language switch. */
  readonly details?: readonly ImageNote[];
}

let counter = 0;

/** A key no earlier upload in this page has used. */
export function nextUploadKey(): string {
  counter += 1;
  return `upload-${counter}`;
}
