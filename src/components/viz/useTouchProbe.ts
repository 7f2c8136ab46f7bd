/**
 * The same reading of a picture by touch as by mouse. A mouse probes by hovering and acts by
 * clicking; a finger has no hover, so: a tap probes the value under the finger, a second tap
 * on the same item acts on it (enlarges a channel, picks a filter), and a finger sliding over
 * the picture probes as it goes. Two fingers are a gesture (pinch, two-finger pan: d3-zoom
 * takes them), so they probe nothing. The compatibility click a tap also fires is ignored, and
 * so is the focus it gives the picture (which would otherwise probe a default item).
 * Coordinates come from the event through the canvas's bounding box, which includes any CSS
 * zoom transform, and are in CSS pixels, so devicePixelRatio never enters.
 */
import { type MouseEvent, type PointerEvent, useRef } from 'react';

/** Movement (CSS px) below which a touch still counts as a tap. */
const tapSlop = 10;

/** What a hit test needs of a pointer or mouse event. */
export interface PointAt {
  readonly clientX: number;
  readonly clientY: number;
  readonly currentTarget: HTMLCanvasElement;
}

/** What the picture does with a hit under the pointer. */
export interface TouchProbeOptions<T> {
  /** The item under the pointer (a channel and pixel, a filter, a unit), or null. */
  readonly hit: (e: PointAt) => T | null;
  /** Moves the probe there (the mouse's hover). */
  readonly probe: (hit: T) => void;
  /** Acts on it (the mouse's click; a finger's second tap on the same item). */
  readonly activate?: (hit: T) => void;
  /** Whether two hits are the same item, for "a second tap on the same item". */
  readonly same: (a: T, b: T) => boolean;
}

/** Pointer and click handlers for a canvas, and whether a focus now comes from a pointer. */
export interface TouchProbe {
  readonly onPointerDown: (e: PointerEvent<HTMLCanvasElement>) => void;
  readonly onPointerMove: (e: PointerEvent<HTMLCanvasElement>) => void;
  readonly onPointerUp: (e: PointerEvent<HTMLCanvasElement>) => void;
  readonly onPointerCancel: (e: PointerEvent<HTMLCanvasElement>) => void;
  readonly onClick: (e: MouseEvent<HTMLCanvasElement>) => void;
  /** True just after a pointer went down: a focus then must not move the probe. */
  readonly pointerFocus: () => boolean;
}

/** Handlers that make touch probe and act like the mouse (see the file comment). */
export function useTouchProbe<T>(options: TouchProbeOptions<T>): TouchProbe {
  const touches = useRef(new Map<number, { x: number; y: number; moved: boolean }>());
  const last = useRef<{ type: string; at: number; probed: T | null }>({ type: 'mouse', at: 0, probed: null });
  const gesture = useRef(false);

  const onPointerDown = (e: PointerEvent<HTMLCanvasElement>) => {
    last.current = { ...last.current, type: e.pointerType, at: performance.now() };
    if (e.pointerType === 'mouse') return;
    touches.current.set(e.pointerId, { x: e.clientX, y: e.clientY, moved: false });
    if (touches.current.size > 1) gesture.current = true;
  };
  const onPointerMove = (e: PointerEvent<HTMLCanvasElement>) => {
    if (e.pointerType !== 'mouse') {
      const t = touches.current.get(e.pointerId);
      if (!t) return;
      if (Math.hypot(e.clientX - t.x, e.clientY - t.y) > tapSlop) t.moved = true;
      if (gesture.current || !t.moved) return;
    }
    const h = options.hit(e);
    if (h !== null) {
      options.probe(h);
      last.current = { ...last.current, probed: h };
    }
  };
  const end = (e: PointerEvent<HTMLCanvasElement>, tapped: boolean) => {
    const t = touches.current.get(e.pointerId);
    touches.current.delete(e.pointerId);
    const wasGesture = gesture.current;
    if (touches.current.size === 0) gesture.current = false;
    if (!t || !tapped || t.moved || wasGesture) return;
    const h = options.hit(e);
    if (h === null) return;
    const before = last.current.probed;
    if (before !== null && options.same(before, h)) options.activate?.(h);
    options.probe(h);
    last.current = { ...last.current, probed: h };
  };
  return {
    onPointerDown,
    onPointerMove,
    onPointerUp: (e) => end(e, e.pointerType !== 'mouse'),
    onPointerCancel: (e) => end(e, false),
    onClick: (e) => {
      // A tap was handled at pointerup; only a mouse click acts here.
      if (last.current.type !== 'mouse') return;
      const h = options.hit(e);
      if (h !== null) options.activate?.(h);
    },
    pointerFocus: () => performance.now() - last.current.at < 1000,
  };
}
