/**
 * Where each tile of a grid of equal tiles sits on one canvas: used for feature maps
 * (96 tiles of 55×55), kernels (96 tiles of 11×11) and kernel slices (96 tiles of 5×5).
 * Coordinates are canvas pixels; tile i of the display order sits at row ⌊i/cols⌋.
 */

export interface GridLayout {
  readonly count: number;
  readonly cols: number;
  readonly rows: number;
  readonly tileW: number;
  readonly tileH: number;
  /** Pixels between neighbouring tiles (no margin at the outer edge). */
  readonly gap: number;
  /** Whole canvas: cols·tileW + (cols − 1)·gap by rows·tileH + (rows − 1)·gap. */
  readonly width: number;
  readonly height: number;
}

export interface GridOptions {
  /** Fixed column count; by default chosen so the grid is about `aspect` times wider than tall. */
  readonly cols?: number;
  readonly aspect?: number;
  /** By default 2 px between tiles of 24 px or more, else 1 px. */
  readonly gap?: number;
}

/**
 * The gap between tiles, in map pixels: about a twentieth of a tile (at least 1, 2 from 24 px).
 * The canvas is drawn one map pixel per canvas pixel and then fitted to its column, so large
 * maps are shown shrunk: 12 tiles of 109 px (conv1 at stride 2) fill a 450 px column at a third
 * of their size, and a fixed 2 px gap would shrink to nothing there.
 */
export function gapFor(tileW: number, tileH: number): number {
  const side = Math.min(tileW, tileH);
  return Math.max(side >= 24 ? 2 : 1, Math.round(side / 20));
}

/**
 * Lays out `count` tiles of tileW×tileH.
 * Example: gridLayout(96, 55, 55) → 12 cols × 8 rows, gap 3, canvas 693×461.
 */
export function gridLayout(count: number, tileW: number, tileH: number, options: GridOptions = {}): GridLayout {
  const gap = options.gap ?? gapFor(tileW, tileH);
  const n = Math.max(1, count);
  let cols = options.cols ?? Math.ceil(Math.sqrt(((options.aspect ?? 1.5) * n * tileH) / tileW));
  cols = Math.min(n, Math.max(1, cols));
  const rows = Math.ceil(n / cols);
  // Fewest columns that still fit in those rows: 256 tiles in 13 rows need 20, not 21.
  if (options.cols === undefined) cols = Math.ceil(n / rows);
  return {
    count,
    cols,
    rows,
    tileW,
    tileH,
    gap,
    width: cols * tileW + (cols - 1) * gap,
    height: rows * tileH + (rows - 1) * gap,
  };
}

/** Top-left canvas pixel of the tile in display position `slot`: slot 13 of 12 cols → [57, 57]. */
export function tileOrigin(layout: GridLayout, slot: number): readonly [x: number, y: number] {
  const col = slot % layout.cols;
  const row = Math.floor(slot / layout.cols);
  return [col * (layout.tileW + layout.gap), row * (layout.tileH + layout.gap)];
}

export interface GridHit {
  /** Display position of the tile under the point. */
  readonly slot: number;
  /** Pixel inside that tile, 0…tileW − 1 and 0…tileH − 1. */
  readonly x: number;
  readonly y: number;
}

/** The tile and pixel under canvas point (px, py); null in a gap, outside, or past the last tile. */
export function hitTest(layout: GridLayout, px: number, py: number): GridHit | null {
  if (px < 0 || py < 0 || px >= layout.width || py >= layout.height) return null;
  const pitchX = layout.tileW + layout.gap;
  const pitchY = layout.tileH + layout.gap;
  const col = Math.floor(px / pitchX);
  const row = Math.floor(py / pitchY);
  const x = Math.floor(px - col * pitchX);
  const y = Math.floor(py - row * pitchY);
  if (x >= layout.tileW || y >= layout.tileH) return null;
  const slot = row * layout.cols + col;
  return slot < layout.count ? { slot, x, y } : null;
}

/** A tile's box as percentages of the canvas, for HTML overlays that scale with the canvas. */
export function tileBoxPercent(
  layout: GridLayout,
  slot: number,
): { left: string; top: string; width: string; height: string } {
  const [x, y] = tileOrigin(layout, slot);
  const pct = (v: number, of: number) => `${(100 * v) / of}%`;
  return {
    left: pct(x, layout.width),
    top: pct(y, layout.height),
    width: pct(layout.tileW, layout.width),
    height: pct(layout.tileH, layout.height),
  };
}

/**
 * Slot reached from `slot` by an arrow key, clamped to the grid: the keyboard path through
 * a canvas grid. dx/dy are −1, 0 or 1.
 */
export function moveSlot(layout: GridLayout, slot: number, dx: number, dy: number): number {
  const col = Math.min(layout.cols - 1, Math.max(0, (slot % layout.cols) + dx));
  const row = Math.min(layout.rows - 1, Math.max(0, Math.floor(slot / layout.cols) + dy));
  return Math.min(layout.count - 1, Math.max(0, row * layout.cols + col));
}
