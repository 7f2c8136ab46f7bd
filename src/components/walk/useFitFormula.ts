/**
 * Fits typeset formulas to their box, so a formula is never clipped or scrolled sideways:
 * first the one-line form; if that is wider than the box, the aligned lines (one "=" a line);
 * if still too wide, the lines scaled down (font-size on the inner host, so any font-size
 * the page sets on the box — presentation mode's larger type — still applies on top).
 * Refits whenever the box changes size: a narrower window, a new mode, fonts arriving.
 */
import { type RefObject, useLayoutEffect } from 'react';

/** The smallest scale used: below this a formula would be unreadable anyway. */
const minScale = 0.45;

/** Writes the best-fitting form of the formula into `host`, inside `box`. */
function fit(box: HTMLElement, host: HTMLElement, line: string, lines: string | null, fresh = false): void {
  const overflows = () => box.scrollWidth > box.clientWidth;
  host.style.fontSize = '';
  if (fresh || host.dataset.form !== 'line') {
    host.innerHTML = line;
    host.dataset.form = 'line';
  }
  if (!overflows()) return;
  if (lines) {
    host.innerHTML = lines;
    host.dataset.form = 'lines';
    if (!overflows()) return;
  }
  // Scale by the ratio, then nudge down: KaTeX's widths are not exactly linear in font size
  // (rules and struts round to whole pixels).
  let scale = Math.max(minScale, box.clientWidth / box.scrollWidth);
  host.style.fontSize = `${scale}em`;
  while (overflows() && scale > minScale) {
    scale = Math.max(minScale, scale - 0.03);
    host.style.fontSize = `${scale}em`;
  }
}

/** Writes KaTeX HTML into `host` as it is, unfitted. */
function write(host: HTMLElement, html: string): void {
  host.innerHTML = html;
}

/**
 * Keeps the formula in `host` fitted to `box`; `line` and `lines` are KaTeX HTML of the
 * one-line and the aligned form (null when the formula has no "=" to break at). With
 * `fitting` false (an inline formula, which wraps with its sentence) the line is only written.
 */
export function useFitFormula(
  box: RefObject<HTMLElement | null>,
  host: RefObject<HTMLElement | null>,
  line: string,
  lines: string | null,
  fitting = true,
): void {
  useLayoutEffect(() => {
    const b = box.current;
    const h = host.current;
    if (!b || !h) return;
    if (!fitting) {
      // An inline formula flows with its sentence: nothing to fit.
      write(h, line);
      return;
    }
    fit(b, h, line, lines, true);
    if (typeof ResizeObserver === 'undefined') return;
    // Refit on a change of the box's width only: fitting changes the height, and reacting to
    // that would loop.
    let width = b.clientWidth;
    let fontSize = getComputedStyle(b).fontSize;
    const observer = new ResizeObserver(() => {
      const w = b.clientWidth;
      const f = getComputedStyle(b).fontSize;
      if (w === width && f === fontSize) return;
      width = w;
      fontSize = f;
      fit(b, h, line, lines);
    });
    observer.observe(b);
    // Fonts that arrive late (KaTeX's own, loaded on first use) change the widths without
    // changing the box's; so does opening a <details> whose content was never drawn (its fonts
    // load only then).
    let live = true;
    const refit = () => live && fit(b, h, line, lines);
    void document.fonts?.ready.then(refit);
    document.fonts?.addEventListener?.('loadingdone', refit);
    const details = b.closest('details');
    details?.addEventListener('toggle', refit);
    return () => {
      live = false;
      observer.disconnect();
      document.fonts?.removeEventListener?.('loadingdone', refit);
      details?.removeEventListener('toggle', refit);
    };
  }, [box, host, line, lines, fitting]);
}
