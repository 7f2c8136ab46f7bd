/**
 * Which class to explain: the top class by default, any of the top five, or any class by a
 * search over all names (or a class number). Native radio buttons and a search field, so the
 * keyboard and screen readers need nothing special.
 */
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ClassTarget } from '../../core/attribution/types';
import type { TensorData } from '../../core/tensorData';
import { formatPercent } from '../../viz/maps/format';
import { topK } from '../../viz/maps/topK';

interface Props {
  readonly target: ClassTarget;
  readonly onTarget: (c: ClassTarget) => void;
  /** Softmax output for the image ([classes]); absent while it is computed. */
  readonly probs?: TensorData;
  readonly classes: number;
  readonly names?: readonly string[];
}

/** Search hits shown at once. */
const shown = 8;

export function ClassPicker({ target, onTarget, probs, classes, names }: Props) {
  const { t } = useTranslation();
  const hintId = useId();
  const [query, setQuery] = useState('');
  const top = useMemo(() => (probs ? topK(probs.data, 5) : []), [probs]);
  const name = (i: number) => names?.[i] ?? t('attribution.classes.classN', { index: i });
  const hits = useMemo(() => {
    const q = query.trim().toLowerCase();
    if (!q) return [];
    return Array.from({ length: classes }, (_, i) => i).filter(
      (i) => String(i) === q || (names?.[i] ?? '').toLowerCase().includes(q),
    );
  }, [query, classes, names]);
  const extra = typeof target === 'number' && !top.some((r) => r.index === target) ? target : undefined;
  const checked = (i: number, rank: number) => (target === 'top' ? rank === 0 : target === i);

  return (
    <fieldset className="attr-classes" data-testid="attribution-classes">
      <legend>{t('attribution.classes.heading')}</legend>
      <div className="attr-class-list" role="radiogroup" aria-label={t('attribution.classes.top')}>
        {top.map((r, rank) => (
          <label key={r.index} className="attr-class">
            <input
              type="radio"
              name="attribution-class"
              checked={checked(r.index, rank)}
              onChange={() => onTarget(rank === 0 ? 'top' : r.index)}
            />
            <span>{name(r.index)}</span> <span className="muted">{formatPercent(r.value)}</span>
            {rank === 0 ? <span className="attr-badge">{t('attribution.classes.topMark')}</span> : null}
          </label>
        ))}
        {extra !== undefined ? (
          <label className="attr-class">
            <input type="radio" name="attribution-class" checked onChange={() => onTarget(extra)} />
            <span>{name(extra)}</span>{' '}
            <span className="muted">{t('attribution.classes.classN', { index: extra })}</span>
          </label>
        ) : null}
      </div>
      <label className="attr-search">
        <span>{t('attribution.classes.searchLabel', { count: classes })}</span>
        <input
          type="search"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          aria-describedby={hintId}
          data-testid="attribution-class-search"
        />
      </label>
      <p id={hintId} className="muted attr-hint">
        {t('attribution.classes.searchHint')}
      </p>
      {query.trim() ? (
        <div className="attr-hits" aria-live="polite">
          <p className="muted">
            {hits.length === 0
              ? t('attribution.classes.noMatch', { query: query.trim() })
              : t('attribution.classes.matches', { count: hits.length, shown: Math.min(shown, hits.length) })}
          </p>
          <ul>
            {hits.slice(0, shown).map((i) => (
              <li key={i}>
                <button
                  type="button"
                  className="link-button"
                  onClick={() => {
                    onTarget(i);
                    setQuery('');
                  }}
                >
                  {name(i)} <span className="muted">({i})</span>
                </button>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </fieldset>
  );
}
