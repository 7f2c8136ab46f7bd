/**
 * Citations after a sentence: one small link per source of an i18n key (content/sources.ts),
 * e.g. [§3.3] [ZF §4.1]. Each opens the sources panel of the page section it sits in.
 */
import { useTranslation } from 'react-i18next';
import { type Citation, citationsOf, citeLabel } from '../../content/sources';

/** The short label of a citation in the current language. */
export function useCiteLabel(): (c: Citation) => string {
  const { t } = useTranslation();
  return (c) => citeLabel(c, { article: t('sources.short.article'), app: t('sources.short.app') });
}

export function Cites({ k, onOpen }: { readonly k: string; readonly onOpen: () => void }) {
  const { t } = useTranslation();
  const label = useCiteLabel();
  const cites = citationsOf(k);
  if (cites.length === 0) return null;
  return (
    <span className="cites" data-testid="cites">
      {cites.map((c) => {
        const text = label(c);
        return (
          <button
            key={`${c.ref}-${c.at ?? ''}`}
            type="button"
            className="cite"
            aria-label={t('sources.cite', { label: text })}
            onClick={onOpen}
          >
            {text}
          </button>
        );
      })}
    </span>
  );
}
