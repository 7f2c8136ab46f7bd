/**
 * A formula typeset by KaTeX. The TeX comes from src/core (built from numbers, never from user
 * input), so rendering it to HTML is safe. The plain-text form stays in the accessible name and
 * in a data attribute for copying and for tests.
 *
 * A formula is never clipped: when it is wider than its box it breaks into aligned lines at its
 * "=" signs and, if still too wide, scales down to fit (useFitFormula). The fitting measures
 * the box itself, so it works in any layout and mode (presentation mode's large type included).
 */
import katex from 'katex';
import 'katex/dist/katex.min.css';
import { useMemo, useRef } from 'react';
import { alignedTex } from './formulaLines';
import { useFitFormula } from './useFitFormula';

interface Props {
  readonly tex: string;
  /** The same formula in plain text: read by screen readers instead of KaTeX's markup. */
  readonly text: string;
  readonly display?: boolean;
  readonly testId?: string;
}

function render(tex: string, display: boolean): string {
  return katex.renderToString(tex, { throwOnError: false, displayMode: display, output: 'html' });
}

export function Formula({ tex, text, display = false, testId }: Props) {
  const box = useRef<HTMLSpanElement>(null);
  const host = useRef<HTMLSpanElement>(null);
  const line = useMemo(() => render(tex, display), [tex, display]);
  const lines = useMemo(() => {
    const aligned = alignedTex(tex);
    return aligned ? render(aligned, display) : null;
  }, [tex, display]);
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
