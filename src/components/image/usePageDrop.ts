/**
 * Drag and drop onto the whole page. Without this, a file dropped a few pixels outside the drop
 * zone makes the browser navigate away to it, and the session is lost. While a file is dragged,
 * says what it looks like (a photo or a weight file, from its MIME type: the bytes, which decide
 * on drop, cannot be read before it).
 */
import { useState } from 'react';
import type { ImageProblem } from '../../image/notes';
import { guessDragged } from '../../state/weights/fileRoute';
import { usePageEvent } from '../usePageEvent';

interface Handlers {
  /** Every dropped file; the caller routes weight files and images. */
  readonly onFiles: (files: readonly File[]) => void;
  readonly onRefuse: (problem: ImageProblem) => void;
}

/** What is being dragged over the page, or null when nothing is. */
export type Dragging = 'photo' | 'weights' | 'unknown' | null;

const carriesSomething = (e: DragEvent) => {
  const types = Array.from(e.dataTransfer?.types ?? []);
  return types.includes('Files') || types.includes('text/uri-list');
};

/** Listens on window while mounted. */
export function usePageDrop({ onFiles, onRefuse }: Handlers): Dragging {
  const [dragging, setDragging] = useState<Dragging>(null);

  const over = (e: DragEvent) => {
    if (!carriesSomething(e)) return;
    e.preventDefault(); // allows the drop (and stops the browser opening the file itself)
    if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy';
    const items = Array.from(e.dataTransfer?.items ?? []).filter((i) => i.kind === 'file');
    setDragging(guessDragged(items.map((i) => i.type)));
  };
  usePageEvent('dragenter', over);
  usePageEvent('dragover', over);
  // relatedTarget is null only when the pointer leaves the window, not when it crosses children.
  usePageEvent('dragleave', (e) => e.relatedTarget === null && setDragging(null));
  usePageEvent('dragend', () => setDragging(null));
  usePageEvent('drop', (e) => {
    if (!carriesSomething(e)) return;
    e.preventDefault();
    setDragging(null);
    const files = Array.from(e.dataTransfer?.files ?? []);
    if (files.length > 0) onFiles(files);
    // A link dragged from another site: fetching it would send a request elsewhere. Refuse.
    else if (e.dataTransfer?.types.includes('text/uri-list')) onRefuse({ code: 'droppedLink' });
    else onRefuse({ code: 'nothingDropped' });
  });

  return dragging;
}
