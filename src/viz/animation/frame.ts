/**
 * One frame of the sliding-window animation on canvas: the input (or a crop around the window
 * when the input is large), zero padding hatched grey, pixels no window reaches hatched red,
 * pixels a ceil-mode window reads past the edge hatched orange, the window and its taps; and
 * the output map revealed up to the current window. A frame is a few drawImage and fillRect
 * calls, whatever the input size (the bench measures it).
 */
import type { RgbaImage } from '../../core/tensorData';
import { type CellKind, type WindowPlan, cellKind } from '../../core/ops/windows';

export interface Crop {
  /** First cell shown on each axis (input coordinates, may be negative in the padding). */
  readonly x0: number;
  readonly y0: number;
  /** Cells shown along each axis. */
  readonly n: number;
}

/**
 * The square of cells to show: the whole padded input when it has at most `max` cells a side,
 * else `max` cells around window (wx, wy), kept inside lo … hi.
 * conv1 (227, window 11 at 216): max 40 → cells 187 … 226.
 */
export function cropFor(plan: WindowPlan, wx: number, wy: number, max: number): Crop {
  const span = plan.hi - plan.lo;
  if (span <= max) return { x0: plan.lo, y0: plan.lo, n: span };
  const place = (w: number) => {
    const start = plan.starts[w] ?? plan.lo;
    const centred = Math.round(start + plan.reach / 2 - max / 2);
    return Math.min(Math.max(plan.lo, centred), plan.hi - max);
  };
  return { x0: place(wx), y0: place(wy), n: max };
}

/** A 2-D cell's kind from its two axes: the stronger of the two (dropped > extra > pad > input). */
export function cell2d(plan: WindowPlan, x: number, y: number): CellKind {
  const a = cellKind(plan, x);
  const b = cellKind(plan, y);
  for (const k of ['dropped', 'extra', 'pad'] as const) if (a === k || b === k) return k;
  return 'input';
}

const hatchColour: Record<Exclude<CellKind, 'input'>, [bg: string, line: string]> = {
  pad: ['#e6e6ea', '#8a8a96'],
  dropped: ['#fde2e2', '#c0392b'],
  extra: ['#fdebd3', '#d35400'],
};

const patterns = new WeakMap<CanvasRenderingContext2D, Map<string, CanvasPattern | null>>();
function hatch(ctx: CanvasRenderingContext2D, kind: Exclude<CellKind, 'input'>): CanvasPattern | string {
  let cache = patterns.get(ctx);
  if (!cache) patterns.set(ctx, (cache = new Map()));
  if (!cache.has(kind)) {
    const tile = new OffscreenCanvas(6, 6);
    const t = tile.getContext('2d');
    const [bg, line] = hatchColour[kind];
    if (t) {
      t.fillStyle = bg;
      t.fillRect(0, 0, 6, 6);
      t.strokeStyle = line;
      t.beginPath();
      t.moveTo(0, 6);
      t.lineTo(6, 0);
      t.stroke();
    }
    cache.set(kind, ctx.createPattern(tile, 'repeat'));
  }
  return cache.get(kind) ?? hatchColour[kind][0];
}

/** An RGBA image as a canvas (once per image), so frames can drawImage parts of it. */
const sources = new WeakMap<RgbaImage, OffscreenCanvas>();
export function imageSource(img: RgbaImage): OffscreenCanvas {
  let c = sources.get(img);
  if (!c) {
    c = new OffscreenCanvas(img.width, img.height);
    const ctx = c.getContext('2d');
    const data = ctx?.createImageData(img.width, img.height);
    if (ctx && data) {
      data.data.set(img.data);
      ctx.putImageData(data, 0, 0);
    }
    sources.set(img, c);
  }
  return c;
}

export interface Box {
  readonly x: number;
  readonly y: number;
  readonly size: number;
}

