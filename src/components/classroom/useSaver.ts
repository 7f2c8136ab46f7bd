/**
 * Runs one export and says how it went, in words for a polite live region: "Saved
 * alexnet-single-tower-227-conv1.png.", "This view has no diagram or picture to export yet.",
 * or "Export failed: …". Shared by the page's export menu and the slide bar's.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { downloadBlob } from './download';

type Status =
  | { readonly kind: 'saved'; readonly file: string }
  | { readonly kind: 'nothing' }
  | { readonly kind: 'failed'; readonly reason: string };

export interface Saver {
  /** The outcome of the last export, or '' before the first. */
  readonly message: string;
  /** Makes the file (null: nothing to export) and downloads it as `file`. */
  readonly save: (file: string, make: () => Promise<Blob | null> | Blob | null) => Promise<void>;
}

export function useSaver(): Saver {
  const { t } = useTranslation();
  const [status, setStatus] = useState<Status | null>(null);
  const save = async (file: string, make: () => Promise<Blob | null> | Blob | null) => {
    try {
      const blob = await make();
      if (!blob) {
        setStatus({ kind: 'nothing' });
        return;
      }
      downloadBlob(blob, file);
      setStatus({ kind: 'saved', file });
    } catch (e) {
      setStatus({ kind: 'failed', reason: e instanceof Error ? e.message : String(e) });
    }
  };
  const message =
    status?.kind === 'saved'
      ? t('classroom.export.saved', { file: status.file })
      : status?.kind === 'nothing'
        ? t('classroom.export.nothing')
        : status?.kind === 'failed'
          ? t('classroom.export.failed', { reason: status.reason })
          : '';
  return { message, save };
}
