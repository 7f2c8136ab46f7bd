/**
 * The first screen in two passes (issue 10: no main-thread task over 100 ms during load). The
 * first commit holds what a student sees first (header, image bar, diagram, step); what lies
 * below the fold (the whole network's table, the classroom bar, diagnostics) mounts once the
 * first screen has been painted, in a transition, so that React renders it in slices and the
 * browser lays out the page in two smaller pieces instead of one task of ~0.3–0.5 s on 2 cores.
 */
import { type ReactNode, startTransition, useEffect, useState } from 'react';

/** Longest wait for a frame: a page opened in a background tab gets no animation frames. */
const fallbackMs = 1000;

/** False on the first render; true once the browser has painted it (after the next frame). */
export function useSecondPass(): boolean {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const go = () => startTransition(() => setReady(true));
    // After the frame that paints the first pass: rAF runs before that paint, the timeout after.
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(go, 0);
    });
    const fallback = setTimeout(go, fallbackMs);
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
      clearTimeout(fallback);
    };
  }, []);
  return ready;
}

/**
 * Renders `children` from the second pass on (see useSecondPass), or at once when `now` (the
 * user asked for something in them, say the "to the table" link, before the second pass came).
 */
export function Later({ children, now = false }: { readonly children: ReactNode; readonly now?: boolean }) {
  return useSecondPass() || now ? children : null;
}
