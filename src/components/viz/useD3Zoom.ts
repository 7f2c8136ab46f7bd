/**
 * d3-zoom on an element this component owns: pan by dragging, zoom by Ctrl/⌘ + wheel (or
 * trackpad pinch), by two-finger pinch and pan on a touch screen, and by buttons. The transform is written to the inner layer's CSS, so
 * zooming never redraws the canvas. Plain wheel is left to the page, so scrolling past a
 * grid in a long walkthrough does not get captured.
 */
import { type D3ZoomEvent, type Selection, type ZoomBehavior, select, zoom, zoomIdentity } from 'd3';
import { type RefObject, useEffect, useRef } from 'react';

type Zoom = ZoomBehavior<HTMLDivElement, unknown>;

export interface ZoomControls {
  readonly zoomBy: (factor: number) => void;
  readonly reset: () => void;
}

/**
 * At scale 1 a vertical swipe over the picture still scrolls the page (a phone's screen is
 * mostly picture); a horizontal slide probes and two fingers pinch or pan (d3-zoom). Zoomed
 * in, the picture takes every touch, so one finger can pan it too.
 */
function touchAction(k: number): string {
  return k > 1 ? 'none' : 'pan-y';
}

/**
 * Attaches zoom to `viewport` and moves `layer`; a new `resetKey` (say, another layer's
 * shape) starts again at scale 1.
 */
export function useD3Zoom(
  viewport: RefObject<HTMLDivElement | null>,
  layer: RefObject<HTMLDivElement | null>,
  resetKey: string,
  maxScale = 12,
): ZoomControls {
  const behaviour = useRef<{ zoom: Zoom; sel: Selection<HTMLDivElement, unknown, null, undefined> } | null>(null);

  useEffect(() => {
    const v = viewport.current;
    const l = layer.current;
    if (!v || !l) return;
    const z: Zoom = zoom<HTMLDivElement, unknown>()
      .scaleExtent([1, maxScale])
      .filter((event: Event) => {
        if (event instanceof WheelEvent) return event.ctrlKey || event.metaKey;
        return !(event instanceof MouseEvent && (event.button !== 0 || event.ctrlKey));
      })
      // Keep the content covering the viewport: never pan past its edges.
      .constrain((t, extent) => {
        const [[x0, y0], [x1, y1]] = extent;
        const tx = Math.min(-x0 * (t.k - 1), Math.max(x1 - x1 * t.k, t.x));
        const ty = Math.min(-y0 * (t.k - 1), Math.max(y1 - y1 * t.k, t.y));
        return tx === t.x && ty === t.y ? t : zoomIdentity.translate(tx, ty).scale(t.k);
      })
      .on('zoom', (event: D3ZoomEvent<HTMLDivElement, unknown>) => {
        const { x, y, k } = event.transform;
        l.style.transform = k === 1 && x === 0 && y === 0 ? '' : `translate(${x}px, ${y}px) scale(${k})`;
        v.style.touchAction = touchAction(k);
      });
    const sel = select(v);
    sel.call(z).on('dblclick.zoom', null);
    z.transform(sel, zoomIdentity);
    behaviour.current = { zoom: z, sel };
    return () => {
      sel.on('.zoom', null);
      l.style.transform = '';
      behaviour.current = null;
    };
  }, [viewport, layer, resetKey, maxScale]);

  // Called from event handlers only, after the effect has attached the behaviour.
  const zoomBy = (factor: number) => {
    const b = behaviour.current;
    if (b) b.zoom.scaleBy(b.sel, factor);
  };
  const reset = () => {
    const b = behaviour.current;
    if (b) b.zoom.transform(b.sel, zoomIdentity);
  };
  return { zoomBy, reset };
}
