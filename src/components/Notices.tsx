/** Notes about the link: values that were ignored, shown instead of a blank page. */
import { useTranslation } from 'react-i18next';

export interface Notice {
  readonly key: string;
  readonly text: string;
}

export function Notices({ notices, onDismiss }: { notices: readonly Notice[]; onDismiss: () => void }) {
  const { t } = useTranslation();
  if (notices.length === 0) return null;
  return (
    <div className="notice" role="status" data-testid="link-notice">
      <ul>
        {notices.map((n) => (
          <li key={n.key}>{n.text}</li>
        ))}
      </ul>
      <button type="button" onClick={onDismiss}>
        {t('notes.dismiss')}
      </button>
    </div>
  );
}
