/** Translates the image area's note and problem codes into sentences of the current language. */
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { type ImageNote, type ImageProblem, fillPlaceholders } from '../../image/notes';

/** Translators for note and problem codes. */
export interface ImageText {
  readonly note: (note: ImageNote) => string;
  /** `name` is the file's name, quoted in the sentence ("“notes.png” is not an image …"). */
  readonly problem: (problem: ImageProblem, name: string) => string;
}

/**
 * The sentences are fetched as whole tables (returnObjects) and filled by fillPlaceholders,
 * because each code has its own placeholders, which i18next's typed `t` cannot check for a key
 * chosen at run time; the key-parity test checks that both languages use the same ones.
 */
export function useImageText(): ImageText {
  const { t } = useTranslation();
  const note = useCallback(
    (n: ImageNote) => fillPlaceholders(t('image.notes', { returnObjects: true })[n.code], n.values),
    [t],
  );
  const problem = useCallback(
    (p: ImageProblem, name: string) =>
      fillPlaceholders(t('image.problems', { returnObjects: true })[p.code], { ...p.values, name }),
    [t],
  );
  return { note, problem };
}
