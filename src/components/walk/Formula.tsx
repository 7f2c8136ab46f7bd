/**
 * A formula typeset by KaTeX. The TeX comes from src/core (built from numbers, never from user
 * input), so rendering it to HTML is safe. The plain-text form stays in the accessible name and
 * in a data attribute for copying and for tests.
 *
 * A formula is never clipped: when it is wider than its box it breaks into aligned lines at its
 * "=" signs and, if still too wide, scales down to fit (useFitFormula). The fitting measures
 * the box itself, so it works in any layout and mode (presentation mode's large type included).
 *
 * KaTeX's script loads after the first paint (katexLoader.ts); until then the plain text is
 * shown and fitted the same way.
 */
// The stylesheet loads with the page (its fonts only when a formula uses them): the app's own
// rules come after it and override some of it. The script is loaded lazily.
import 'katex/dist/katex.min.css';
import { useEffect, useMemo, useRef, useState } from 'react';
import { loadTexRenderer, loadedTexRenderer } from './katexLoader';
import { alignedTex } from './formulaLines';
import { useFitFormula } from './useFitFormula';

interface Props {
  readonly tex: string;
  /** The same formula in plain text: read by screen readers instead of KaTeX's markup. */
  readonly text: string;
  readonly display?: boolean;
  readonly testId?: string;
}

/** KaTeX's renderer once its chunk has loaded (a re-render follows the load). */
function useTexRenderer() {
  const [render, setRender] = useState(loadedTexRenderer);
  useEffect(() => {
    if (render) return;
    let live = true;
    void loadTexRenderer().then((r) => live && setRender(() => r));
    return () => {
      live = false;
    };
  }, [render]);
  return render;
}

/** Plain text as HTML, for the moment before KaTeX has loaded. */
function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function Formula({ tex, text, display = false, testId }: Props) {
  const box = useRef<HTMLSpanElement>(null);
  const host = useRef<HTMLSpanElement>(null);
  const render = useTexRenderer();
  const line = useMemo(() => (render ? render(tex, display) : escapeHtml(text)), [render, tex, display, text]);
  const lines = useMemo(() => {
    const aligned = render ? alignedTex(tex) : null;
    return render && aligned ? render(aligned, display) : null;
  }, [render, tex, display]);
  // Generated from core's numbers only (see above); written by the fitting, not by React.
  useFitFormula(box, host, line, lines, display);
  return (
    <span
      ref={box}
      className={display ? 'formula formula-display' : 'formula'}
      role="math"
      aria-label={text}
      data-testid={testId}
      data-text={text}
    >
      <span ref={host} className="formula-host" aria-hidden="true" />
    </span>
  );
}
