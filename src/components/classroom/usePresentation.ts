/**
 * Presentation mode (`#mode=present`, key P): puts `present` on <html> (present.css turns that
 * into projector type), asks for full screen when the mode was entered by a user gesture,
 * hides the controls after a pause of the pointer, and leaves on Escape.
 *
 * Full screen needs a user gesture: entering by the P key or a button gives one (the browser
 * keeps it "active" for a few seconds, long enough for this effect); opening a link that
 * already says mode=present gives none, so the page presents in the window and the teacher
 * can press F11. A refusal is caught and reported in the returned state, never thrown.
 */
import { useEffect, useRef, useState } from 'react';
import { usePageEvent } from '../usePageEvent';
import './present.css';

/** How long the pointer must rest before the controls fade out. */
export const idleMs = 2500;

/**
 * Keys a presentation clicker sends to step through the walkthrough: they must not wake the
 * controls, or every slide change would flash the buttons over the picture.
 */
const clickerKeys = new Set([
  'PageUp',
  'PageDown',
  'ArrowLeft',
  'ArrowRight',
  'ArrowUp',
  'ArrowDown',
  'Home',
  'End',
  ' ',
  'b',
  'B',
  '.',
]);

export interface PresentationState {
  /** The page is full screen now. */
  readonly fullscreen: boolean;
  /** The browser refused full screen (show classroom.present.refused); presenting goes on. */
  readonly refused: boolean;
}

/**
 * @param active the view state's mode is 'present'.
 * @param onExit called when the presenter leaves: Escape, or leaving the full screen this
 *   hook entered (the browser takes that Escape itself). The caller sets mode back.
 */
export function usePresentation(active: boolean, onExit?: () => void): PresentationState {
  const [fullscreen, setFullscreen] = useState(false);
  const [refused, setRefused] = useState(false);
  const exit = useRef(onExit);
  useEffect(() => {
    exit.current = onExit;
  });

  useEffect(() => {
    if (!active) return;
    const root = document.documentElement;
    root.classList.add('present');
    const { entered, release } = enterFullscreen(root, setRefused);
    const onChange = () => {
      const on = document.fullscreenElement !== null;
      setFullscreen(on);
      // An open spotlight keeps the presentation: that Escape was meant for the overlay.
      if (!on && entered.current && !document.querySelector('[aria-modal="true"]')) exit.current?.();
      entered.current = on;
    };
    document.addEventListener('fullscreenchange', onChange);
    return () => {
      document.removeEventListener('fullscreenchange', onChange);
      root.classList.remove('present');
      release();
      setRefused(false);
    };
  }, [active]);

  usePageEvent('keydown', (e) => e.key === 'Escape' && !e.defaultPrevented && exit.current?.(), { enabled: active });

  useEffect(() => {
    if (!active) return;
    return hideControlsWhenIdle(document.documentElement);
  }, [active]);

  return { fullscreen: active && fullscreen, refused: active && refused };
}

/** A request in flight, shared so that React's dev double effect does not ask twice. */
let pending: Promise<void> | null = null;

/**
 * Requests full screen if a user gesture allows it. `entered` turns true on the
 * fullscreenchange that follows (see the caller); `release` leaves full screen if we entered it.
 */
function enterFullscreen(root: HTMLElement, onRefused: (refused: boolean) => void) {
  const entered = { current: false };
  const gesture = navigator.userActivation?.isActive ?? false;
  if (gesture && !document.fullscreenElement && typeof root.requestFullscreen === 'function') {
    const request = pending ?? root.requestFullscreen({ navigationUI: 'hide' });
    pending = request;
    request
      .catch(() => onRefused(true))
      .finally(() => {
        if (pending === request) pending = null;
      });
  }
  const release = () => {
    if (entered.current && document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
    entered.current = false;
  };
  return { entered, release };
}

/**
 * Adds `controls-hidden` to `root` after `idleMs` without pointer movement; any pointer
 * movement, focus change or non-clicker key removes it again. Returns the cleanup.
 */
export function hideControlsWhenIdle(root: HTMLElement, delay = idleMs): () => void {
  let timer = 0;
  const wake = () => {
    root.classList.remove('controls-hidden');
    window.clearTimeout(timer);
    timer = window.setTimeout(() => root.classList.add('controls-hidden'), delay);
  };
  const onKey = (e: KeyboardEvent) => {
    if (!clickerKeys.has(e.key)) wake();
  };
  const events = ['pointermove', 'pointerdown', 'wheel', 'focusin'] as const;
  for (const type of events) window.addEventListener(type, wake, { passive: true });
  window.addEventListener('keydown', onKey);
  wake();
  return () => {
    window.clearTimeout(timer);
    for (const type of events) window.removeEventListener(type, wake);
    window.removeEventListener('keydown', onKey);
    root.classList.remove('controls-hidden');
  };
}
