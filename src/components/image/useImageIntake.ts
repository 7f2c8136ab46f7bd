/**
 * The one path every user-given image takes (file picker, drop, paste, camera): decode and
 * check it, then either hand it on with translated notes, or keep a problem to show and leave
 * the current image alone.
 */
import { useCallback, useRef, useState } from 'react';
import type { RgbaImage } from '../../core/tensorData';
import { decodeImageFile } from '../../image/decodeFile';
import type { ImageNote, ImageProblem } from '../../image/notes';
import { type PickedImage, nextUploadKey } from '../../image/picked';
import { useImageText } from './useImageText';

/** A refused file: the problem and the name to quote. */
export interface Refusal {
  readonly problem: ImageProblem;
  readonly name: string;
}

/** The state and entry points of the intake. */
export interface ImageIntake {
  /** The name of the file being decoded, while it is. */
  readonly busy: string | null;
  /** Why the last attempt was refused; cleared by the next attempt. */
  readonly refusal: Refusal | null;
  /** Uses the first of `files`; `name` overrides the file name (a pasted image has none worth showing). */
  readonly takeFiles: (files: readonly File[], name?: string) => void;
  /** Uses pixels already decoded (a camera frame). */
  readonly takePixels: (pixels: RgbaImage, notes: readonly ImageNote[], name: string) => void;
  readonly refuse: (problem: ImageProblem, name?: string) => void;
  readonly clear: () => void;
}

/** The decode-check-deliver path shared by every source; the latest attempt wins. */
export function useImageIntake(onImage: (image: PickedImage) => void, inputSize: number): ImageIntake {
  const text = useImageText();
  const [busy, setBusy] = useState<string | null>(null);
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  // Only the latest attempt may land: a slow 12000-pixel decode must not overwrite a later pick.
  const attempt = useRef(0);

  const deliver = useCallback(
    (pixels: RgbaImage, notes: readonly ImageNote[], name: string) => {
      onImage({ key: nextUploadKey(), pixels, name, notes: notes.map(text.note), details: notes });
    },
    [onImage, text],
  );

  const takeFiles = useCallback(
    (files: readonly File[], name?: string) => {
      const file = files[0];
      if (!file) return;
      const label = name ?? file.name;
      const extra: ImageNote[] = files.length > 1 ? [{ code: 'firstOfMany', values: { count: files.length } }] : [];
      const mine = ++attempt.current;
      setBusy(label);
      setRefusal(null);
      void decodeImageFile(file, inputSize).then((outcome) => {
        if (mine !== attempt.current) return;
        setBusy(null);
        if (outcome.ok) deliver(outcome.pixels, [...extra, ...outcome.notes], label);
        else setRefusal({ problem: outcome.problem, name: label });
      });
    },
    [deliver, inputSize],
  );

  const takePixels = useCallback(
    (pixels: RgbaImage, notes: readonly ImageNote[], name: string) => {
      attempt.current += 1;
      setBusy(null);
      setRefusal(null);
      deliver(pixels, notes, name);
    },
    [deliver],
  );

  const refuse = useCallback((problem: ImageProblem, name = '') => {
    attempt.current += 1;
    setBusy(null);
    setRefusal({ problem, name });
  }, []);

  const clear = useCallback(() => setRefusal(null), []);
  return { busy, refusal, takeFiles, takePixels, refuse, clear };
}
