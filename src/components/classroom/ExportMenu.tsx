/**
 * Exports for teaching: the layer table as CSV, Markdown and LaTeX (booktabs) files, the
 * current step as a 1920×1080 PNG slide (slidePng.ts), the current view as an SVG drawing
 * (viewExport.ts), and a printed
 * handout (print.css). Everything is made in the page; nothing is sent anywhere.
 */
import { type KeyboardEvent, type RefObject, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Analysis } from '../../core/analyze';
import { toCsv, toLatex, toMarkdown } from '../../core/tableExport';
import { firstLayerStep, stepIndexOf, walkSteps } from '../../content/steps';
import { downloadBlob, textBlob } from './download';
import { fileSlug } from './svgExport';
import { slideToPng } from './slidePng';
import { stepSlide } from './stepSlide';
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
}

type Kind = 'csv' | 'md' | 'tex' | 'png' | 'svg';

type Status =
  | { readonly kind: 'saved'; readonly file: string }
  | { readonly kind: 'nothing' }
  | { readonly kind: 'failed'; readonly reason: string };

export function ExportMenu({ analysis, name, viewRef, layerId, variantId }: ExportMenuProps) {
  const { t } = useTranslation();
  const [status, setStatus] = useState<Status | null>(null);
  const summary = useRef<HTMLElement>(null);
  const base = fileSlug(name);

  const save = async (kind: Kind) => {
    try {
      const file = `${base}-${kind === 'png' || kind === 'svg' ? (layerId ?? 'view') : 'layers'}.${kind}`;
      const blob = await make(kind);
      if (!blob) {
        setStatus({ kind: 'nothing' });
        return;
      }
      downloadBlob(blob, file);
      setStatus({ kind: 'saved', file });
    } catch (e) {
      setStatus({ kind: 'failed', reason: e instanceof Error ? e.message : String(e) });
    }
  };
  const make = async (kind: Kind): Promise<Blob | null> => {
    if (kind === 'csv') return textBlob(toCsv(analysis), 'text/csv');
    if (kind === 'md') return textBlob(toMarkdown(analysis), 'text/markdown');
    // The table's headers are English and pdflatex cannot set CJK without extra packages,
    // so the caption is English in both languages.
    if (kind === 'tex')
      return textBlob(toLatex(analysis, t('classroom.export.caption', { name, lng: 'en' })), 'application/x-tex');
    const view = viewRef.current;
    if (!view) return null;
    return kind === 'svg' ? viewToSvg(view) : slide(view);
  };
  /** The step as a 16:9 slide; nothing while the walkthrough is not on screen. */
  const slide = (view: Element): Promise<Blob> | null => {
    const steps = walkSteps(analysis);
    const found = stepIndexOf(steps, layerId ?? '');
    const step = steps[found < 0 ? firstLayerStep(steps) : found];
    if (!step || view.getClientRects().length === 0) return null;
    const badge = view.querySelector('[data-testid="random-badge"], [data-testid="trained-badge"]');
    return slideToPng(view, { ...stepSlide(step, analysis, variantId, t), badge: badge?.textContent ?? '' });
  };
  const onKeyDown = (e: KeyboardEvent<HTMLDetailsElement>) => {
    if (e.key !== 'Escape' || !e.currentTarget.open) return;
    // Close the menu, not presentation mode.
    e.preventDefault();
    e.currentTarget.open = false;
    summary.current?.focus();
  };

  const item = (kind: Kind, label: string) => (
    <li>
      <button type="button" onClick={() => void save(kind)} data-testid={`export-${kind}`}>
        {label}
      </button>
    </li>
  );
  const message =
    status?.kind === 'saved'
      ? t('classroom.export.saved', { file: status.file })
      : status?.kind === 'nothing'
        ? t('classroom.export.nothing')
        : status?.kind === 'failed'
          ? t('classroom.export.failed', { reason: status.reason })
          : '';
  return (
    <details className="export-menu" onKeyDown={onKeyDown} data-testid="export-menu">
      <summary ref={summary}>{t('classroom.export.menu')}</summary>
      <div className="export-panel">
        <section>
          <h3>{t('classroom.export.table')}</h3>
          <ul>
            {item('csv', t('classroom.export.csv'))}
            {item('md', t('classroom.export.markdown'))}
            {item('tex', t('classroom.export.latex'))}
          </ul>
        </section>
        <section>
          <h3>{t('classroom.export.view')}</h3>
          <ul>
            {item('png', t('classroom.export.png'))}
            {item('svg', t('classroom.export.svg'))}
          </ul>
          <p className="export-note">{t('classroom.export.viewNote')}</p>
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
