/**
 * Keyboard stepping: ← / → and PageUp / PageDown (what presentation clickers send) move one
 * step, Home / End jump to the ends. Keys typed into form fields are left alone.
 */
import { usePageEvent } from '../usePageEvent';

export function useStepKeys(count: number, index: number, go: (index: number) => void): void {
  usePageEvent('keydown', (e) => {
    if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey) return;
    const target = e.target as HTMLElement | null;
    if (target?.closest('input, textarea, select, [contenteditable="true"], [data-own-keys]')) return;
    const next =
      e.key === 'ArrowRight' || e.key === 'PageDown'
        ? index + 1
        : e.key === 'ArrowLeft' || e.key === 'PageUp'
          ? index - 1
          : e.key === 'Home'
            ? 0
            : e.key === 'End'
              ? count - 1
              : null;
    if (next === null) return;
    e.preventDefault();
    go(Math.min(count - 1, Math.max(0, next)));
  });
}
