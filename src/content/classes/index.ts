/**
 * The 1000 ImageNet class names in each language of the UI, in the networks' output order.
 * Each list is its own lazy chunk (about 10 KB gzipped in English): a page that never shows
 * a prediction never loads one, and a page in Chinese loads only the Chinese names.
 *
 *   const names = await loadClassNames('zh');  names[281] → '虎斑猫'
 */
import type { Lang } from '../../i18n/languages';

const loaders: Readonly<Record<Lang, () => Promise<readonly string[]>>> = {
  en: () => import('./imagenet.en').then((m) => m.imagenetEn),
  zh: () => import('./imagenet.zh').then((m) => m.imagenetZh),
};

const cache = new Map<Lang, Promise<readonly string[]>>();

/** The class names in `lang`, loaded once per language. */
export function loadClassNames(lang: Lang): Promise<readonly string[]> {
  let names = cache.get(lang);
  if (!names) {
    names = loaders[lang]();
    // A failed load (offline, a deploy replaced the chunk) is retried on the next call.
    names.catch(() => cache.delete(lang));
    cache.set(lang, names);
  }
  return names;
}
