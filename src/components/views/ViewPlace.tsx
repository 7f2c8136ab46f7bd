/**
 * Where the current view goes. Opening another view is going to another place: the page goes to
 * its top and the focus to the view's heading (a keyboard or screen-reader user hears where they
 * are), as a new page would. A view loaded on demand gets the focus once its heading is there.
 */
import { type ReactNode, useLayoutEffect, useRef } from 'react';
import type { View } from '../../state/viewState';

/** Frames to wait for a view's chunk to bring its heading, before giving up on the focus. */
const maxFrames = 120;

export function ViewPlace({ view, children }: { view: View; children: ReactNode }) {
  const main = useRef<HTMLElement>(null);
  const shown = useRef(view);
  useLayoutEffect(() => {
    if (shown.current === view) return; // the first view is where the page opened: nothing to move
    shown.current = view;
    window.scrollTo(0, 0);
    let frames = 0;
    let frame = 0;
    const focusHeading = () => {
      const heading = main.current?.querySelector<HTMLElement>('h2');
      if (heading) {
        if (!heading.hasAttribute('tabindex')) heading.tabIndex = -1;
        heading.focus({ preventScroll: true });
      } else if (++frames < maxFrames) frame = requestAnimationFrame(focusHeading);
    };
    focusHeading();
    return () => cancelAnimationFrame(frame);
  }, [view]);
  return (
    <main id="view" ref={main} tabIndex={-1} data-view={view} data-testid="view">
      {children}
    </main>
  );
}
