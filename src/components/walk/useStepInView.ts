/**
 * Keeps the current step on screen: after a step (and on opening a deep link), when the
 * step's heading or its first number (the output size and its working) is outside the
 * viewport, the page scrolls so that the heading is at the top. When both are already
 * visible nothing moves, so stepping never jumps needlessly. Later changes of height above
 * the step (an image loading, the diagram measuring itself) are absorbed by the browser's
 * scroll anchoring, which keeps the visible heading where it is.
 */
import { type RefObject, useLayoutEffect, useRef } from 'react';

/** True when `el` lies wholly inside the viewport (vertically). */
function inView(el: Element): boolean {
  const r = el.getBoundingClientRect();
  return r.top >= 0 && r.bottom <= window.innerHeight;
}

/** Scrolls `heading` to the top when it or `key` (a selector inside `within`) is off-screen. */
export function useStepInView(
  heading: RefObject<HTMLElement | null>,
  within: RefObject<HTMLElement | null>,
  key: string,
  step: string,
): void {
  const opened = useRef(false);
  useLayoutEffect(() => {
    const check = () => {
      const h = heading.current;
      if (!h) return;
      const first = within.current?.querySelector(key);
      if (inView(h) && (!first || inView(first))) return;
      h.scrollIntoView({ block: 'start', behavior: 'auto' });
    };
    if (opened.current) return check();
    // On opening, after the first frame: measuring here would lay the whole page out before
    // its first paint (~130 ms on 2 cores); after the frame the layout is already there.
    opened.current = true;
    const frame = requestAnimationFrame(() => setTimeout(check, 0));
    return () => cancelAnimationFrame(frame);
  }, [heading, within, key, step]);
}
