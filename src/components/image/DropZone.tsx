/**
 * The box for one's own photo: a file picker, the camera button and the hint that dragging
 * and pasting work too. Drops are caught on the whole page (usePageDrop); the box only lights up.
 */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { pasteShortcut } from './usePaste';

interface Props {
  readonly dragging: boolean;
  readonly onFiles: (files: readonly File[]) => void;
  readonly onCamera: () => void;
  readonly children?: ReactNode;
}

/** The dashed box: "Choose a photo…", "Use the camera", and the drag/paste hint. */
export function DropZone({ dragging, onFiles, onCamera, children }: Props) {
  const { t } = useTranslation();
  return (
    <div className={dragging ? 'drop-zone drop-zone-active' : 'drop-zone'} data-testid="drop-zone">
      <div className="drop-buttons">
        <label className="button button-primary file-button">
          <input
            type="file"
            accept="image/*,.pth,.pt,.onnx"
            className="visually-hidden"
            data-testid="image-file-input"
            onChange={(e) => {
              const files = Array.from(e.currentTarget.files ?? []);
              // Cleared so that choosing the same file again still fires a change.
              e.currentTarget.value = '';
              onFiles(files);
            }}
          />
          {t('image.pick.file')}
        </label>
        <button type="button" className="button" onClick={onCamera} data-testid="open-camera">
          {t('image.pick.camera')}
        </button>
      </div>
      <p className="drop-hint">{t('image.pick.dropHint', { shortcut: pasteShortcut() })}</p>
      {children}
    </div>
  );
}
