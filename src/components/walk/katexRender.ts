/**
 * KaTeX in a chunk of its own (loaded by `katexLoader.ts` after the first paint): it is the
 * largest part of the page's JavaScript, and no formula is needed before the first screen is
 * on the glass. Its stylesheet stays in the page's CSS (Formula.tsx), ahead of the app's own
 * rules, which override some of it.
 */
import katex from 'katex';

/** TeX → KaTeX's HTML (no MathML: the accessible name carries the plain-text form). */
export function renderTex(tex: string, display: boolean): string {
  return katex.renderToString(tex, { throwOnError: false, displayMode: display, output: 'html' });
}