/** Draws the input panel: cells of `crop`, the picture under them, the hatching, the window (wx, wy). */
export function drawInputPanel(
  ctx: CanvasRenderingContext2D,
  box: Box,
  plan: WindowPlan,
  crop: Crop,
  picture: RgbaImage | null,
  wx: number,
  wy: number,
): void {
  const cs = box.size / crop.n;
  const px = (i: number) => box.x + (i - crop.x0) * cs;
  const py = (j: number) => box.y + (j - crop.y0) * cs;
  ctx.save();
  ctx.imageSmoothingEnabled = false;
  ctx.fillStyle = '#f4f4f6';
  ctx.fillRect(box.x, box.y, box.size, box.size);
  // The input pixels inside the crop, in one scaled drawImage.
  const ix0 = Math.max(0, crop.x0);
  const iy0 = Math.max(0, crop.y0);
  const ix1 = Math.min(plan.input, crop.x0 + crop.n);
  const iy1 = Math.min(plan.input, crop.y0 + crop.n);
  if (picture && ix1 > ix0 && iy1 > iy0)
    ctx.drawImage(
      imageSource(picture),
      ix0,
      iy0,
      ix1 - ix0,
      iy1 - iy0,
      px(ix0),
      py(iy0),
      (ix1 - ix0) * cs,
      (iy1 - iy0) * cs,
    );
  // Hatching: only the border cells are not input, so only those are visited.
  const cols = Array.from({ length: crop.n }, (_, k) => crop.x0 + k);
  const borderCols = cols.filter((i) => cellKind(plan, i) !== 'input');
  for (let j = crop.y0; j < crop.y0 + crop.n; j++) {
    for (const i of cellKind(plan, j) === 'input' ? borderCols : cols) {
      const kind = cell2d(plan, i, j);
      if (kind === 'input') continue;
      ctx.fillStyle = hatch(ctx, kind);
      ctx.fillRect(px(i), py(j), cs, cs);
    }
  }
  if (cs >= 6) {
    ctx.strokeStyle = 'rgba(0, 0, 0, 0.15)';
    ctx.lineWidth = 1;
    ctx.beginPath();
    for (let k = 0; k <= crop.n; k++) {
      ctx.moveTo(box.x + k * cs, box.y);
      ctx.lineTo(box.x + k * cs, box.y + box.size);
      ctx.moveTo(box.x, box.y + k * cs);
      ctx.lineTo(box.x + box.size, box.y + k * cs);
    }
    ctx.stroke();
  }
  const sx = plan.starts[wx] ?? 0;
  const sy = plan.starts[wy] ?? 0;
  ctx.fillStyle = 'rgba(255, 61, 127, 0.18)';
  ctx.fillRect(px(sx), py(sy), plan.reach * cs, plan.reach * cs);
  if (plan.dilation > 1) {
    ctx.fillStyle = 'rgba(255, 61, 127, 0.45)';
    for (let a = 0; a < plan.kernel; a++)
      for (let b = 0; b < plan.kernel; b++)
        ctx.fillRect(px(sx + a * plan.dilation), py(sy + b * plan.dilation), cs, cs);
  }
  ctx.strokeStyle = '#ff3d7f';
  ctx.lineWidth = 2;
  ctx.strokeRect(px(sx), py(sy), plan.reach * cs, plan.reach * cs);
  ctx.restore();
}

/** Draws the output panel: rows before window (wx, wy) and the current row up to it, the rest empty. */
export function drawOutputPanel(
  ctx: CanvasRenderingContext2D,
  box: Box,
  out: number,
  picture: RgbaImage | null,
  wx: number,
  wy: number,
): void {
  const cs = box.size / Math.max(1, out);
  ctx.save();
  ctx.imageSmoothingEnabled = false;
  ctx.fillStyle = '#f4f4f6';
  ctx.fillRect(box.x, box.y, box.size, box.size);
  if (picture) {
    const src = imageSource(picture);
    if (wy > 0) ctx.drawImage(src, 0, 0, out, wy, box.x, box.y, box.size, wy * cs);
    ctx.drawImage(src, 0, wy, wx + 1, 1, box.x, box.y + wy * cs, (wx + 1) * cs, cs);
  } else {
    ctx.fillStyle = '#7fb3d5';
    if (wy > 0) ctx.fillRect(box.x, box.y, box.size, wy * cs);
    ctx.fillRect(box.x, box.y + wy * cs, (wx + 1) * cs, cs);
  }
  ctx.strokeStyle = '#ff3d7f';
  ctx.lineWidth = 2;
  ctx.strokeRect(box.x + wx * cs, box.y + wy * cs, cs, cs);
  ctx.strokeStyle = 'rgba(0, 0, 0, 0.3)';
  ctx.lineWidth = 1;
  ctx.strokeRect(box.x, box.y, box.size, box.size);
  ctx.restore();
}
