/**
 * The import's progress, outside React state: the worker reports up to ~20 times a second while
 * a 244 MB file is read, checked and uploaded, and each report held in the App's state
 * re-rendered the whole walkthrough (60–150 ms a time on 2 cores). Here only the progress bar
 * and the panel's "shown" flag subscribe, so a report costs one small re-render.
 */
import { useSyncExternalStore } from 'react';
import type { ImportProgress } from '../../tf/client';

/** One report: stage, bytes done and in all, and the file's name. */
export type ShownProgress = ImportProgress & { readonly fileName: string };

/** A value with subscribers; `set` notifies them. */
export interface ProgressStore {
  get(): ShownProgress | undefined;
  set(value: ShownProgress | undefined): void;
  subscribe(listener: () => void): () => void;
}

export function createProgressStore(): ProgressStore {
  let value: ShownProgress | undefined;
  const listeners = new Set<() => void>();
  return {
    get: () => value,
    set(next) {
      if (next === value) return;
      value = next;
      for (const l of listeners) l();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** The current progress, re-rendering the caller on each report. */
export function useProgress(store: ProgressStore): ShownProgress | undefined {
  return useSyncExternalStore(store.subscribe, store.get, store.get);
}
