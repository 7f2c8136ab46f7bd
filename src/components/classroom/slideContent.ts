/**
 * What one slide says, shared by the slide on screen (SlideDeck) and the slide exported as a
 * PNG (slidePng.ts), so both carry the same numbers with the same arithmetic: the layer's
 * output with its size formula, the kernel depth, the parameters with their formula, the
 * multiply-accumulates, and the line of sources behind the step's text.
 */
import type { TFunction } from 'i18next';
import type { LayerInfo } from '../../core/analyze';
import { type Derivation, derivationBrief, derivationTex, derivationText, formatInt } from '../../core/format';
import { formatShape } from '../../core/spec';
import { citationsOf, sourceLine } from '../../content/sources';
import { teachingKeys } from '../../content/walkSteps';

/** One key number: its label, the value, and the arithmetic that gives it (when there is any). */
export interface SlideNumber {
  /** 'output', 'depth', 'params', 'macs' for a layer; the number's id for a pipeline step ('crops'). */
  readonly id: string;
  readonly label: string;
  readonly value: string;
  /** The step's formula with its result, in TeX (for KaTeX) and as plain text (for a canvas). */
  readonly formula?: { readonly tex: string; readonly text: string };
  /** A qualifier after the value, in words ("one patch: 39.0 % / 18.3 %"): pipeline steps. */
  readonly note?: string;
  /** Takes a whole row (a long formula). */
  readonly wide?: boolean;
}

/**
 * The formula and its result, "(227 − 11 + 2·0)/4 + 1 = 55": the step's first and last lines.
 * The middle steps are left to the page, so the formula stays one line on a slide.
 */
function formulaOf(d: Derivation): { tex: string; text: string } {
  const first = d.steps[0];
  const last = d.steps[d.steps.length - 1];
  if (!first || !last || first === last) return { tex: derivationTex(d), text: derivationText(d) };
  return { tex: `${first.tex} = ${last.tex}`, text: derivationBrief(d) };
}

/**
 * The slide's numbers for one step, from the app's own analysis (core/analyze).
 * Example: seed conv1 → 55×55×96 with (227 − 11 + 2·0)/4 + 1 = 55, depth 3, 34,944 with
 * (11·11·3 + 1)·96 = 34,944, and its MACs.
 */
export function slideNumbers(info: LayerInfo, t: TFunction): SlideNumber[] {
  const { layer, params } = info;
  const numbers: SlideNumber[] = [
    {
      id: 'output',
      label: t('walk.ui.output'),
      value: formatShape(info.outputShape),
      // The adaptive pool's "formula" is the identity at AlexNet's sizes: nothing to show.
      formula: info.size && layer.kind !== 'adaptiveavgpool' ? formulaOf(info.size.derivation) : undefined,
    },
  ];
  if (info.kernelDepth !== undefined)
    numbers.push({ id: 'depth', label: t('walk.ui.depth'), value: String(info.kernelDepth) });
  numbers.push({
    id: 'params',
    label: t('walk.ui.params'),
    value: formatInt(params.total),
    formula: params.derivation ? formulaOf(params.derivation) : undefined,
  });
  if (info.macs > 0) numbers.push({ id: 'macs', label: t('walk.ui.macs'), value: formatInt(info.macs) });
  return numbers;
}

/**
 * "Source: Krizhevsky et al. 2012, §3.5, …": the citations of every paragraph the step shows
 * for this variant (content/sources.ts), merged into one line.
 */
export function stepSource(info: LayerInfo, variantId: string, t: TFunction): string {
  const keys = teachingKeys(info.layer, variantId);
  const cites = [keys.what, keys.why, ...keys.notes].flatMap((k) => citationsOf(k));
  const line = sourceLine(cites.length > 0 ? cites : [{ ref: 'app' }], {
    article: t('sources.short.article'),
    app: t('sources.short.app'),
  });
  return t('slides.source', { source: line });
}
