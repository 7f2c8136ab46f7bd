/**
 * The sources panel: the full reference of every work cited by the given i18n keys, with the
 * sections cited. Opened from a citation link; Escape or the close button shuts it.
 */
import { useEffect, useRef } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { type RefId, citationsOf, isLocalRef, references } from '../../content/sources';
import './sources.css';

interface Props {
  readonly keys: readonly string[];
  readonly open: boolean;
  readonly onClose: () => void;
}

export function SourcesPanel({ keys, open, onClose }: Props) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (open) heading.current?.focus();
  }, [open]);
  if (!open) return null;
  const at = new Map<RefId, Set<string>>();
  for (const c of keys.flatMap(citationsOf)) {
    const set = at.get(c.ref) ?? new Set<string>();
    if (c.at) set.add(c.at);
    at.set(c.ref, set);
  }
  return (
    <aside
      className="sources-panel"
      data-testid="sources-panel"
      aria-labelledby="sources-heading"
      onKeyDown={(e) => {
        if (e.key === 'Escape') onClose();
      }}
    >
      <h3 id="sources-heading" ref={heading} tabIndex={-1}>
        {t('sources.heading')}
      </h3>
      <p className="muted">{t('sources.intro')}</p>
      <ol>
        {[...at].map(([ref, places]) => (
          <li key={ref}>
            {ref === 'article' ? (
              // The article's title stays in Chinese in both languages, marked so the Chinese font applies.
              <Trans i18nKey="sources.full.article" components={{ zh: <span lang="zh" /> }} />
            ) : isLocalRef(ref) ? (
              t(`sources.full.${ref}`)
            ) : (
              references[ref]
            )}
            {places.size > 0 ? <span className="muted"> ({[...places].join('; ')})</span> : null}
          </li>
        ))}
      </ol>
      <button type="button" onClick={onClose}>
        {t('sources.close')}
      </button>
    </aside>
  );
}
