/**
 * Draws the whole-network overview on one canvas: the input photo, each conv/pool column's
 * most active maps (lane by lane), dense layers as folded strips, and thin links showing which
 * column feeds which (lane to lane where a grouped layer keeps the towers apart). One scratch
 * canvas per size; every map is a putImageData then a scaled drawImage, so a 13-column
 * overview costs a few dozen milliseconds.
 */
import type { RgbaImage, TensorData } from '../../core/tensorData';
import { channelMap } from '../../core/ops/decompose';
import { type ChannelStat, type ValueRange, channelStats, layerRange } from '../maps/channelStats';
import type { Lut } from '../maps/colormap';
import { fillVector, vectorRange } from '../maps/fillGrid';
import { type ColumnSpec, type OverviewGeometry, type Rect, laneChannels, thumbRect } from './layout';

export type ColumnData =
  | { readonly kind: 'image'; readonly image: RgbaImage }
  | {
      readonly kind: 'maps';
      readonly maps: TensorData;
      /** picks[lane][slot] = channel, most active first. */
      readonly picks: readonly (readonly number[])[];
      readonly stats: readonly ChannelStat[];
      readonly range: ValueRange;
    }
  | { readonly kind: 'vector'; readonly values: Float32Array }
  | { readonly kind: 'top' };

/**
 * The `perLane` most active channels (highest mean) of each lane of an [h, w, c] stack.
 * conv3 of the seed variant, 1 lane, 18 per lane → the 18 channels of 384 with the largest mean.
 */
export function pickMaps(maps: TensorData, lanes: 1 | 2, perLane: number): ColumnData {
  const [h = 0, w = 0, c = 0] = maps.shape;
  const stats = channelStats(maps, [h, w, c]);
  const picks = Array.from({ length: lanes }, (_, lane) => {
    const [from, to] = laneChannels(c, lanes, lane);
    return stats
      .slice(from, to)
      .sort((a, b) => b.mean - a.mean || a.channel - b.channel)
      .slice(0, perLane)
      .map((s) => s.channel);
  });
  return { kind: 'maps', maps, picks, stats, range: layerRange(stats) };
}

const scratch = new Map<string, OffscreenCanvas>();
function scratchOf(w: number, h: number): OffscreenCanvasRenderingContext2D | null {
  const key = `${w}x${h}`;
  let c = scratch.get(key);
  if (!c) {
    c = new OffscreenCanvas(w, h);
    scratch.set(key, c);
  }
  return c.getContext('2d');
}

/** Puts w×h RGBA bytes (filled by `fill`) scaled into `r`, without smoothing (pixels stay crisp). */
function blit(
  ctx: CanvasRenderingContext2D,
  w: number,
  h: number,
  r: Rect,
  fill: (rgba: Uint8ClampedArray) => void,
): void {
  const s = scratchOf(w, h);
  if (!s) return;
  const img = s.createImageData(w, h);
  fill(img.data);
  s.putImageData(img, 0, 0);
  ctx.drawImage(s.canvas, 0, 0, w, h, r.x, r.y, r.w, r.h);
}

function laneCentre(g: OverviewGeometry, col: number, lane: number): { top: number; mid: number } {
  const c = g.columns[col] ?? { x: 0, y: 0, w: 0, h: 0 };
  const laneH = (c.h - g.laneGap) / g.lanes;
  const top = c.y + lane * (laneH + g.laneGap);
  return { top, mid: top + laneH / 2 };
}

function drawLinks(ctx: CanvasRenderingContext2D, g: OverviewGeometry, cols: readonly ColumnSpec[]): void {
  ctx.save();
  ctx.strokeStyle = 'rgba(110, 110, 130, 0.55)';
  ctx.lineWidth = 1;
  for (let i = 0; i + 1 < cols.length; i++) {
    const a = g.columns[i];
    const b = g.columns[i + 1];
    const next = cols[i + 1];
    if (!a || !b || !next) continue;
    for (let la = 0; la < g.lanes; la++)
      for (let lb = 0; lb < g.lanes; lb++) {
        if (la !== lb && !next.crossesLanes) continue;
        const y0 = laneCentre(g, i, la).mid;
        const y1 = laneCentre(g, i + 1, lb).mid;
        const x0 = a.x + a.w;
        const x1 = b.x;
        ctx.beginPath();
        ctx.moveTo(x0, y0);
        ctx.bezierCurveTo((x0 + x1) / 2, y0, (x0 + x1) / 2, y1, x1, y1);
        ctx.stroke();
      }
  }
  ctx.restore();
}

/** Draws every column; `data[i]` null leaves column i empty (activations still coming). */
export function drawOverview(
  ctx: CanvasRenderingContext2D,
  g: OverviewGeometry,
  cols: readonly ColumnSpec[],
  data: readonly (ColumnData | null)[],
  lut: Lut,
): void {
  ctx.clearRect(0, 0, g.width, g.height);
  drawLinks(ctx, g, cols);
  ctx.imageSmoothingEnabled = false;
  data.forEach((d, col) => {
    const c = g.columns[col];
    if (!d || !c) return;
    if (d.kind === 'image') {
      const side = Math.min(c.w, c.h);
      const r = { x: c.x + (c.w - side) / 2, y: c.y + (c.h - side) / 2, w: side, h: side };
      blit(ctx, d.image.width, d.image.height, r, (rgba) => rgba.set(d.image.data));
    } else if (d.kind === 'maps') {
      const [h = 0, w = 0] = d.maps.shape;
      d.picks.forEach((lane, li) =>
        lane.forEach((ch, slot) =>
          blit(ctx, w, h, thumbRect(g, col, li, slot), (rgba) =>
            fillVector(rgba, channelMap(d.maps, ch), lut, d.range),
          ),
        ),
      );
    } else if (d.kind === 'vector') {
      const sw = Math.min(c.w, 48);
      const n = d.values.length;
      const fc = Math.max(1, Math.round(Math.sqrt((n * sw) / c.h)));
      const rows = Math.ceil(n / fc);
      const r = { x: c.x + (c.w - sw) / 2, y: c.y, w: sw, h: c.h };
      blit(ctx, fc, rows, r, (rgba) => fillVector(rgba, d.values, lut, vectorRange(d.values)));
    }
  });
}
