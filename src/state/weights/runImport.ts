/**
 * One import through the engine's worker, with its reports filtered: only the latest attempt
 * (`current()`) may report, so a slow file never overwrites the news of a later one.
 */
import { pageEngine } from '../../tf/client';
import type { ImportPreview, ImportSource, ImportedSummary } from '../../tf/weights/messages';
import type { ShownProgress } from './progressStore';

export interface ImportReports {
  /** False once a newer attempt (or "Forget") took over. */
  readonly current: () => boolean;
  readonly progress: (p: ShownProgress | undefined) => void;
  readonly preview: (p: ImportPreview) => void;
  readonly done: (s: ImportedSummary) => void;
  readonly refused: (err: unknown) => void;
}

export function runImport(source: ImportSource, r: ImportReports): void {
  r.progress({ stage: 'reading', done: 0, total: 0, fileName: source.fileName });
  pageEngine()
    .importWeights(
      source,
      (p) => r.current() && r.progress({ ...p, fileName: source.fileName }),
      (p) => {
        if (!r.current()) return;
        // For the bench and tests: when, how far into the file, and the maps' sum to compare.
        const sum = p.maps ? p.maps.data.data.reduce((a, b) => a + b, 0) : null;
        performance.mark('weights:first-look', { detail: { at: p.at, total: p.total, sum } });
        r.preview(p);
      },
    )
    .then(
      (s) => {
        if (!r.current()) return;
        r.progress({ stage: 'uploading', done: 0, total: s.bytes, fileName: s.fileName });
        r.done(s);
      },
      (err: unknown) => {
        if (!r.current()) return;
        r.progress(undefined);
        r.refused(err);
      },
    );
}
