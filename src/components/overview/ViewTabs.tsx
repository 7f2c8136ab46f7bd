/**
 * Switches what fills the page: the walkthrough, the whole-network overview, or the size
 * playground (`#view=`). Plain toggle buttons, so Tab and Enter work as everywhere else.
 */
import { useTranslation } from 'react-i18next';
import { type View, views } from '../../state/viewState';

interface Props {
  readonly view: View;
  readonly onView: (view: View) => void;
}

export function ViewTabs({ view, onView }: Props) {
  const { t } = useTranslation();
  return (
    <nav className="view-tabs present-hide" aria-label={t('overview.views.label')} data-testid="view-tabs">
      {views.map((v) => (
        <button
          key={v}
          type="button"
          className={v === view ? 'view-tab current' : 'view-tab'}
          aria-pressed={v === view}
          onClick={() => onView(v)}
          data-testid={`view-${v}`}
        >
          {t(`overview.views.${v}`)}
        </button>
      ))}
    </nav>
  );
}
