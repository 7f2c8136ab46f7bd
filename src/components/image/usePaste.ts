/** Paste from the clipboard (Ctrl/Cmd+V) anywhere on the page. */
import type { RefObject } from 'react';
import type { ImageProblem } from '../../image/notes';
import { usePageEvent } from '../usePageEvent';

interface Handlers {
  readonly onFiles: (files: readonly File[]) => void;
  readonly onRefuse: (problem: ImageProblem) => void;
  /** The picker: a paste without an image is reported only when the focus is inside it. */
  readonly near: RefObject<HTMLElement | null>;
}

/**
 * Takes any pasted file (checked like every other file). Pasted text is left alone, so typing
 * into a field elsewhere on the page still works.
 */
export function usePaste({ onFiles, onRefuse, near }: Handlers): void {
  usePageEvent(
    'paste',
    (e) => {
      const files = Array.from(e.clipboardData?.files ?? []);
      if (files.length > 0) {
        e.preventDefault();
        onFiles(files);
      } else if (e.target instanceof Node && near.current?.contains(e.target)) {
        onRefuse({ code: 'pasteNoImage' });
      }
    },
    { on: 'document' },
  );
}

/** "⌘V" on Apple keyboards, "Ctrl+V" elsewhere. */
export function pasteShortcut(): string {
  return /Mac|iPhone|iPad/.test(navigator.userAgent) ? '⌘V' : 'Ctrl+V';
}
