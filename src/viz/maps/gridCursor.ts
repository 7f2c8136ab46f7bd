/**
 * The keyboard path through a feature-map grid, as pure maths: plain arrow keys move between
 * maps in display order and land on each map's strongest value (the pixel worth looking at);
 * Shift + arrows move one pixel inside the current map.
 */
import type { FeatureGridModel } from './featureGrid';
import { moveSlot } from './gridLayout';

/** Channel and pixel under the pointer or keyboard cursor. */
export interface GridCursor {
  readonly channel: number;
  readonly x: number;
  readonly y: number;
}

/** The cursor on a channel's maximum: channel 7 with its max at (20, 31) → {7, 20, 31}. */
export function cursorAtMax(model: FeatureGridModel, channel: number): GridCursor {
  return { channel, ...(model.stats[channel]?.argmax ?? { x: 0, y: 0 }) };
}

/**
 * Where an arrow step (dx, dy ∈ {−1, 0, 1}) takes the cursor. With no cursor yet, the first
 * step lands on the first map in display order.
 */
export function stepCursor(
  model: FeatureGridModel,
  cursor: GridCursor | null,
  dx: number,
  dy: number,
  inside: boolean,
): GridCursor {
  const [h, w] = model.hwc;
  if (!cursor) return cursorAtMax(model, model.order[0] ?? 0);
  if (inside) {
    return {
      ...cursor,
      x: Math.min(w - 1, Math.max(0, cursor.x + dx)),
      y: Math.min(h - 1, Math.max(0, cursor.y + dy)),
    };
  }
  const slot = moveSlot(model.layout, model.slotOf[cursor.channel] ?? 0, dx, dy);
  return cursorAtMax(model, model.order[slot] ?? 0);
}

/** Same channel and pixel: moving there is not a move. */
export const sameCursor = (a: GridCursor | null, b: GridCursor | null): boolean =>
  a === b || (a !== null && b !== null && a.channel === b.channel && a.x === b.x && a.y === b.y);
