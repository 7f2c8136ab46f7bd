/**
 * The exports from presentation mode, in the slide bar: a button ("Export (E)", or the E key)
 * opens a small menu over the bar with the slide as a 1920×1080 PNG (its pictures taken from
 * the slide on screen) and the layer table as CSV, Markdown or LaTeX, the same files as the
 * page's export menu (exports.ts). Escape closes the menu without leaving the presentation.
 */
import { type RefObject, useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Analysis } from '../../core/analyze';
import { type ExportKind, exportFileName, stepPng, tableBlob } from './exports';
import { useSaver } from './useSaver';

interface Props {
  readonly analysis: Analysis;
  readonly name: string;
  readonly variantId: string;
  readonly stepId: string;
  /** The random/trained line (slideBadge.ts). */
  readonly badge: string;
  /** The slide on screen: the PNG's pictures come from it. */
  readonly slideRef: RefObject<Element | null>;
  readonly open: boolean;
  readonly onOpen: (open: boolean) => void;
}

export function SlideExport({ analysis, name, variantId, stepId, badge, slideRef, open, onOpen }: Props) {
  const { t } = useTranslation();
  const { message, save } = useSaver();
  const menuId = useId();
  const button = useRef<HTMLButtonElement>(null);
  const first = useRef<HTMLButtonElement>(null);
  const close = () => {
    onOpen(false);
    button.current?.focus();
  };
  useEffect(() => {
    if (!open) return;
    first.current?.focus();
    // Escape is taken before presentation mode sees it: it closes the menu only.
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      e.preventDefault();
      e.stopPropagation();
      onOpen(false);
      button.current?.focus();
    };
    document.addEventListener('keydown', onKey, true);
    return () => document.removeEventListener('keydown', onKey, true);
  }, [open, onOpen]);

  const run = (kind: ExportKind) => {
    close();
    void save(exportFileName(name, kind, stepId), () => {
      if (kind === 'csv' || kind === 'md' || kind === 'tex') return tableBlob(kind, analysis, name, t);
      const slide = slideRef.current;
      return slide ? stepPng(slide, analysis, variantId, stepId, badge, t) : null;
    });
  };
  const item = (kind: ExportKind, label: string) => (
    <li>
      <button
        type="button"
        ref={kind === 'png' ? first : undefined}
        onClick={() => run(kind)}
        data-testid={`slide-export-${kind}`}
      >
        {label}
      </button>
    </li>
  );
  return (
    <div className="slide-export">
      {open ? (
        <ul
          className="slide-export-menu"
          id={menuId}
          aria-label={t('slides.export.label')}
          data-testid="slide-export-menu"
        >
          {item('png', t('slides.export.png'))}
          {item('csv', t('slides.export.csv'))}
          {item('md', t('slides.export.markdown'))}
          {item('tex', t('slides.export.latex'))}
        </ul>
      ) : null}
      <button
        type="button"
        ref={button}
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        onClick={() => onOpen(!open)}
        data-testid="slide-export"
      >
        {t('slides.export.button')}
      </button>
      <span className="slide-export-status" aria-live="polite" data-testid="slide-export-status">
        {message}
      </span>
    </div>
  );
}
