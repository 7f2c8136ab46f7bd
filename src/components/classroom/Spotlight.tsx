/**
 * Enlarges one child (a feature-map canvas, a diagram, a formula) to fill the screen in an
 * overlay, for the back rows. The child is never re-mounted (its canvas keeps its pixels and
 * its state): the same element is lifted into a fixed overlay and scaled with a CSS transform
 * that fits its natural size to the viewport. Canvases are scaled without smoothing, so
 * feature-map pixels stay sharp squares; KaTeX and SVG re-render crisply at the new scale.
 * Escape, the close button or a click on the backdrop closes it; focus returns to the button.
 * Note: an ancestor with a CSS transform or filter would trap the fixed overlay inside it.
 */
import { type MouseEvent, type ReactNode, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fitScale } from './fit';
import './classroom.css';

export interface SpotlightProps {
  /** What is enlarged, for the button and the dialog's name: "conv1 feature maps". */
  readonly label: string;
  readonly children: ReactNode;
}

interface Open {
  readonly width: number;
  readonly height: number;
  readonly scale: number;
}

export function Spotlight({ label, children }: SpotlightProps) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<Open | null>(null);
  const body = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const wasOpen = useRef(false);

  const show = () => {
    const el = body.current;
    if (!el) return;
    // The whole child, not just its visible part: a formula wider than its column scrolls
    // inside it, so its full width is the widest scrollWidth within.
    const rect = el.getBoundingClientRect();
    const inner = [el, ...el.querySelectorAll<HTMLElement>('.formula-display, .katex-display')];
    const width = Math.max(rect.width, ...inner.map((e) => e.scrollWidth));
    const height = Math.max(rect.height, el.scrollHeight);
    setOpen({ width, height, scale: fitScale(width, height, window.innerWidth, window.innerHeight) });
  };

  useEffect(() => {
    if (!open) {
      if (wasOpen.current) button.current?.focus();
      wasOpen.current = false;
      return;
    }
    wasOpen.current = true;
    button.current?.focus();
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') {
        // Capture phase, default prevented: presentation mode must not also take this Escape.
        e.preventDefault();
        e.stopPropagation();
        setOpen(null);
      } else if (e.key === 'Tab') {
        // The button is the overlay's only control: keep focus in the dialog.
        e.preventDefault();
        button.current?.focus();
      }
    };
    const onResize = () =>
      setOpen((o) => (o ? { ...o, scale: fitScale(o.width, o.height, window.innerWidth, window.innerHeight) } : o));
    document.addEventListener('keydown', onKey, true);
    window.addEventListener('resize', onResize);
    return () => {
      document.removeEventListener('keydown', onKey, true);
      window.removeEventListener('resize', onResize);
    };
  }, [open]);

  const onBackdrop = (e: MouseEvent<HTMLDivElement>) => {
    if (e.target === e.currentTarget) setOpen(null);
  };
  return (
    // While open, the outer box keeps the child's place in the page so nothing jumps.
    <div
      className="spotlight"
      style={open ? { width: open.width, height: open.height } : undefined}
      data-testid="spotlight"
    >
      <div
        className={open ? 'spotlight-stage open' : 'spotlight-stage'}
        role={open ? 'dialog' : undefined}
        aria-modal={open ? true : undefined}
        aria-label={open ? t('classroom.spotlight.dialog', { label }) : undefined}
        onClick={open ? onBackdrop : undefined}
      >
        <div
          ref={body}
          className="spotlight-body"
          style={open ? { width: open.width, height: open.height, transform: `scale(${open.scale})` } : undefined}
        >
          {children}
        </div>
        <button
          ref={button}
          type="button"
          className="spotlight-button"
          aria-label={open ? undefined : t('classroom.spotlight.openLabel', { label })}
          onClick={() => (open ? setOpen(null) : show())}
          data-testid="spotlight-button"
        >
          {open ? `✕ ${t('classroom.spotlight.close')}` : `⤢ ${t('classroom.spotlight.open')}`}
        </button>
      </div>
    </div>
  );
}
