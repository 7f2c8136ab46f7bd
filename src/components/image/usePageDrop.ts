/**
 * Drag and drop onto the whole page. Without this, a file dropped a few pixels outside the drop
 * zone makes the browser navigate away to it, and the session is lost.
 */
import { useState } from 'react';
import type { ImageProblem } from '../../image/notes';
import { usePageEvent } from '../usePageEvent';
import { routeFiles } from '../weights/dropRoute';

interface Handlers {
  readonly onFiles: (files: readonly File[]) => void;
  readonly onRefuse: (problem: ImageProblem) => void;
}

const carriesSomething = (e: DragEvent) => {
  const types = Array.from(e.dataTransfer?.types ?? []);
  return types.includes('Files') || types.includes('text/uri-list');
};

/** Listens on window while mounted; returns true while a file is dragged over the page. */
export function usePageDrop({ onFiles, onRefuse }: Handlers): boolean {
  const [dragging, setDragging] = useState(false);

  const over = (e: DragEvent) => {
    if (!carriesSomething(e)) return;
    e.preventDefault(); // allows the drop (and stops the browser opening the file itself)
    if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy';
    setDragging(true);
  };
  usePageEvent('dragenter', over);
  usePageEvent('dragover', over);
  // relatedTarget is null only when the pointer leaves the window, not when it crosses children.
  usePageEvent('dragleave', (e) => e.relatedTarget === null && setDragging(false));
  usePageEvent('dragend', () => setDragging(false));
  usePageEvent('drop', (e) => {
    if (!carriesSomething(e)) return;
    e.preventDefault();
    setDragging(false);
    const files = Array.from(e.dataTransfer?.files ?? []);
    // Weight files go to the importer, by their bytes; the rest stay images.
    if (files.length > 0) void routeFiles(files).then((images) => images.length > 0 && onFiles(images));
    // A link dragged from another site: fetching it would send a request elsewhere. Refuse.
    else if (e.dataTransfer?.types.includes('text/uri-list')) onRefuse({ code: 'droppedLink' });
    else onRefuse({ code: 'nothingDropped' });
  });

  return dragging;
}
