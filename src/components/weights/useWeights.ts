/**
 * The page's imported weights: importing a file (picker, page-wide drop, this device's store)
 * or a same-origin link (`#weights=<path>`), the progress, a refusal, the preset and the
 * random ↔ trained toggle, and keeping the file on this device. A refused file changes nothing:
 * the network, its weights and the maps on screen stay as they were.
 */
import { startTransition, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { type ImportStage, type PreprocessPreset, WeightsError, type WeightsErrorCode } from '../../core/weights/types';
import { type ImportProgress, pageEngine } from '../../tf/client';
import type { ImportPreview, ImportSource, ImportedSummary } from '../../tf/weights/messages';
import { setWeightsDropHandler } from './dropRoute';
import { type ProgressStore, createProgressStore } from './progressStore';
import { sameOriginPath } from './link';
import { type StorageUse, storageUse } from './storageUse';

/** Files over this size are refused before they are read (the worker checks again). */
export const maxWeightsBytes = 1024 ** 3;

/** Why the last file was refused: `weights.error.<code>` with params, and the file's name. */
export interface WeightsRefusal {
  readonly code: WeightsErrorCode | 'otherOrigin';
  readonly params: Readonly<Record<string, string | number>>;
  readonly fileName: string;
}

/** Whether the file is kept on this device. */
export type Kept =
  | { readonly kind: 'none' }
  | { readonly kind: 'kept'; readonly use?: StorageUse }
  | { readonly kind: 'refused'; readonly reason: string };

/** What the weights UI shows and what the engine builds with. */
export interface WeightsView {
  /** The imported network, if any (kept when a later file is refused). */
  readonly summary?: ImportedSummary;
  /** True: the imported weights; false: random weights from the seed (same spec, same image). */
  readonly trained: boolean;
  readonly preset: PreprocessPreset;
  /** The import's progress (read it with `useProgress`: only its readers re-render per report). */
  readonly progress: ProgressStore;
  readonly refusal?: WeightsRefusal;
  /** The first look at the file being imported (its conv1), while the rest arrives. */
  readonly preview?: ImportPreview;
  readonly kept: Kept;
  /** True while the weights kept on this device come back after a reload (until they are on the device). */
  readonly restoring: boolean;
  readonly importFile: (file: File) => void;
  readonly setTrained: (trained: boolean) => void;
  readonly setPreset: (preset: PreprocessPreset) => void;
  readonly forget: () => void;
  /** For the engine: the upload part of the progress. */
  readonly onUploadProgress: (p: ImportProgress) => void;
}

/** `link`: the `#weights=` value ('' for none); `onLinkDone` clears it from the URL on "Forget". */
export function useWeights(link: string, onForgetLink: () => void): WeightsView {
  const [summary, setSummary] = useState<ImportedSummary>();
  const [trained, setTrained] = useState(true);
  const [preset, setPresetState] = useState<PreprocessPreset>('torchvision');
  const [progress] = useState(createProgressStore);
  const setProgress = progress.set;
  const [refusal, setRefusal] = useState<WeightsRefusal>();
  const [preview, setPreview] = useState<ImportPreview>();
  const [kept, setKept] = useState<Kept>({ kind: 'none' });
  const [restoring, setRestoring] = useState(false);
  const attempt = useRef(0);
  const fileName = useRef('');

  const run = useCallback(
    (source: ImportSource, after: (s: ImportedSummary) => void, presetChoice?: PreprocessPreset) => {
      const mine = ++attempt.current;
      fileName.current = source.fileName;
      setRestoring(false); // a file given now is the news, not what was kept
      setRefusal(undefined);
      setPreview(undefined);
      setProgress({ stage: 'reading', done: 0, total: 0, fileName: source.fileName });
      pageEngine()
        .importWeights(
          source,
          (p) => mine === attempt.current && setProgress({ ...p, fileName: source.fileName }),
          (p) => {
            if (mine !== attempt.current) return;
            // For the bench and tests: when, how far into the file, and the maps' sum to compare.
            const sum = p.maps ? p.maps.data.data.reduce((a, b) => a + b, 0) : null;
            performance.mark('weights:first-look', { detail: { at: p.at, total: p.total, sum } });
            setPreview(p);
          },
        )
        .then(
          (s) => {
            if (mine !== attempt.current) return;
            setProgress({ stage: 'uploading', done: 0, total: s.bytes, fileName: s.fileName });
            // A new network re-renders the whole walkthrough for its spec: as a transition, so
            // React renders it in slices and the page keeps answering input meanwhile.
            startTransition(() => {
              setSummary(s);
              setTrained(true);
              setPresetState(presetChoice ?? s.preset);
            });
            after(s);
          },
          (err: unknown) => {
            if (mine !== attempt.current) return;
            setProgress(undefined);
            setPreview(undefined);
            const e = err instanceof WeightsError ? err : new WeightsError('notWeights', { detail: String(err) });
            setRefusal({ code: e.code, params: e.params, fileName: source.fileName });
          },
        );
    },
    [setProgress],
  );

  const keep = useCallback(async (s: ImportedSummary) => {
    try {
      await pageEngine().keepImported(s.sha256, s.preset);
      setKept({ kind: 'kept', use: await storageUse() });
      // The browser's estimate counts a large Blob some time after the write: ask again.
      await new Promise((r) => setTimeout(r, 2000));
      setKept({ kind: 'kept', use: await storageUse() });
    } catch (err) {
      setKept({ kind: 'refused', reason: err instanceof Error ? err.name || err.message : String(err) });
    }
  }, []);

  const importFile = useCallback(
    (file: File) => {
      if (file.size > maxWeightsBytes) {
        attempt.current += 1; // a running import may finish, but this refusal is the news
        setPreview(undefined);
        setRefusal({ code: 'tooLarge', params: { bytes: file.size, limit: maxWeightsBytes }, fileName: file.name });
        return;
      }
      run({ kind: 'blob', blob: file, fileName: file.name }, (s) => void keep(s));
    },
    [run, keep],
  );

  // On opening: the link's file, else the one kept on this device.
  const linked = useRef<string | null>(null);
  useEffect(() => {
    if (link === '' || linked.current === link) return;
    linked.current = link;
    const path = sameOriginPath(link, window.location.href);
    if (!path) return; // refused below, in render: nothing to fetch
    // Started from a resolved promise, as the restore below is: state changes land in a callback.
    void Promise.resolve().then(() =>
      run({ kind: 'url', url: path, fileName: path.split('/').pop() ?? path }, () => undefined),
    );
  }, [link, run]);
  const restored = useRef(false);
  useEffect(() => {
    if (restored.current || link !== '') return;
    restored.current = true;
    // The worker reads back what it kept (tf/weights/imported.ts): the record at once, each
    // layer as the build takes it; a file kept by an older version is read again, with progress.
    const quiet = attempt.current;
    pageEngine()
      .restoreKept((p) => {
        if (attempt.current !== quiet) return;
        setRestoring(true);
        setProgress({ ...p, fileName: '' });
      })
      .then(async (r) => {
        if (!r || attempt.current !== quiet) return setRestoring(false);
        setRestoring(true);
        fileName.current = r.summary.fileName;
        startTransition(() => {
          setSummary(r.summary);
          setTrained(true);
          setPresetState(r.preset);
        });
        setKept({ kind: 'kept', use: await storageUse() });
      })
      .catch(() => setRestoring(false)); // no storage (private mode): nothing was kept
  }, [link, setProgress]);

  useEffect(() => {
    setWeightsDropHandler(importFile);
    return () => setWeightsDropHandler(undefined);
  }, [importFile]);

  const setPreset = useCallback((p: PreprocessPreset) => {
    setPresetState(p);
    pageEngine()
      .setKeptPreset(p)
      .catch(() => undefined);
  }, []);

  // The kept record goes first, then the network: once the panel says "nothing imported", a
  // reload cannot bring the file back (IndexedDB's delete lands asynchronously).
  const forget = useCallback(() => {
    attempt.current += 1; // an import still running is not news any more
    setProgress(undefined);
    setRefusal(undefined);
    setPreview(undefined);
    setRestoring(false);
    if (link !== '') onForgetLink();
    void pageEngine()
      .forgetKept()
      .catch(() => undefined) // nothing stored, or no storage: there is nothing to keep away
      .then(() => {
        setSummary(undefined);
        setTrained(true);
        setKept({ kind: 'none' });
      });
  }, [link, onForgetLink, setProgress]);

  const onUploadProgress = useCallback(
    (p: ImportProgress) => {
      // The last layer on the device ends the bar (and a restore).
      setProgress(p.done >= p.total ? undefined : { ...p, fileName: fileName.current });
      if (p.done >= p.total) setRestoring(false);
    },
    [setProgress],
  );

  // A link to another origin (or a full URL) is never fetched; it says so until it is gone.
  const linkRefusal = useMemo<WeightsRefusal | undefined>(
    () =>
      link !== '' && !sameOriginPath(link, window.location.href)
        ? { code: 'otherOrigin', params: { url: link }, fileName: link }
        : undefined,
    [link],
  );
  const shownRefusal = refusal ?? linkRefusal;
  // One object per change that matters: consumers of the weights context re-render only then.
  return useMemo(
    () => ({
      summary,
      trained,
      preset,
      progress,
      refusal: shownRefusal,
      preview,
      kept,
      restoring,
      importFile,
      setTrained,
      setPreset,
      forget,
      onUploadProgress,
    }),
    [
      summary,
      trained,
      preset,
      progress,
      shownRefusal,
      preview,
      kept,
      restoring,
      importFile,
      setPreset,
      forget,
      onUploadProgress,
    ],
  );
}

/** Stages in the order the bar shows them. */
export const importStages: readonly ImportStage[] = ['reading', 'checking', 'uploading'];
