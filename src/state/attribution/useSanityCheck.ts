/**
 * The sanity check of one job, on request (it re-runs the method once per weighted layer, so it
 * never starts by itself): Adebayo et al.'s cascading randomisation in the engine worker, its
 * steps shown as they come. Another job or subject makes the result stale (back to 'idle');
 * starting another attribution request stops a check in flight ('cancelled').
 */
import { useCallback, useMemo, useState } from 'react';
import type { AttributionJob, SanityResult, SanityStep } from '../../core/attribution/types';
import { pageEngine } from '../../tf/client';
import { type AttributionSubject, requestKey } from './subject';
import { useEngineRequest } from './useEngineRequest';

export type SanityStatus = 'idle' | 'running' | 'done' | 'cancelled' | 'error';

export interface SanityState {
  readonly status: SanityStatus;
  readonly result?: SanityResult;
  /** The steps done so far (all of them once done). */
  readonly steps: readonly SanityStep[];
  readonly progress?: { readonly done: number; readonly total: number };
  readonly error?: string;
  readonly run: () => void;
  readonly cancel: () => void;
}

export function useSanityCheck(subject: AttributionSubject, job: AttributionJob | null): SanityState {
  const [client] = useState(pageEngine);
  const asked = job ? requestKey(subject, job) : null;
  /** The request the reader started: `${n}|${key}`; it runs while the key is still the current one. */
  const [started, setStarted] = useState<string | null>(null);
  const key = started !== null && asked !== null && started.endsWith(`|${asked}`) ? started : null;
  const { image, preset, ready } = subject;
  const { answer, cancel } = useEngineRequest(key, ready, (signal, onProgress) =>
    job && image ? client.sanityCheck(image.key, image.pixels, job, preset, onProgress, signal) : undefined,
  );
  const run = useCallback(() => {
    if (asked !== null) setStarted((s) => `${(Number(s?.split('|')[0]) || 0) + 1}|${asked}`);
  }, [asked]);

  return useMemo((): SanityState => {
    if (!key) return { status: 'idle', steps: [], run, cancel };
    if (!answer) return { status: 'running', steps: [], run, cancel };
    const { status, result, progress, error } = answer;
    return {
      status,
      ...(result ? { result } : {}),
      steps: result?.steps ?? progress?.steps ?? [],
      ...(progress ? { progress: { done: progress.done, total: progress.total } } : {}),
      ...(error !== undefined ? { error } : {}),
      run,
      cancel,
    };
  }, [key, answer, run, cancel]);
}
