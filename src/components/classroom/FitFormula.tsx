/**
 * A display formula that always fits its box: when KaTeX's natural width is wider than the
 * box, the font size (and with it every part of the formula, which KaTeX sizes in em) is
 * scaled down until it fits, so a slide never clips or scrolls conv1's arithmetic. Wraps
 * walk/Formula without changing it. Re-measures when the box resizes.
 */
import { useLayoutEffect, useRef } from 'react';
import { Formula } from '../walk/Formula';
import { fitWaiting } from '../walk/useFitFormula';

interface Props {
  readonly tex: string;
  readonly text: string;
  /** Largest size, in em of the surrounding text. */
  readonly maxEm?: number;
  /**
   * Smallest size, in em: a slide's floor for legible type. A formula that does not fit at
   * this size is left to break into lines (walk/Formula) or to move to a wider line (its box).
   */
  readonly minEm?: number;
}

export function FitFormula({ tex, text, maxEm = 1.1, minEm = 0 }: Props) {
  const box = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const el = box.current;
    if (!el) return;
    let width = -1;
    const fit = () => {
      // Only a new width can change the fit; re-fitting on our own height change would loop.
      if (el.clientWidth === width) return;
      width = el.clientWidth;
      el.style.fontSize = `${maxEm}em`;
      // The formula inside fits itself at the end of the task; measure its fitted form.
      fitWaiting();
      const formula = el.querySelector<HTMLElement>('.formula');
      const inner = formula?.querySelector<HTMLElement>('.katex') ?? formula;
      if (!formula || !inner) return;
      const natural = inner.scrollWidth;
      const room = formula.clientWidth - 2;
      if (natural > room && natural > 0) el.style.fontSize = `${Math.max(minEm, (maxEm * room) / natural)}em`;
    };
    fit();
    // KaTeX's fonts may arrive after the first fit and widen the formula: fit again then.
    let live = true;
    void document.fonts.ready.then(() => {
      if (!live) return;
      width = -1;
      fit();
    });
    const observer = new ResizeObserver(fit);
    observer.observe(el);
    return () => {
      live = false;
      observer.disconnect();
    };
  }, [tex, maxEm, minEm]);
  return (
    <div className="fit-formula" ref={box}>
      <Formula tex={tex} text={text} display />
    </div>
  );
}
