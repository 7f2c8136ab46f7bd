/**
 * The methods as ARIA tabs: Tab reaches the selected one, ← → Home End move between them and
 * select (automatic activation: each map is cheap to ask for, and the worker keeps results).
 */
import type { KeyboardEvent } from 'react';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { type AttributionMethod, attributionMethods } from '../../core/attribution/types';

interface Props {
  readonly method: AttributionMethod;
  readonly onMethod: (m: AttributionMethod) => void;
  /** id of the tab panel the tabs control. */
  readonly panelId: string;
}

export const tabId = (m: AttributionMethod) => `attribution-tab-${m}`;

export function MethodTabs({ method, onMethod, panelId }: Props) {
  const { t } = useTranslation();
  const list = useRef<HTMLDivElement>(null);
  const onKey = (e: KeyboardEvent<HTMLButtonElement>) => {
    const i = attributionMethods.indexOf(method);
    const n = attributionMethods.length;
    const to =
      e.key === 'ArrowRight'
        ? (i + 1) % n
        : e.key === 'ArrowLeft'
          ? (i + n - 1) % n
          : e.key === 'Home'
            ? 0
            : e.key === 'End'
              ? n - 1
              : -1;
    const next = attributionMethods[to];
    if (!next) return;
    e.preventDefault();
    onMethod(next);
    list.current?.querySelector<HTMLButtonElement>(`#${tabId(next)}`)?.focus();
  };
  return (
    <div className="attr-tabs" role="tablist" aria-label={t('attribution.methods.label')} ref={list}>
      {attributionMethods.map((m) => (
        <button
          key={m}
          id={tabId(m)}
          type="button"
          role="tab"
          aria-selected={m === method}
          aria-controls={panelId}
          tabIndex={m === method ? 0 : -1}
          className={m === method ? 'attr-tab current' : 'attr-tab'}
          onClick={() => onMethod(m)}
          onKeyDown={onKey}
          data-testid={`attribution-tab-${m}`}
        >
          {t(`attribution.methods.${m}`)}
        </button>
      ))}
    </div>
  );
}
