/**
 * A panel that opens under the header, so it is in view wherever the reader has scrolled: the
 * photo picker, the weights panel and the engine details. Escape or "Close" shuts it and gives
 * the focus back to the button that opened it. Closed drawers stay mounted (hidden): the photo
 * picker's file input and the weights' progress keep working while they are shut.
 */
import { type ReactNode, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  readonly id: string;
  readonly title: string;
  readonly open: boolean;
  readonly onClose: () => void;
  readonly children: ReactNode;
}

export function Drawer({ id, title, open, onClose, children }: Props) {
  const { t } = useTranslation();
  const panel = useRef<HTMLElement>(null);
  const opener = useRef<Element | null>(null);
  useEffect(() => {
    if (!open) return;
    opener.current = document.activeElement;
    panel.current?.focus({ preventScroll: true });
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      e.stopPropagation();
      onClose();
    };
    const el = panel.current;
    el?.addEventListener('keydown', onKey);
    return () => {
      el?.removeEventListener('keydown', onKey);
      if (opener.current instanceof HTMLElement && document.activeElement && el?.contains(document.activeElement))
        opener.current.focus({ preventScroll: true });
    };
  }, [open, onClose]);
  return (
    <section
      id={id}
      ref={panel}
      className="drawer"
      hidden={!open}
      tabIndex={-1}
      aria-labelledby={`${id}-title`}
      data-testid={id}
    >
      <div className="drawer-head">
        <h2 id={`${id}-title`}>{title}</h2>
        <button type="button" className="button" onClick={onClose} data-testid={`${id}-close`}>
          {t('shell.drawer.close')}
        </button>
      </div>
      <div className="drawer-body">{children}</div>
    </section>
  );
}
