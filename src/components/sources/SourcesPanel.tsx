/**
 * The sources panel: the full reference of every work cited by the given i18n keys, with the
 * sections cited. Opened from a citation link; Escape or the close button shuts it.
 */
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { type RefId, citationsOf, isLocalRef, references } from '../../content/sources';
import './sources.css';

interface Props {
  readonly keys: readonly string[];
  readonly open: boolean;
  readonly onClose: () => void;
}

/**
 * A reference whose `<zh>…</zh>` part (the article's title, Chinese in both languages) is
 * marked lang="zh", so the Chinese font applies to it on the English page too. (Split by hand:
 * i18next's <Trans> would add its HTML parser to the first-paint bundle for this one title.)
 */
function WithChinese({ text }: { readonly text: string }) {
  const [before, title, after] = text.split(/<\/?zh>/);
  return title === undefined ? (
    text
  ) : (
    <>
      {before}
      <span lang="zh">{title}</span>
      {after}
    </>
  );
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
            {isLocalRef(ref) ? <WithChinese text={t(`sources.full.${ref}`)} /> : references[ref]}
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
