/**
 * The one i18n layer (i18next, the ecosystem's standard): every string on screen, teaching
 * text and error messages included, is looked up here by a typed key.
 */
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { type en, enFirst, zhFirst } from '../content';
import type { Lang } from './languages';

/** What the first paint needs; lazy areas (the lab) add their strings when they load. */
export const resources = {
  en: { translation: enFirst },
  zh: { translation: zhFirst },
} as const;

declare module 'i18next' {
  interface CustomTypeOptions {
    // Every key, the lazily added ones included.
    resources: { translation: typeof en };
  }
}

/** Starts i18next once, synchronously (resources are bundled, nothing is fetched). */
export function initI18n(lang: Lang): typeof i18next {
  if (!i18next.isInitialized) {
    void i18next.use(initReactI18next).init({
      resources,
      lng: lang,
      fallbackLng: false,
      interpolation: { escapeValue: false },
      initAsync: false,
      returnNull: false,
    });
  } else if (i18next.language !== lang) {
    void i18next.changeLanguage(lang);
  }
  return i18next;
}
