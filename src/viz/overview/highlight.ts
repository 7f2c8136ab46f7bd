/**
 * The overview's overlay: a frame around the map under the cursor, and that map's strongest
 * value's receptive field drawn on the input photo (the square of pixels it can see).
 */
import type { ReceptiveField } from '../../core/analyze';
import { rfPlacement } from '../maps/rfRect';
import type { ColumnData } from './draw';
import { type OverviewGeometry, thumbRect } from './layout';

export interface Highlight {
  readonly col: number;
  readonly lane: number;
  readonly slot: number;
  /** The layer's receptive field, and the input's side in pixels (227). */
  readonly rf: ReceptiveField;
  readonly inputSize: number;
}

/** Clears the overlay and draws the highlight (nothing when `h` is null). */
export function drawHighlight(
  ctx: CanvasRenderingContext2D,
  g: OverviewGeometry,
  data: readonly (ColumnData | null)[],
  h: Highlight | null,
): void {
  ctx.clearRect(0, 0, g.width, g.height);
  if (!h) return;
  const d = data[h.col];
  if (d?.kind !== 'maps') return;
  const ch = d.picks[h.lane]?.[h.slot];
  const stat = ch === undefined ? undefined : d.stats[ch];
  const r = thumbRect(g, h.col, h.lane, h.slot);
  ctx.save();
  ctx.lineWidth = 3;
  ctx.strokeStyle = '#ff3d7f';
  ctx.strokeRect(r.x - 2, r.y - 2, r.w + 4, r.h + 4);
  const imageCol = data.findIndex((x) => x?.kind === 'image');
  const c = g.columns[imageCol];
  if (stat && c) {
    const side = Math.min(c.w, c.h);
    const scale = side / h.inputSize;
    const ox = c.x + (c.w - side) / 2;
    const oy = c.y + (c.h - side) / 2;
    const { full } = rfPlacement(h.rf, stat.argmax, h.inputSize, h.inputSize);
    ctx.lineWidth = 2;
    ctx.strokeRect(
      ox + full.x0 * scale,
      oy + full.y0 * scale,
      (full.x1 - full.x0) * scale,
      (full.y1 - full.y0) * scale,
    );
    ctx.beginPath();
    ctx.moveTo(ox + full.x1 * scale, oy + ((full.y0 + full.y1) / 2) * scale);
    ctx.lineTo(r.x - 2, r.y + r.h / 2);
    ctx.globalAlpha = 0.6;
    ctx.stroke();
  }
  ctx.restore();
}
