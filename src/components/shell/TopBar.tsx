/**
 * The header's first row: the title, the views, the mode and the language. On a phone, the
 * views, mode and language fold behind "Menu" (shell.css shows the button only on narrow screens).
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Session } from '../../state/session';
import { type Lang, languages } from '../../state/viewState';
import { ModePicker } from '../ModePicker';
import { ViewTabs } from './ViewTabs';

const langNames: Record<Lang, string> = { en: 'English', zh: '简体中文' };

export function TopBar({ session }: { session: Session }) {
  const { t } = useTranslation();
  const [menu, setMenu] = useState(false);
  const { state, update } = session.view;
  return (
    <div className="top-bar">
      <h1 className="app-title" data-testid="app-title">
        {t('app.title')}
      </h1>
      <button
        type="button"
        className="menu-toggle"
        aria-expanded={menu}
        aria-controls="header-controls"
        onClick={() => setMenu((m) => !m)}
        data-testid="menu-toggle"
      >
        ☰ {t('layout.menu')}
      </button>
      <div
        id="header-controls"
        className={menu ? 'top-controls menu-open' : 'top-controls'}
        data-present-controls
        role="group"
        aria-label={t('layout.menuLabel')}
      >
        <ViewTabs
          state={state}
          onView={(v) => {
            setMenu(false);
            session.go(v);
          }}
        />
        <ModePicker mode={state.mode} onMode={(mode) => update({ mode })} />
        <label className="lang-picker">
          <span className="visually-hidden">{t('app.language')}</span>
          <select value={state.lang} onChange={(e) => update({ lang: e.target.value as Lang })} data-testid="lang">
            {languages.map((l) => (
              <option key={l} value={l} lang={l}>
                {langNames[l]}
              </option>
            ))}
          </select>
        </label>
      </div>
    </div>
  );
}
