/**
 * A listener on the window or the document that is live from the moment its component is on
 * screen, and always calls the latest handler.
 *
 * Why not a plain `useEffect`: React runs passive effects after the browser paints, and while
 * the first screen mounts in slices (a transition, then the staged parts) that can be a good
 * while later. A key pressed, or a file dropped, on a step the reader can already see was lost
 * in that gap (CI caught all three: P, → and a drop). A layout effect runs in the same task as
 * the commit, before the paint. The handler is read through a ref, so a re-render neither
 * detaches the listener nor leaves one that steps from a stale index.
 */
import { useLayoutEffect, useRef } from 'react';

interface Options {
  /** `document` for events that do not reach the window from every target (paste), or for capture ahead of window listeners. */
  readonly on?: 'window' | 'document';
  readonly capture?: boolean;
  readonly passive?: boolean;
  /** Listen only while true (an open overlay, an active mode). */
  readonly enabled?: boolean;
}

export function usePageEvent<K extends keyof DocumentEventMap>(
  type: K,
  handler: (e: DocumentEventMap[K]) => void,
  { on = 'window', capture = false, passive, enabled = true }: Options = {},
): void {
  const latest = useRef(handler);
  useLayoutEffect(() => {
    latest.current = handler;
  });
  useLayoutEffect(() => {
    if (!enabled) return;
    const target: EventTarget = on === 'window' ? window : document;
    const listener = (e: Event) => latest.current(e as DocumentEventMap[K]);
    target.addEventListener(type, listener, { capture, passive });
    return () => target.removeEventListener(type, listener, { capture });
  }, [type, on, capture, passive, enabled]);
}
