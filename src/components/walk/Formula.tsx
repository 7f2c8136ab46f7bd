/**
 * A formula typeset by KaTeX. The TeX comes from src/core (built from numbers, never from user
 * input), so rendering it to HTML is safe. The plain-text form stays in the accessible name and
 * in a data attribute for copying and for tests.
 */
import katex from 'katex';
import 'katex/dist/katex.min.css';
import { useMemo } from 'react';

interface Props {
  readonly tex: string;
  /** The same formula in plain text: read by screen readers instead of KaTeX's markup. */
  readonly text: string;
  readonly display?: boolean;
  readonly testId?: string;
}

export function Formula({ tex, text, display = false, testId }: Props) {
  const html = useMemo(
    () => katex.renderToString(tex, { throwOnError: false, displayMode: display, output: 'html' }),
    [tex, display],
  );
  return (
    <span
      className={display ? 'formula formula-display' : 'formula'}
      role="math"
      aria-label={text}
      data-testid={testId}
      data-text={text}
      // A display formula scrolls sideways when it is wider than its column (large type in
      // presentation mode): keyboard users must be able to reach it to scroll it.
      tabIndex={display ? 0 : undefined}
    >
      {/* Generated from core's numbers only; see the comment above. */}
      <span aria-hidden="true" dangerouslySetInnerHTML={{ __html: html }} />
    </span>
  );
}
