/** Title bar: the network picker and the language switch. */
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
  return (
    <header className="app-header">
      <div className="title-block">
        <h1>{t('app.title')}</h1>
        <p className="tagline present-hide">{t('app.tagline')}</p>
      </div>
      <div className="controls" data-present-controls>
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
