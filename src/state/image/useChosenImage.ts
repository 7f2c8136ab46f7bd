/**
 * The image in use: a built-in sample named by the view state (loaded when the state names
 * it), or the last image the user gave, which lives only in memory, never in the URL.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { loadSample } from '../../image/loadSample';
import { sampleKey } from '../../image/sampleIds';
import type { PickedImage } from '../../image/picked';
import type { SampleId } from '../viewState';

/** The image in use and its loading state. */
export interface ChosenImage {
  /** The image to show; the previous one while a sample loads; null before the first loads. */
  readonly image: PickedImage | null;
  /** The sample in use, when it is one (its name is translated at render time). */
  readonly sample: SampleId | null;
  readonly loading: boolean;
  /** A sample that failed to load. */
  readonly failed: SampleId | null;
  readonly setUpload: (image: PickedImage) => void;
}

/** Loads the sample the view state names; keeps an upload in memory until another choice. */
export function useChosenImage(
  choice: SampleId | 'upload',
  onChoose: (choice: SampleId | 'upload') => void,
): ChosenImage {
  const [shown, setShown] = useState<{ readonly image: PickedImage; readonly sample: SampleId | null } | null>(null);
  const [failed, setFailed] = useState<SampleId | null>(null);
  // Only the latest choice may land. A counter bumped at once by an upload, not a flag cleared in
  // the effect's cleanup: that cleanup runs a task after the upload's commit, and a sample that
  // arrived in between replaced the user's dropped photo (CI caught it under load).
  const latest = useRef(0);

  useEffect(() => {
    if (choice === 'upload') return;
    const mine = ++latest.current;
    loadSample(choice).then(
      (pixels) => {
        if (mine !== latest.current) return;
        setFailed(null);
        setShown({ image: { key: sampleKey(choice), pixels, name: choice, notes: [] }, sample: choice });
      },
      () => {
        if (mine === latest.current) setFailed(choice);
      },
    );
  }, [choice]);

  const setUpload = useCallback(
    (picked: PickedImage) => {
      latest.current += 1;
      setShown({ image: picked, sample: null });
      setFailed(null);
      onChoose('upload');
    },
    [onChoose],
  );

  const loading = choice !== 'upload' && shown?.sample !== choice && failed !== choice;
  return { image: shown?.image ?? null, sample: shown?.sample ?? null, loading, failed, setUpload };
}
