/**
 * The classroom shortcuts: P toggles presentation mode, Q toggles quiz mode (each returns to
 * explore when pressed again). Keys typed into form fields, with modifiers, or held down
 * (auto-repeat) are left alone, so typing an answer never switches modes.
 */
import { usePageEvent } from '../usePageEvent';
import type { Mode } from '../../state/viewState';

/** The mode a key switches to from `mode`, or null when the key is not a mode key. */
export function modeForKey(key: string, mode: Mode): Mode | null {
  const k = key.toLowerCase();
  if (k === 'p') return mode === 'present' ? 'explore' : 'present';
  if (k === 'q') return mode === 'quiz' ? 'explore' : 'quiz';
  return null;
}

/** Listens for P and Q on the window while mounted; `onMode` receives the new mode. */
export function useModeKeys(mode: Mode, onMode: (mode: Mode) => void): void {
  usePageEvent('keydown', (e) => {
    if (e.defaultPrevented || e.repeat || e.altKey || e.ctrlKey || e.metaKey || e.isComposing) return;
    const target = e.target as HTMLElement | null;
    if (target?.closest('input, textarea, select, [contenteditable="true"], [data-own-keys]')) return;
    const next = modeForKey(e.key, mode);
    if (next === null) return;
    e.preventDefault();
    onMode(next);
  });
}
