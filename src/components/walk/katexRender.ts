/**
 * KaTeX and its stylesheet, in a chunk of their own (loaded by `katexLoader.ts` after the first
 * paint): together they are the largest part of the page's JavaScript, and no formula is
 * needed before the first screen is on the glass.
 */
import katex from 'katex';
import 'katex/dist/katex.min.css';

/** TeX → KaTeX's HTML (no MathML: the accessible name carries the plain-text form). */
export function renderTex(tex: string, display: boolean): string {
  return katex.renderToString(tex, { throwOnError: false, displayMode: display, output: 'html' });
}
