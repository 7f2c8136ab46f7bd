/**
 * The one i18n layer (i18next, the ecosystem's standard): every string on screen, teaching
 * text and error messages included, is looked up here by a typed key.
 */
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en, zh } from '../content';
import type { Lang } from './languages';

export const resources = {
  en: { translation: en },
  zh: { translation: zh },
} as const;

declare module 'i18next' {
  interface CustomTypeOptions {
    resources: (typeof resources)['en'];
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
