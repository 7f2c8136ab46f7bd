/**
 * The one i18n layer (i18next, the ecosystem's standard): every string on screen, teaching
 * text and error messages included, is looked up here by a typed key.
 *
 * English is bundled with the page; Chinese is a chunk of its own (content/zh.ts), so that the
 * script before the first paint stays within its budget. `setLanguage` fetches a language's
 * strings (once) before switching to it, so no key is ever shown untranslated.
 */
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { type en, enFirst } from '../content';
import type { Lang } from './languages';

/** What the first paint needs; lazy areas (the lab) add their strings when they load. */
export const resources = {
  en: { translation: enFirst },
} as const;

declare module 'i18next' {
  interface CustomTypeOptions {
    // Every key, the lazily added ones included.
    resources: { translation: typeof en };
  }
}

/** The strings of a language other than English, fetched as their own chunk. */
const loaders: Record<Exclude<Lang, 'en'>, () => Promise<object>> = {
  zh: () => import('../content/zh').then((m) => m.zhFirst),
};
const loading = new Map<Lang, Promise<void>>();
/** Languages whose strings are in (a lazy area, the lab, may have added its part of another one). */
const loaded = new Set<Lang>(['en']);

/** Fetches and registers a language's strings once; English is always there. */
export function loadLanguage(lang: Lang): Promise<void> {
  if (lang === 'en' || loaded.has(lang)) return Promise.resolve();
  let pending = loading.get(lang);
  if (!pending) {
    pending = loaders[lang]().then((strings) => {
      i18next.addResourceBundle(lang, 'translation', strings, true, true);
      loaded.add(lang);
    });
    loading.set(lang, pending);
  }
  return pending;
}

/** Switches to a language once its strings are in (English at once). */
export async function setLanguage(lang: Lang): Promise<void> {
  await loadLanguage(lang);
  if (i18next.language !== lang) await i18next.changeLanguage(lang);
}

/**
 * Starts i18next once, synchronously, in English or in a language already loaded
 * (`loadLanguage` before it; main.tsx does that for Chinese before the first render).
 */
export function initI18n(lang: Lang): typeof i18next {
  if (!i18next.isInitialized) {
    void i18next.use(initReactI18next).init({
      resources,
      lng: 'en',
      fallbackLng: false,
      interpolation: { escapeValue: false },
      initAsync: false,
      returnNull: false,
    });
  }
  if (i18next.language !== lang && loaded.has(lang)) {
    void i18next.changeLanguage(lang);
  }
  return i18next;
}
