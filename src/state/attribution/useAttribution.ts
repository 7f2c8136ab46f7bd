/**
 * The React face of one attribution: asks the engine worker for `job`'s map of the subject once
 * the network and image are ready, shows long jobs' maps as they grow, and lets the reader
 * cancel and run again. A new job or subject supersedes the request in flight; answers to
 * requests the page has moved past are dropped. The worker keeps finished results, so flipping
 * back to a method already computed costs one message.
 *
 * const a = useAttribution(subject, { method: 'gradcam', classIndex: 'top', layerId: 'conv5' });
 * a.result?.map   // { shape: [13, 13], data } once a.status === 'done'
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { AttributionJob, AttributionResult } from '../../core/attribution/types';
import { Superseded, pageEngine } from '../../tf/client';
import { type AttributionSubject, requestKey } from './subject';

/** 'waiting': the network or image is not ready yet; 'cancelled': stopped before the end (the map so far stays). */
export type AttributionStatus = 'idle' | 'waiting' | 'running' | 'done' | 'cancelled' | 'error';

export interface AttributionState {
  readonly status: AttributionStatus;
  /** The finished map, or the map so far while a long job runs or after it was cancelled. */
  readonly result?: AttributionResult;
  readonly progress?: { readonly done: number; readonly total: number };
  /** Why it failed (the worker's message). */
  readonly error?: string;
  /** performance.now() when the request went out: the bench times from here to the drawn map. */
  readonly requestedAt?: number;
  readonly cancel: () => void;
  /** Runs the job again after a cancel or an error. */
  readonly retry: () => void;
}

interface Inner {
  readonly key: string | null;
  readonly status: AttributionStatus;
  readonly result?: AttributionResult;
  readonly progress?: { readonly done: number; readonly total: number };
  readonly error?: string;
  readonly requestedAt?: number;
}

export function useAttribution(subject: AttributionSubject, job: AttributionJob | null): AttributionState {
  const [client] = useState(pageEngine);
  const [attempt, setAttempt] = useState(0);
  const asked = job ? requestKey(subject, job) : null;
  // One key per request: the same job asked again (retry) is a new request.
  const key = asked === null ? null : `${attempt}|${asked}`;
  const [inner, setInner] = useState<Inner>({ key: null, status: 'idle' });
  const { image, preset, ready } = subject;
  // `key` stands for the job, image and preset: the request effect reads them from here, so that
  // a new object with the same contents asks for nothing new.
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
    const requestedAt = performance.now();
    // Until its first answer, a request's state is derived below ('running').
    const update = (f: (s: Inner) => Inner) =>
      setInner((s) => (live ? f(s.key === key ? s : { key, status: 'running', requestedAt }) : s));
    client
      .attribute(
        image.key,
        image.pixels,
        job,
        preset,
        (p) => update((s) => ({ ...s, progress: { done: p.done, total: p.total }, result: p.partial ?? s.result })),
        stop.signal,
      )
      .then(
        (result) => update((s) => ({ ...s, status: 'done', result, progress: undefined })),
        (err: unknown) =>
          update((s) =>
            err instanceof Superseded
              ? { ...s, status: 'cancelled' }
              : { ...s, status: 'error', error: err instanceof Error ? err.message : String(err) },
          ),
      );
    // A newer request supersedes this one in the worker anyway; leaving the view stops it here.
    cancelRef.current = () => stop.abort();
    return () => {
      live = false;
      stop.abort();
    };
  }, [client, key, ready]);

  const cancel = useCallback(() => cancelRef.current(), []);
  const retry = useCallback(() => setAttempt((n) => n + 1), []);

  return useMemo(() => {
    if (!key) return { status: 'idle', cancel, retry };
    // A request whose first answer has not come yet (or that waits for the network).
    if (inner.key !== key) return { status: ready ? 'running' : 'waiting', cancel, retry };
    return { ...inner, cancel, retry };
  }, [key, inner, ready, cancel, retry]);
}
