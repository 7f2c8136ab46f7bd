/**
 * News that must reach the reader wherever they have scrolled, shown under the header: a weight
 * file's progress, its refusal, the kept weights coming back, a file just forgotten (with Undo),
 * and the engine's own notices (a lost graphics context, a restart). Refusals are alerts; the
 * rest are polite status updates.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Session } from '../../state/session';
import { useProgress } from '../../state/weights/progressStore';
import { WeightsProgress } from '../weights/WeightsProgress';
import { refusalText } from '../weights/weightsText';

/** How long "your weights are back" stays, ms: long enough to read, then out of the way. */
const restoredFor = 8000;

function Toast({
  children,
  onDismiss,
  alert = false,
}: {
  children: React.ReactNode;
  onDismiss?: () => void;
  alert?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <div className={alert ? 'toast toast-alert' : 'toast'}>
      <div className="toast-body">{children}</div>
      {onDismiss ? (
        <button type="button" className="link-button" onClick={onDismiss}>
          {t('shell.toast.dismiss')}
        </button>
      ) : null}
    </div>
  );
}

/**
 * "Your saved weights are back": shown each time a kept file comes back, once its upload's
 * progress is off the screen, and for a few seconds from then (a large file's upload can take
 * longer than the notice would have stayed).
 */
function useRestored(
  restored: { readonly fileName: string } | undefined,
  uploading: boolean,
): [string | undefined, () => void] {
  const [gone, setGone] = useState<{ readonly fileName: string }>();
  const shown = restored !== undefined && restored !== gone && !uploading;
  useEffect(() => {
    if (!shown) return;
    const timer = setTimeout(() => setGone(restored), restoredFor);
    return () => clearTimeout(timer);
  }, [shown, restored]);
  return [shown ? restored.fileName : undefined, () => setGone(restored)];
}

export function Toasts({ session }: { session: Session }) {
  const { t } = useTranslation();
  const { weights, engine } = session;
  const progress = useProgress(weights.progress);
  const [restored, dismissRestored] = useRestored(weights.restored, progress !== undefined);
  const [noticeGone, setNoticeGone] = useState<string>();
  const notice = engine.notice !== noticeGone ? engine.notice : undefined;
  return (
    <div className="toasts" data-testid="toasts">
      <div aria-live="polite">
        {progress ? (
          <Toast>
            <WeightsProgress progress={progress} />
          </Toast>
        ) : null}
        {restored ? (
          <Toast onDismiss={dismissRestored}>
            <p data-testid="toast-restored">{t('shell.toast.restored', { file: restored })}</p>
          </Toast>
        ) : null}
        {weights.forgotten ? (
          <Toast onDismiss={weights.dismissForgotten}>
            <p data-testid="toast-forgotten">
              {t('shell.toast.forgotten', { file: weights.forgotten.fileName })}{' '}
              {weights.forgotten.undoable ? (
                <button type="button" className="button" onClick={weights.undoForget} data-testid="weights-undo">
                  {t('shell.toast.undo')}
                </button>
              ) : null}
            </p>
          </Toast>
        ) : null}
        {engine.restarts > 0 && weights.restoring ? (
          <Toast>
            <p data-testid="toast-restart-restore">{t('shell.toast.restartRestore')}</p>
          </Toast>
        ) : null}
        {notice ? (
          <Toast onDismiss={() => setNoticeGone(notice)}>
            <p data-testid="engine-notice">{notice}</p>
          </Toast>
        ) : null}
      </div>
      {weights.refusal ? (
        <Toast alert onDismiss={weights.dismissRefusal}>
          <p role="alert" data-testid="weights-alert">
            {refusalText(t, weights.refusal)}
          </p>
        </Toast>
      ) : null}
    </div>
  );
}
