/**
 * What the exports make, shared by the page's export menu (ExportMenu) and the slide bar's
 * (SlideExport), so both give the same files: the layer table as CSV, Markdown or LaTeX, the
 * current step as a 1920×1080 PNG slide, and the files' names
 * (alexnet-single-tower-227-layers.csv, alexnet-single-tower-227-conv1.png).
 */
import type { TFunction } from 'i18next';
import type { Analysis } from '../../core/analyze';
import { toCsv, toLatex, toMarkdown } from '../../core/tableExport';
import { firstLayerStep, stepIndexOf, walkSteps } from '../../content/steps';
import { textBlob } from './download';
import { slideToPng, topFiveOf } from './slidePng';
import { stepSlide } from './stepSlide';
import { fileSlug } from './svgExport';

export type TableKind = 'csv' | 'md' | 'tex';
export type ExportKind = TableKind | 'png' | 'svg';

/** The file's name: the network's slug, then the step (a picture) or "layers" (the table). */
export function exportFileName(name: string, kind: ExportKind, stepId: string | undefined): string {
  const what = kind === 'png' || kind === 'svg' ? (stepId ?? 'view') : 'layers';
  return `${fileSlug(name)}-${what}.${kind}`;
}

/** The layer table as a file. */
export function tableBlob(kind: TableKind, analysis: Analysis, name: string, t: TFunction): Blob {
  if (kind === 'csv') return textBlob(toCsv(analysis), 'text/csv');
  if (kind === 'md') return textBlob(toMarkdown(analysis), 'text/markdown');
  // The table's headers are English and pdflatex cannot set CJK without extra packages,
  // so the caption is English in both languages.
  return textBlob(toLatex(analysis, t('classroom.export.caption', { name, lng: 'en' })), 'application/x-tex');
}

/**
 * The step as a 16:9 PNG slide, its picture taken from `view` as drawn there (the walkthrough
 * on the page, or the slide on screen); null while `view` is not on screen.
 * `badge`: the random/trained line ("Random weights (seed 42), not trained"), on every step.
 */
export function stepPng(
  view: Element,
  analysis: Analysis,
  variantId: string,
  stepId: string | undefined,
  badge: string,
  t: TFunction,
): Promise<Blob> | null {
  const steps = walkSteps(analysis);
  const found = stepIndexOf(steps, stepId ?? '');
  const step = steps[found < 0 ? firstLayerStep(steps) : found];
  if (!step || view.getClientRects().length === 0) return null;
  return slideToPng(view, { ...stepSlide(step, analysis, variantId, t), badge, top: topFiveOf(view) });
}
