/**
 * The 1000 ImageNet class names in the UI's language (content/classes), loaded when a view
 * first needs them and again when the language changes. Undefined until loaded or if the
 * load fails: the views then show "class 281".
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { loadClassNames } from '../../content/classes';
import { type Lang, languages } from '../../i18n/languages';

const isLang = (s: string): s is Lang => languages.some((l) => l === s);

export function useClassNames(active: boolean): readonly string[] | undefined {
  const { i18n } = useTranslation();
  const lang: Lang = isLang(i18n.language) ? i18n.language : 'en';
  const [loaded, setLoaded] = useState<{ readonly lang: Lang; readonly names: readonly string[] } | undefined>();
  useEffect(() => {
    if (!active || loaded?.lang === lang) return;
    let live = true;
    loadClassNames(lang).then(
      (names) => {
        if (live) setLoaded({ lang, names });
      },
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [active, lang, loaded]);
  // Names of the other language are never shown, even for the moment before the new ones arrive.
  return loaded?.lang === lang ? loaded.names : undefined;
}
