/**
 * The views of the app as tabs in the header: each is a real link (it opens in a new tab, and a
 * shared link opens the same place), and a click moves the session there, which pushes a
 * history entry so that Back returns. The current view is marked with aria-current.
 */
import type { MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { type View, type ViewState, toHash, views } from '../../state/viewState';

interface Props {
  readonly state: ViewState;
  readonly onView: (view: View) => void;
}

/** Only a plain left click moves in place; a middle or modified click opens the link as usual. */
const inPlace = (e: MouseEvent) => e.button === 0 && !e.metaKey && !e.ctrlKey && !e.shiftKey && !e.altKey;

export function ViewTabs({ state, onView }: Props) {
  const { t } = useTranslation();
  return (
    <nav className="view-tabs" aria-label={t('shell.views.label')} data-testid="view-tabs">
      {views.map((v) => (
        <a
          key={v}
          href={toHash({ ...state, view: v })}
          className={v === state.view ? 'view-tab current' : 'view-tab'}
          aria-current={v === state.view ? 'page' : undefined}
          onClick={(e) => {
            if (!inPlace(e)) return;
            e.preventDefault();
            onView(v);
          }}
          data-testid={`view-${v}`}
        >
          {t(`shell.views.${v}`)}
        </a>
      ))}
    </nav>
  );
}
