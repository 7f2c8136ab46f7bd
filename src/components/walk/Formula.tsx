/**
 * A formula typeset by KaTeX. The TeX comes from src/core (built from numbers, never from user
 * input), so rendering it to HTML is safe. The plain-text form stays in the accessible name and
 * in a data attribute for copying and for tests. KaTeX loads after the first paint; until then
 * the plain text is shown.
 */
// The stylesheet loads with the page (its fonts only when a formula uses them): the app's own
// rules come after it and override some of it. The script is loaded lazily, below.
import 'katex/dist/katex.min.css';
import { useEffect, useMemo, useState } from 'react';
import { loadTexRenderer, loadedTexRenderer } from './katexLoader';

interface Props {
  readonly tex: string;
  /** The same formula in plain text: read by screen readers instead of KaTeX's markup. */
  readonly text: string;
  readonly display?: boolean;
  readonly testId?: string;
}

export function Formula({ tex, text, display = false, testId }: Props) {
  const [render, setRender] = useState(loadedTexRenderer);
  useEffect(() => {
    if (render) return;
    let live = true;
    void loadTexRenderer().then((r) => live && setRender(() => r));
    return () => {
      live = false;
    };
  }, [render]);
  const html = useMemo(() => render?.(tex, display), [render, tex, display]);
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
      {html === undefined ? (
        <span aria-hidden="true">{text}</span>
      ) : (
        <span aria-hidden="true" dangerouslySetInnerHTML={{ __html: html }} />
      )}
    </span>
  );
}
