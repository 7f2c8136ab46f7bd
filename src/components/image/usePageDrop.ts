/**
 * Drag and drop onto the whole page. Without this, a file dropped a few pixels outside the drop
 * zone makes the browser navigate away to it, and the session is lost.
 */
import { useEffect, useState } from 'react';
import type { ImageProblem } from '../../image/notes';
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

  useEffect(() => {
    const over = (e: DragEvent) => {
      if (!carriesSomething(e)) return;
      e.preventDefault(); // allows the drop (and stops the browser opening the file itself)
      if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy';
      setDragging(true);
    };
    // relatedTarget is null only when the pointer leaves the window, not when it crosses children.
    const leave = (e: DragEvent) => {
      if (e.relatedTarget === null) setDragging(false);
    };
    const drop = (e: DragEvent) => {
      if (!carriesSomething(e)) return;
      e.preventDefault();
      setDragging(false);
      const files = Array.from(e.dataTransfer?.files ?? []);
      // Weight files go to the importer, by their bytes; the rest stay images.
      if (files.length > 0) void routeFiles(files).then((images) => images.length > 0 && onFiles(images));
      // A link dragged from another site: fetching it would send a request elsewhere. Refuse.
      else if (e.dataTransfer?.types.includes('text/uri-list')) onRefuse({ code: 'droppedLink' });
      else onRefuse({ code: 'nothingDropped' });
    };
    const end = () => setDragging(false);
    window.addEventListener('dragenter', over);
    window.addEventListener('dragover', over);
    window.addEventListener('dragleave', leave);
    window.addEventListener('drop', drop);
    window.addEventListener('dragend', end);
    return () => {
      window.removeEventListener('dragenter', over);
      window.removeEventListener('dragover', over);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('drop', drop);
      window.removeEventListener('dragend', end);
    };
  }, [onFiles, onRefuse]);

  return dragging;
}
