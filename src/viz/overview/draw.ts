/**
 * Draws the whole-network overview on one canvas: the input photo, each conv/pool column's
 * most active maps (lane by lane), dense layers as folded strips, and thin links showing which
 * column feeds which (lane to lane where a grouped layer keeps the towers apart). All pixels
 * go into one canvas-sized buffer and one putImageData; the links are stroked on top.
 */
import type { RgbaImage, TensorData } from '../../core/tensorData';
import { type ChannelStat, type ValueRange, channelStats, layerRange } from '../maps/channelStats';
import type { Lut } from '../maps/colormap';
import { vectorRange } from '../maps/fillGrid';
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

/** LUT indices (0 … 255) of `n` values read by `at(i)`, on a lo … hi scale. */
function lutIndices(n: number, at: (i: number) => number, lo: number, hi: number): Uint8Array {
  const out = new Uint8Array(n);
  const scale = hi > lo ? 255 / (hi - lo) : 0;
  for (let i = 0; i < n; i++) {
    const t = scale > 0 ? (at(i) - lo) * scale : 127.5;
    out[i] = t <= 0 ? 0 : t >= 255 ? 255 : Math.round(t);
  }
  return out;
}

/**
 * LUT indices of the picked channels of an [h, w, c] stack, pixel by pixel: one pass in
 * storage order (reading 18 channels out of 384 channel by channel would stride through
 * the whole stack 18 times).
 */
function pickedIndices(maps: TensorData, picks: readonly number[], lo: number, hi: number): Uint8Array[] {
  const [h = 0, w = 0, c = 1] = maps.shape;
  const n = h * w;
  const out = picks.map(() => new Uint8Array(n));
  const scale = hi > lo ? 255 / (hi - lo) : 0;
  const v = maps.data;
  for (let p = 0; p < n; p++) {
    const base = p * c;
    for (let k = 0; k < picks.length; k++) {
      const t = scale > 0 ? ((v[base + (picks[k] ?? 0)] ?? 0) - lo) * scale : 127.5;
      const o = out[k];
      if (o) o[p] = t <= 0 ? 0 : t >= 255 ? 255 : Math.round(t);
    }
  }
  return out;
}

/**
 * Copies a w×h grid of 32-bit RGBA pixels (`pixel(i)` for source cell i) into rect `r` of a
 * canvas-sized buffer (row length `stride` pixels), nearest-neighbour scaled. Writing one
 * buffer and putting it once measured ~10× faster than a putImageData + drawImage per map
 * under software rendering; 32-bit writes halve the cost again.
 */
function blit(out: Uint32Array, stride: number, r: Rect, w: number, h: number, src: Uint32Array): void {
  const x0 = Math.round(r.x);
  const y0 = Math.round(r.y);
  const rw = Math.round(r.w);
  const rh = Math.round(r.h);
  const xs = new Int32Array(rw);
  for (let i = 0; i < rw; i++) xs[i] = Math.min(w - 1, Math.floor((i * w) / rw));
  for (let j = 0; j < rh; j++) {
    const srow = Math.min(h - 1, Math.floor((j * h) / rh)) * w;
    const row = (y0 + j) * stride + x0;
    for (let i = 0; i < rw; i++) out[row + i] = src[srow + (xs[i] ?? 0)] ?? 0;
  }
}

/** The 32-bit pixels of `indices` through the LUT. */
function throughLut(indices: Uint8Array, lut32: Uint32Array): Uint32Array {
  const px = new Uint32Array(indices.length);
  for (let i = 0; i < indices.length; i++) px[i] = lut32[indices[i] ?? 0] ?? 0;
  return px;
}

/** The pixels of every column, in one canvas-sized 32-bit RGBA buffer (links are drawn on top). */
function paintColumns(out: Uint32Array, g: OverviewGeometry, data: readonly (ColumnData | null)[], lut: Lut): void {
  const W = g.width;
  const lut32 = new Uint32Array(lut.slice().buffer);
  data.forEach((d, col) => {
    const c = g.columns[col];
    if (!d || !c) return;
    if (d.kind === 'image') {
      const side = Math.min(c.w, c.h);
      const r = { x: c.x + (c.w - side) / 2, y: c.y + (c.h - side) / 2, w: side, h: side };
      blit(out, W, r, d.image.width, d.image.height, new Uint32Array(d.image.data.slice().buffer));
    } else if (d.kind === 'maps') {
      const [h = 0, w = 0] = d.maps.shape;
      const idx = pickedIndices(d.maps, d.picks.flat(), d.range.lo, d.range.hi);
      let m = 0;
      d.picks.forEach((lane, li) =>
        lane.forEach((_, slot) => {
          const one = idx[m++];
          if (one) blit(out, W, thumbRect(g, col, li, slot), w, h, throughLut(one, lut32));
        }),
      );
    } else if (d.kind === 'vector') {
      const sw = Math.min(c.w, 48);
      const n = d.values.length;
      const fc = Math.max(1, Math.round(Math.sqrt((n * sw) / c.h)));
      const rows = Math.ceil(n / fc);
      const { lo, hi } = vectorRange(d.values);
      const px = new Uint32Array(fc * rows); // cells past the last value stay transparent
      px.set(
        throughLut(
          lutIndices(n, (i) => d.values[i] ?? 0, lo, hi),
          lut32,
        ),
      );
      blit(out, W, { x: c.x + (c.w - sw) / 2, y: c.y, w: sw, h: c.h }, fc, rows, px);
    }
  });
}

function laneCentre(g: OverviewGeometry, col: number, lane: number): { top: number; mid: number } {
  const c = g.columns[col] ?? { x: 0, y: 0, w: 0, h: 0 };
  const laneH = (c.h - g.laneGap) / g.lanes;
  const top = c.y + lane * (laneH + g.laneGap);
  return { top, mid: top + laneH / 2 };
}

function drawLinks(ctx: CanvasRenderingContext2D, g: OverviewGeometry, cols: readonly ColumnSpec[]): void {
  ctx.save();
  ctx.strokeStyle = 'rgba(70, 70, 90, 0.8)';
  ctx.lineWidth = 1.25;
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
  const w = Math.max(1, Math.floor(g.width));
  const h = Math.max(1, Math.floor(g.height));
  const img = ctx.createImageData(w, h);
  paintColumns(new Uint32Array(img.data.buffer), { ...g, width: w }, data, lut);
  ctx.putImageData(img, 0, 0);
  drawLinks(ctx, g, cols);
}
