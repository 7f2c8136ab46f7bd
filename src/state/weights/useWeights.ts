/**
 * The page's imported weights: importing a file (picker, page-wide drop, the photo picker, this
 * device's store) or a same-origin link (`#weights=<path>`), the progress, a refusal, the preset
 * and the random ↔ trained toggle, keeping the network on this device, and forgetting it (with an
 * undo while this page still holds the file). A refused file changes nothing: the network, its
 * weights and the maps stay as they were.
 *
 * Keeping is the engine's (tf/weights/imported.ts): after a checked import the worker writes the
 * network in the form it uploads (per-layer float32 in the origin private file system), and a
 * reload reads back only its record, then each layer as the build takes it: no file to re-read.
 */
import { startTransition, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { type PreprocessPreset, WeightsError, type WeightsErrorCode } from '../../core/weights/types';
import { type ImportProgress, pageEngine } from '../../tf/client';
import type { ImportPreview, ImportSource, ImportedSummary, RestoredWeights } from '../../tf/weights/messages';
import { type ProgressStore, createProgressStore } from './progressStore';
import { runImport } from './runImport';
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

/** Whether a file is kept on this device, and which. */
export type Kept =
  | { readonly kind: 'none' }
  | { readonly kind: 'kept'; readonly fileName: string; readonly use?: StorageUse }
  | { readonly kind: 'refused'; readonly reason: string };

/** A network just forgotten, and whether "Undo" can bring it back (this page holds its file). */
export interface Forgotten {
  readonly fileName: string;
  readonly undoable: boolean;
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
  const [forgotten, setForgotten] = useState<{ fileName: string; file?: Blob; preset: PreprocessPreset }>();
  const [restored, setRestored] = useState<{ readonly fileName: string }>();
  /** Whether this device keeps a network ('unknown' until the worker has said). */
  const [stored, setStored] = useState<'unknown' | 'none' | 'kept'>('unknown');
  const attempt = useRef(0);
  const fileName = useRef('');
  /** The file the network on screen was imported from in this page (none when it came back from the device). */
  const lastFile = useRef<{ readonly file: Blob; readonly sha256: string }>(undefined);
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

  const keep = useCallback(async (s: ImportedSummary, p?: PreprocessPreset) => {
    const name = s.fileName;
    try {
      await pageEngine().keepImported(s.sha256, p ?? s.preset);
      setStored('kept');
      setKept({ kind: 'kept', fileName: name, use: await storageUse() });
      // The browser's estimate counts a large write some time after it: ask again.
      await new Promise((r) => setTimeout(r, 2000));
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
      run({ kind: 'blob', blob: file, fileName: file.name }, (s) => {
        lastFile.current = { file, sha256: s.sha256 };
        void keep(s);
      });
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
  const wantedNow = useRef(wanted);
  useEffect(() => {
    wantedNow.current = wanted;
  });
  // What is kept, learnt at once (the worker reads only its record; main.tsx may have asked
  // already): its name for the chooser. A file kept by an older version is read and checked
  // again here, once, and its progress shown if the page wants that network.
  useEffect(() => {
    if (link !== '') return;
    let live = true;
    pageEngine()
      .restoreKept((p) => {
        if (live && wantedNow.current) setProgress({ ...p, fileName: '' });
      })
      .then((r) => {
        if (!live) return;
        setStored(r ? 'kept' : 'none');
        if (r) setKept((k) => (k.kind === 'none' ? { kind: 'kept', fileName: r.summary.fileName } : k));
      })
      .catch(() => live && setStored('none')); // no storage (private mode): nothing was kept
    return () => {
      live = false;
    };
  }, [link, setProgress]);

  // Brings what is kept back as the network on screen (the chooser asked for it, or the
  // engine's worker was replaced). Restoring lasts until its last layer is on the device.
  const restore = useCallback(() => {
    setRestoring(true);
    const mine = ++attempt.current;
    pageEngine()
      .restoreKept()
      .then(async (r: RestoredWeights | undefined) => {
        if (mine !== attempt.current) return;
        if (!r) {
          setRestoring(false);
          setStored('none');
          return;
        }
        setStored('kept');
        fileName.current = r.summary.fileName;
        startTransition(() => {
          setSummary(r.summary);
          setTrained(true);
          setPresetState(r.preset);
          setRestored({ fileName: r.summary.fileName });
        });
        news.current();
        setKept({ kind: 'kept', fileName: r.summary.fileName, use: await storageUse() });
      })
      .catch(() => mine === attempt.current && setRestoring(false));
  }, []);

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
    pageEngine()
      .setKeptPreset(p)
      .catch(() => undefined);
  }, []);

  // What is kept goes first, then the network: once the page says "forgotten", a reload cannot
  // bring it back. The file stays in this page's memory while "Undo" is offered (only a file
  // imported in this page: one brought back from the device has no file left to re-import).
  const forget = useCallback(() => {
    attempt.current += 1; // an import still running is not news any more
    setProgress(undefined);
    setImporting(false);
    setRestoring(false);
    setRefusal(undefined);
    setPreview(undefined);
    if (link !== '') onForgetLink();
    const file = summary && lastFile.current?.sha256 === summary.sha256 ? lastFile.current.file : undefined;
    void pageEngine()
      .forgetKept()
      .catch(() => undefined) // nothing stored, or no storage: there is nothing to keep away
      .then(() => {
        setStored('none');
        if (summary) setForgotten({ fileName: summary.fileName, file, preset });
        setSummary(undefined);
        setTrained(true);
        setKept({ kind: 'none' });
      });
  }, [link, onForgetLink, setProgress, summary, preset]);

  const undoForget = useCallback(() => {
    const f = forgotten;
    setForgotten(undefined);
    if (!f?.file) return;
    const file = f.file;
    run(
      { kind: 'blob', blob: file, fileName: f.fileName },
      (s) => {
        lastFile.current = { file, sha256: s.sha256 };
        void keep(s, f.preset);
      },
      f.preset,
    );
  }, [forgotten, run, keep]);

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
  const dismissRefusal = useCallback(() => setRefusal(undefined), []);
  const dismissForgotten = useCallback(() => setForgotten(undefined), []);
  const restoringNow = restoring || willRestore;
  const forgottenView = useMemo(
    () => (forgotten ? { fileName: forgotten.fileName, undoable: Boolean(forgotten.file) } : undefined),
    [forgotten],
  );
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
