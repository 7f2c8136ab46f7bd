/**
 * One cancellable request to the engine worker, shared by the attribution and sanity-check
 * hooks: it goes out when `key` is set and `ready` is true, and again whenever the key changes;
 * the previous one is aborted (the worker stops it). Answers to a request the page has moved
 * past are dropped. Until its first answer a request has no state here: the caller derives
 * 'running' or 'waiting', so no state is set inside the effect itself.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { AttributionProgress } from '../../core/attribution/types';
import { Superseded } from '../../tf/client';

export type RequestStatus = 'running' | 'done' | 'cancelled' | 'error';

export interface RequestAnswer<R> {
  readonly status: RequestStatus;
  readonly result?: R;
  /**
   * The latest progress, carrying the last map so far and the sanity steps reported (kept after
   * a cancel or an error: what was computed stays on screen); none once done.
   */
  readonly progress?: AttributionProgress;
  readonly error?: string;
  /** performance.now() when the request went out. */
  readonly requestedAt: number;
}

/** `ask` starts the request (undefined: nothing to ask yet); it is read when the key changes. */
export type Ask<R> = (signal: AbortSignal, onProgress: (p: AttributionProgress) => void) => Promise<R> | undefined;

export function useEngineRequest<R>(
  key: string | null,
  ready: boolean,
  ask: Ask<R>,
): { readonly answer: RequestAnswer<R> | undefined; readonly cancel: () => void } {
  const [inner, setInner] = useState<{ key: string; answer: RequestAnswer<R> } | null>(null);
  const latestAsk = useRef(ask);
  useEffect(() => {
    latestAsk.current = ask;
  });
  /** Stops the request in flight (the Cancel button). */
  const cancelRef = useRef<() => void>(() => undefined);

  useEffect(() => {
    if (!key || !ready) return;
    let live = true;
    const stop = new AbortController();
    const requestedAt = performance.now();
    const update = (f: (a: RequestAnswer<R>) => RequestAnswer<R>) =>
      setInner((s) => (live ? { key, answer: f(s?.key === key ? s.answer : { status: 'running', requestedAt }) } : s));
    const asked = latestAsk.current(stop.signal, (p) =>
      update((a) => ({
        ...a,
        progress: { ...p, partial: p.partial ?? a.progress?.partial, steps: p.steps ?? a.progress?.steps },
      })),
    );
    asked?.then(
      (result) => update((a) => ({ ...a, status: 'done', result, progress: undefined })),
      (err: unknown) =>
        update((a) =>
          err instanceof Superseded
            ? { ...a, status: 'cancelled' }
            : { ...a, status: 'error', error: err instanceof Error ? err.message : String(err) },
        ),
    );
    cancelRef.current = () => stop.abort();
    return () => {
      live = false;
      stop.abort();
    };
  }, [key, ready]);

  const cancel = useCallback(() => cancelRef.current(), []);
  return { answer: inner && inner.key === key ? inner.answer : undefined, cancel };
}
