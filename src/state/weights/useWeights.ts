/**
 * The page's imported weights: importing a file (picker, page-wide drop, the photo picker, this
 * device's store) or a same-origin link (`#weights=<path>`), the progress, a refusal, the preset
 * and the random ↔ trained toggle, keeping the file on this device, and forgetting it (with an
 * undo). A refused file changes nothing: the network, its weights and the maps stay as they were.
 */
import { startTransition, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { type PreprocessPreset, WeightsError, type WeightsErrorCode } from '../../core/weights/types';
import type { ImportProgress } from '../../tf/client';
import type { ImportPreview, ImportSource, ImportedSummary } from '../../tf/weights/messages';
import { type ProgressStore, createProgressStore } from './progressStore';
import { runImport } from './runImport';
import { sameOriginPath } from './link';
import { type StorageUse, clearWeights, loadWeights, saveWeights, storageUse } from './weightStore';

/** Files over this size are refused before they are read (the worker checks again). */
export const maxWeightsBytes = 1024 ** 3;

/** Why the last file was refused: `weights.error.<code>` with params, and the file's name. */
export interface WeightsRefusal {
  readonly code: WeightsErrorCode | 'otherOrigin';
  readonly params: Readonly<Record<string, string | number>>;
  readonly fileName: string;
}

/** Whether a file is kept on this device, and which. */
export type Kept =
  | { readonly kind: 'none' }
  | { readonly kind: 'kept'; readonly fileName: string; readonly use?: StorageUse }
  | { readonly kind: 'refused'; readonly reason: string };

/** A file just forgotten: enough to bring it back while the notice offers "Undo". */
export interface Forgotten {
  readonly fileName: string;
}

/** What the weights UI shows and what the engine builds with. */
export interface WeightsView {
  /** The imported network, if any (kept when a later file is refused). */
  readonly summary?: ImportedSummary;
  /** True: the imported weights; false: random weights from the seed (same spec, same image). */
  readonly trained: boolean;
  readonly preset: PreprocessPreset;
  /** The import's progress (read it with `useProgress`: only its readers re-render per report). */
  readonly progress: ProgressStore;
  /** True while a file is being read, checked or uploaded. */
  readonly importing: boolean;
  /** True while the file kept on this device comes back after a reload (or a worker crash). */
  readonly restoring: boolean;
  readonly refusal?: WeightsRefusal;
  /** The first look at the file being imported (its conv1), while the rest arrives. */
  readonly preview?: ImportPreview;
  readonly kept: Kept;
  /** The file just forgotten, while its "Undo" is offered. */
  readonly forgotten?: Forgotten;
  /** The last file brought back from this device (a new object each time), for a notice. */
  readonly restored?: { readonly fileName: string };
  readonly importFile: (file: File) => void;
  readonly setTrained: (trained: boolean) => void;
  readonly setPreset: (preset: PreprocessPreset) => void;
  readonly forget: () => void;
  readonly undoForget: () => void;
  readonly dismissRefusal: () => void;
  readonly dismissForgotten: () => void;
  /** Imports the kept file again (after the engine's worker was replaced). */
  readonly restore: () => void;
  /** For the engine: the upload part of the progress. */
  readonly onUploadProgress: (p: ImportProgress) => void;
}

/** What the session tells the weights: the link's file, whether the kept file is wanted now, and news. */
export interface WeightsOptions {
  /** The `#weights=` value ('' for none). */
  readonly link: string;
  /** The chooser asks for the imported network: restore the kept file if nothing is in. */
  readonly wanted: boolean;
  /** A file was imported and checked: the session shows its network. */
  readonly onImported: () => void;
  /** "Forget" cleared the link's file too. */
  readonly onForgetLink: () => void;
}

export function useWeights({ link, wanted, onImported, onForgetLink }: WeightsOptions): WeightsView {
  const [summary, setSummary] = useState<ImportedSummary>();
  const [trained, setTrained] = useState(true);
  const [preset, setPresetState] = useState<PreprocessPreset>('torchvision');
  const [progress] = useState(createProgressStore);
  const setProgress = progress.set;
  const [importing, setImporting] = useState(false);
  const [restoring, setRestoring] = useState(false);
  const [refusal, setRefusal] = useState<WeightsRefusal>();
  const [preview, setPreview] = useState<ImportPreview>();
  const [kept, setKept] = useState<Kept>({ kind: 'none' });
  const [forgotten, setForgotten] = useState<Forgotten & { readonly file: Blob; readonly preset: PreprocessPreset }>();
  const [restored, setRestored] = useState<{ readonly fileName: string }>();
  const attempt = useRef(0);
  const fileName = useRef('');
  const news = useRef(onImported);
  useEffect(() => {
    news.current = onImported;
  });

  const run = useCallback(
    (
      source: ImportSource,
      after: (s: ImportedSummary) => void,
      presetChoice?: PreprocessPreset,
      fromDevice = false,
    ) => {
      const mine = ++attempt.current;
      fileName.current = source.fileName;
      setImporting(true);
      setRefusal(undefined);
      setPreview(undefined);
      runImport(source, {
        current: () => mine === attempt.current,
        progress: setProgress,
        preview: setPreview,
        done: (s) => {
          setImporting(false);
          setRestoring(false);
          // A new network re-renders the whole walkthrough for its spec: as a transition, so
          // React renders it in slices and the page keeps answering input meanwhile.
          startTransition(() => {
            setSummary(s);
            setTrained(true);
            setPresetState(presetChoice ?? s.preset);
            if (fromDevice) setRestored({ fileName: s.fileName });
          });
          news.current();
          after(s);
        },
        refused: (err) => {
          setImporting(false);
          setRestoring(false);
          setPreview(undefined);
          const e = err instanceof WeightsError ? err : new WeightsError('notWeights', { detail: String(err) });
          setRefusal({ code: e.code, params: e.params, fileName: source.fileName });
        },
      });
    },
    [setProgress],
  );

  const keep = useCallback(async (file: Blob, name: string, p?: PreprocessPreset) => {
    try {
      await saveWeights({ file, fileName: name, ...(p ? { preset: p } : {}) });
      setKept({ kind: 'kept', fileName: name, use: await storageUse() });
      // The browser's estimate counts a large Blob some time after the write: ask again.
      await new Promise((r) => setTimeout(r, 2000));
      setKept((k) => (k.kind === 'kept' && k.fileName === name ? { ...k, use: k.use } : k));
      const use = await storageUse();
      setKept((k) => (k.kind === 'kept' && k.fileName === name ? { ...k, use } : k));
    } catch (err) {
      setKept({ kind: 'refused', reason: err instanceof Error ? err.name || err.message : String(err) });
    }
  }, []);

  const importFile = useCallback(
    (file: File) => {
      setForgotten(undefined);
      if (file.size > maxWeightsBytes) {
        attempt.current += 1; // a running import may finish, but this refusal is the news
        setImporting(false);
        setPreview(undefined);
        setRefusal({ code: 'tooLarge', params: { bytes: file.size, limit: maxWeightsBytes }, fileName: file.name });
        return;
      }
      run({ kind: 'blob', blob: file, fileName: file.name }, (s) => void keep(file, s.fileName));
    },
    [run, keep],
  );

  // On opening: the link's file, else learn whether a file is kept (its name, for the chooser).
  const linked = useRef<string | null>(null);
  useEffect(() => {
    if (link === '' || linked.current === link) return;
    linked.current = link;
    const path = sameOriginPath(link, window.location.href);
    if (!path) return; // refused below, in render: nothing to fetch
    // Started from a resolved promise: state changes land in a callback, not in the effect.
    void Promise.resolve().then(() =>
      run({ kind: 'url', url: path, fileName: path.split('/').pop() ?? path }, () => undefined),
    );
  }, [link, run]);
  const [stored, setStored] = useState<'unknown' | 'none' | 'kept'>('unknown');
  useEffect(() => {
    let live = true;
    void loadWeights()
      .then((s) => {
        if (!live) return;
        setStored(s ? 'kept' : 'none');
        if (s) setKept((k) => (k.kind === 'none' ? { kind: 'kept', fileName: s.fileName } : k));
      })
      .catch(() => live && setStored('none')); // no IndexedDB (private mode): nothing was kept
    return () => {
      live = false;
    };
  }, []);

  const restore = useCallback(() => {
    setRestoring(true);
    void loadWeights()
      .then(async (s) => {
        if (!s) {
          setRestoring(false);
          setStored('none');
          return;
        }
        setKept({ kind: 'kept', fileName: s.fileName, use: await storageUse() });
        run({ kind: 'blob', blob: s.file, fileName: s.fileName }, () => undefined, s.preset, true);
      })
      .catch(() => setRestoring(false));
  }, [run]);

  // The chooser asks for the imported network (a reload of its link): bring the kept file back.
  // Restoring is said from the first render on, so the page never says "nothing imported" first.
  const [restoreAsked, setRestoreAsked] = useState(false);
  const willRestore = wanted && link === '' && !summary && !restoreAsked && stored !== 'none';
  useEffect(() => {
    if (!willRestore || stored === 'unknown') return;
    // From a resolved promise: the state changes land in a callback, not in the effect itself.
    let live = true;
    void Promise.resolve().then(() => {
      if (!live) return;
      setRestoreAsked(true);
      restore();
    });
    return () => {
      live = false;
    };
  }, [willRestore, stored, restore]);

  const setPreset = useCallback((p: PreprocessPreset) => {
    setPresetState(p);
    void loadWeights()
      .then((s) => s && saveWeights({ ...s, preset: p }))
      .catch(() => undefined);
  }, []);

  // The kept record goes first, then the network: once the page says "forgotten", a reload
  // cannot bring the file back (IndexedDB's delete lands asynchronously). The file itself stays
  // in this page's memory while "Undo" is offered.
  const forget = useCallback(() => {
    attempt.current += 1; // an import still running is not news any more
    setProgress(undefined);
    setImporting(false);
    setRestoring(false);
    setRefusal(undefined);
    setPreview(undefined);
    if (link !== '') onForgetLink();
    void loadWeights()
      .catch(() => undefined)
      .then(async (s) => {
        await clearWeights().catch(() => undefined); // nothing stored, or no IndexedDB
        setStored('none');
        if (s && summary) setForgotten({ fileName: s.fileName, file: s.file, preset });
        setSummary(undefined);
        setTrained(true);
        setKept({ kind: 'none' });
      });
  }, [link, onForgetLink, setProgress, summary, preset]);

  const undoForget = useCallback(() => {
    const f = forgotten;
    setForgotten(undefined);
    if (!f) return;
    setStored('kept');
    run({ kind: 'blob', blob: f.file, fileName: f.fileName }, (s) => void keep(f.file, s.fileName, f.preset), f.preset);
  }, [forgotten, run, keep]);

  const onUploadProgress = useCallback(
    (p: ImportProgress) => {
      // The last layer on the device ends the bar.
      setProgress(p.done >= p.total ? undefined : { ...p, fileName: fileName.current });
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
  const dismissRefusal = useCallback(() => setRefusal(undefined), []);
  const dismissForgotten = useCallback(() => setForgotten(undefined), []);
  const restoringNow = restoring || willRestore;
  const forgottenView = useMemo(() => (forgotten ? { fileName: forgotten.fileName } : undefined), [forgotten]);
  // One object per change that matters: consumers of the weights context re-render only then.
  return useMemo(
    () => ({
      summary,
      trained,
      preset,
      progress,
      importing,
      restoring: restoringNow,
      refusal: shownRefusal,
      preview,
      kept,
      forgotten: forgottenView,
      restored,
      importFile,
      setTrained,
      setPreset,
      forget,
      undoForget,
      dismissRefusal,
      dismissForgotten,
      restore,
      onUploadProgress,
    }),
    [
      summary,
      trained,
      preset,
      progress,
      importing,
      restoringNow,
      shownRefusal,
      preview,
      kept,
      forgottenView,
      restored,
      importFile,
      setPreset,
      forget,
      undoForget,
      dismissRefusal,
      dismissForgotten,
      restore,
      onUploadProgress,
    ],
  );
}
