/**
 * Exports for teaching: the layer table as CSV, Markdown and LaTeX (booktabs) files, the
 * current step as a 1920×1080 PNG slide (slidePng.ts), the current view as an SVG drawing
 * (viewExport.ts), and a printed handout (print.css). Everything is made in the page; nothing
 * is sent anywhere. Presentation mode has the same exports in its slide bar (SlideExport).
 */
import { type KeyboardEvent, type RefObject, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Analysis } from '../../core/analyze';
import { type ExportKind, exportFileName, stepPng, tableBlob } from './exports';
import { useSaver } from './useSaver';
import { viewToSvg } from './viewExport';
import './classroom.css';
import './print.css';

export interface ExportMenuProps {
  readonly analysis: Analysis;
  /** The network's name: file names and the LaTeX caption ("AlexNet (single tower)"). */
  readonly name: string;
  /** The element whose diagrams and canvases make "the current view". */
  readonly viewRef: RefObject<Element | null>;
  /** The current step (a layer or a pipeline step), for the picture's file name: alexnet-single-tower-conv1.png. */
  readonly layerId?: string;
  /** The variant shown, for the PNG slide's source line (which paragraphs the step shows). */
  readonly variantId: string;
  /** The random/trained line the PNG slide carries on every step (slideBadge.ts). */
  readonly badge: string;
  /**
   * Quiz mode: the layer table and the step's slide hold the answers to the questions on
   * screen, so they are not offered; the SVG (the view as concealed on screen) and the handout are.
   */
  readonly quiz?: boolean;
}

export function ExportMenu({ analysis, name, viewRef, layerId, variantId, badge, quiz = false }: ExportMenuProps) {
  const { t } = useTranslation();
  const { message, save } = useSaver();
  const summary = useRef<HTMLElement>(null);

  const make = (kind: ExportKind): Promise<Blob | null> | Blob | null => {
    if (kind === 'csv' || kind === 'md' || kind === 'tex') return tableBlob(kind, analysis, name, t);
    const view = viewRef.current;
    if (!view) return null;
    return kind === 'svg' ? viewToSvg(view) : stepPng(view, analysis, variantId, layerId, badge, t);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLDetailsElement>) => {
    if (e.key !== 'Escape' || !e.currentTarget.open) return;
    // Close the menu, not presentation mode.
    e.preventDefault();
    e.currentTarget.open = false;
    summary.current?.focus();
  };

  const item = (kind: ExportKind, label: string) => (
    <li>
      <button
        type="button"
        onClick={() => void save(exportFileName(name, kind, layerId), () => make(kind))}
        data-testid={`export-${kind}`}
      >
        {label}
      </button>
    </li>
  );
  return (
    <details className="export-menu" onKeyDown={onKeyDown} data-testid="export-menu">
      <summary ref={summary}>{t('classroom.export.menu')}</summary>
      <div className="export-panel">
        {quiz ? (
          <p className="export-note" data-testid="export-quiz-note">
            {t('classroom.export.quizNote')}
          </p>
        ) : (
          <section>
            <h3>{t('classroom.export.table')}</h3>
            <ul>
              {item('csv', t('classroom.export.csv'))}
              {item('md', t('classroom.export.markdown'))}
              {item('tex', t('classroom.export.latex'))}
            </ul>
          </section>
        )}
        <section>
          <h3>{t('classroom.export.view')}</h3>
          <ul>
            {quiz ? null : item('png', t('classroom.export.png'))}
            {item('svg', t('classroom.export.svg'))}
          </ul>
          <p className="export-note">{t(quiz ? 'classroom.export.viewNoteQuiz' : 'classroom.export.viewNote')}</p>
        </section>
        <section>
          <h3>{t('classroom.export.handout')}</h3>
          <ul>
            <li>
              <button type="button" onClick={() => window.print()} data-testid="export-print">
                {t('classroom.export.print')}
              </button>
            </li>
          </ul>
        </section>
        <p className="export-status" aria-live="polite" data-testid="export-status">
          {message}
        </p>
      </div>
    </details>
  );
}
