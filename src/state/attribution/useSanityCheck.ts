/**
 * The sanity check of one job, on request (it re-runs the method once per weighted layer, so it
 * never starts by itself): Adebayo et al.'s cascading randomisation in the engine worker, its
 * steps shown as they come. Another job or subject makes the result stale (back to 'idle');
 * starting another attribution request stops a check in flight ('cancelled').
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { AttributionJob, SanityResult, SanityStep } from '../../core/attribution/types';
import { Superseded, pageEngine } from '../../tf/client';
import { type AttributionSubject, requestKey } from './subject';

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

interface Inner {
  readonly key: string | null;
  readonly status: SanityStatus;
  readonly result?: SanityResult;
  readonly steps: readonly SanityStep[];
  readonly progress?: { readonly done: number; readonly total: number };
  readonly error?: string;
}

export function useSanityCheck(subject: AttributionSubject, job: AttributionJob | null): SanityState {
  const [client] = useState(pageEngine);
  const asked = job ? requestKey(subject, job) : null;
  /** The request the reader started: `${n}|${key}`; it runs while the key is still the current one. */
  const [started, setStarted] = useState<string | null>(null);
  const key = started !== null && asked !== null && started.endsWith(`|${asked}`) ? started : null;
  const [inner, setInner] = useState<Inner>({ key: null, status: 'idle', steps: [] });
  const { image, preset, ready } = subject;
  const latest = useRef({ job, image, preset });
  useEffect(() => {
    latest.current = { job, image, preset };
  });

  /** Stops the request in flight (the Cancel button). */
  const cancelRef = useRef<() => void>(() => undefined);
  useEffect(() => {
    const { job, image, preset } = latest.current;
    if (!key || !job || !image || !ready) return;
    let live = true;
    const stop = new AbortController();
    const update = (f: (s: Inner) => Inner) =>
      setInner((s) => (live ? f(s.key === key ? s : { key, status: 'running', steps: [] }) : s));
    client
      .sanityCheck(
        image.key,
        image.pixels,
        job,
        preset,
        (p) => update((s) => ({ ...s, progress: { done: p.done, total: p.total }, steps: p.steps ?? s.steps })),
        stop.signal,
      )
      .then(
        (result) => update((s) => ({ ...s, status: 'done', result, steps: result.steps, progress: undefined })),
        (err: unknown) =>
          update((s) =>
            err instanceof Superseded
              ? { ...s, status: 'cancelled' }
              : { ...s, status: 'error', error: err instanceof Error ? err.message : String(err) },
          ),
      );
    cancelRef.current = () => stop.abort();
    return () => {
      live = false;
      stop.abort();
    };
  }, [client, key, ready]);

  const run = useCallback(() => {
    if (asked !== null) setStarted((s) => `${(Number(s?.split('|')[0]) || 0) + 1}|${asked}`);
  }, [asked]);
  const cancel = useCallback(() => cancelRef.current(), []);

  return useMemo(() => {
    if (!key) return { status: 'idle', steps: [], run, cancel };
    if (inner.key !== key) return { status: 'running', steps: [], run, cancel };
    return { ...inner, run, cancel };
  }, [key, inner, run, cancel]);
}
