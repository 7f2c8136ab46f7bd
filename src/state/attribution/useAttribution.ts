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
import { useCallback, useMemo, useState } from 'react';
import type { AttributionJob, AttributionResult } from '../../core/attribution/types';
import { pageEngine } from '../../tf/client';
import { type AttributionSubject, requestKey } from './subject';
import { useEngineRequest } from './useEngineRequest';

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

export function useAttribution(subject: AttributionSubject, job: AttributionJob | null): AttributionState {
  const [client] = useState(pageEngine);
  const [attempt, setAttempt] = useState(0);
  const asked = job ? requestKey(subject, job) : null;
  // One key per request: the same job asked again (retry) is a new request. `key` stands for the
  // job, image and preset, so a new object with the same contents asks for nothing new.
  const key = asked === null ? null : `${attempt}|${asked}`;
  const { image, preset, ready } = subject;
  const { answer, cancel } = useEngineRequest(key, ready, (signal, onProgress) =>
    job && image ? client.attribute(image.key, image.pixels, job, preset, onProgress, signal) : undefined,
  );
  const retry = useCallback(() => setAttempt((n) => n + 1), []);

  return useMemo((): AttributionState => {
    if (!key) return { status: 'idle', cancel, retry };
    // A request whose first answer has not come yet (or that waits for the network).
    if (!answer) return { status: ready ? 'running' : 'waiting', cancel, retry };
    const { status, result, progress, error, requestedAt } = answer;
    const map = result ?? progress?.partial;
    return {
      status,
      ...(map ? { result: map } : {}),
      ...(progress ? { progress: { done: progress.done, total: progress.total } } : {}),
      ...(error !== undefined ? { error } : {}),
      requestedAt,
      cancel,
      retry,
    };
  }, [key, answer, ready, cancel, retry]);
}
