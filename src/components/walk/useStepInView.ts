/**
 * Keeps the current step on screen: after a step (and on opening a deep link), when the
 * step's heading or its first number (the output size and its working) is outside the
 * viewport, the page scrolls so that the heading is at the top. When both are already
 * visible nothing moves, so stepping never jumps needlessly. Later changes of height above
 * the step (an image loading, the diagram measuring itself) are absorbed by the browser's
 * scroll anchoring, which keeps the visible heading where it is.
 */
import { type RefObject, useLayoutEffect, useRef } from 'react';
import { loadTexRenderer } from './katexLoader';

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
    let live = true;
    const check = (settle: boolean) => {
      const h = heading.current;
      if (!live || !h) return;
      const first = within.current?.querySelector(key);
      if (inView(h) && (!first || inView(first))) return;
      // Only the first number's lower edge is out: it may still be settling (its formula in
      // plain text until KaTeX has loaded, then fitted to its box). Look again once it has.
      if (settle && inView(h) && first && first.getBoundingClientRect().top < window.innerHeight) {
        void loadTexRenderer()
          .catch(() => undefined)
          .then(() => requestAnimationFrame(() => requestAnimationFrame(() => check(false))));
        return;
      }
      h.scrollIntoView({ block: 'start', behavior: 'auto' });
    };
    // A check that waits (a frame on opening, KaTeX when settling) is dropped once the reader
    // acts: a click on "to the table" or a scroll of their own must not be undone by a late
    // scroll back to the step (CI under load caught exactly that).
    const taken = ['pointerdown', 'wheel', 'touchstart', 'keydown'] as const;
    const stop = () => {
      live = false;
      for (const type of taken) window.removeEventListener(type, stop, true);
    };
    for (const type of taken) window.addEventListener(type, stop, { capture: true, passive: true });
    if (opened.current) {
      check(true);
      return stop;
    }
    // On opening, after the first frame: measuring here would lay the whole page out before
    // its first paint (~130 ms on 2 cores); after the frame the layout is already there.
    opened.current = true;
    const frame = requestAnimationFrame(() => setTimeout(() => check(true), 0));
    return () => {
      stop();
      cancelAnimationFrame(frame);
    };
  }, [heading, within, key, step]);
}
