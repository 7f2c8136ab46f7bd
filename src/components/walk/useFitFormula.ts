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

/** One formula to fit: its box, the element its KaTeX goes into, and its two forms. */
interface FitJob {
  readonly box: HTMLElement;
  readonly host: HTMLElement;
  readonly line: string;
  readonly lines: string | null;
  fresh: boolean;
  scale: number;
}

/** Formulas waiting to be fitted, one job per host (a later request replaces an earlier one). */
const waiting = new Map<HTMLElement, FitJob>();

const overflows = (j: FitJob) => j.box.scrollWidth > j.box.clientWidth;

/**
 * Fits every waiting formula in a few passes over all of them: all writes, then all reads.
 * Fitting one formula at a time (write, read, write, read…) made the browser lay the whole page
 * out again on every read: a step's dozen formulas cost ~90 ms of forced layouts on 2 cores.
 * Run as a microtask, so it lands after React's commit and before the browser paints.
 */
export function fitWaiting(): void {
  if (waiting.size === 0) return;
  const jobs = [...waiting.values()].filter((j) => j.box.isConnected);
  waiting.clear();
  // 1. The one-line form everywhere.
  for (const j of jobs) {
    j.host.style.fontSize = '';
    if (j.fresh || j.host.dataset.form !== 'line') {
      j.host.innerHTML = j.line;
      j.host.dataset.form = 'line';
    }
  }
  let open = jobs.filter(overflows);
  // 2. The aligned lines (one "=" a line) where the line is too wide.
  const broken = open.filter((j) => j.lines !== null);
  for (const j of broken) {
    j.host.innerHTML = j.lines ?? j.line;
    j.host.dataset.form = 'lines';
  }
  if (broken.length > 0) open = open.filter(overflows);
  // 3. Scaled by the ratio, then nudged down: KaTeX's widths are not exactly linear in font
  // size (rules and struts round to whole pixels).
  const ratios = open.map((j) => Math.max(minScale, j.box.clientWidth / j.box.scrollWidth));
  open.forEach((j, i) => {
    j.scale = ratios[i] ?? 1;
    j.host.style.fontSize = `${j.scale}em`;
  });
  while (open.length > 0) {
    open = open.filter((j) => j.scale > minScale && overflows(j));
    for (const j of open) {
      j.scale = Math.max(minScale, j.scale - 0.03);
      j.host.style.fontSize = `${j.scale}em`;
    }
  }
}

/** Asks for `host`'s formula to be fitted into `box` with the others at the end of this task. */
function fit(box: HTMLElement, host: HTMLElement, line: string, lines: string | null, fresh = false): void {
  if (waiting.size === 0) queueMicrotask(fitWaiting);
  const before = waiting.get(host);
  waiting.set(host, { box, host, line, lines, fresh: fresh || Boolean(before?.fresh), scale: 1 });
}

let fontsReadyOnce: Promise<unknown> | undefined;

/**
 * `document.fonts.ready`, read once per page and after a frame: reading it makes the browser
 * bring the page's style and layout up to date, and read in a layout effect (once per formula,
 * between KaTeX writes) that was ~190–240 ms of the first render on 2 cores. Fonts that load
 * later fire 'loadingdone'.
 */
function fontsReady(): Promise<unknown> {
  // Read after the next frame, when the browser has brought the style up to date itself.
  fontsReadyOnce ??= new Promise((resolve) =>
    requestAnimationFrame(() => setTimeout(() => resolve(document.fonts?.ready), 0)),
  );
  return fontsReadyOnce;
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
    // The first size is taken from the observer's first call (after layout), not read here:
    // a read here, between other formulas' writes, would lay the page out once per formula.
    let width: number | null = null;
    let fontSize = '';
    const observer = new ResizeObserver(() => {
      const w = b.clientWidth;
      const f = getComputedStyle(b).fontSize;
      const changed = width !== null && (w !== width || f !== fontSize);
      width = w;
      fontSize = f;
      if (changed) fit(b, h, line, lines);
    });
    observer.observe(b);
    // Fonts that arrive late (KaTeX's own, loaded on first use) change the widths without
    // changing the box's; so does opening a <details> whose content was never drawn (its fonts
    // load only then).
    let live = true;
    const refit = () => live && fit(b, h, line, lines);
    void fontsReady().then(refit);
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
