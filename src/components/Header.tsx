/**
 * Title bar: the network picker and the language switch. On a phone these fold behind a
 * "Menu" button (styles.css shows the button only on narrow screens), so the step comes first.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type VariantId, variantIds } from '../core/variants';
import { type Lang, type Mode, languages } from '../state/viewState';
import { ModePicker } from './ModePicker';

const langNames: Record<Lang, string> = { en: 'English', zh: '简体中文' };

interface Props {
  readonly variant: VariantId;
  readonly lang: Lang;
  readonly onVariant: (v: VariantId) => void;
  readonly onLang: (l: Lang) => void;
  readonly mode: Mode;
  readonly onMode: (m: Mode) => void;
}

export function Header({ variant, lang, onVariant, onLang, mode, onMode }: Props) {
  const { t } = useTranslation();
  const [menu, setMenu] = useState(false);
  return (
    <header className="app-header">
      <div className="title-block">
        <h1>{t('app.title')}</h1>
        <p className="tagline present-hide">{t('app.tagline')}</p>
      </div>
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
        className={menu ? 'controls menu-open' : 'controls'}
        data-present-controls
        role="group"
        aria-label={t('layout.menuLabel')}
      >
        <ModePicker mode={mode} onMode={onMode} />
        <fieldset className="variant-picker">
          <legend>{t('variant.label')}</legend>
          {variantIds.map((id) => (
            <label key={id} className={id === variant ? 'chip chip-on' : 'chip'}>
              <input type="radio" name="variant" value={id} checked={id === variant} onChange={() => onVariant(id)} />
              {t(`variant.${id}`)}
            </label>
          ))}
        </fieldset>
        <label className="lang-picker">
          {t('app.language')}
          <select value={lang} onChange={(e) => onLang(e.target.value as Lang)}>
            {languages.map((l) => (
              <option key={l} value={l} lang={l}>
                {langNames[l]}
              </option>
            ))}
          </select>
        </label>
      </div>
    </header>
  );
}
