/**
 * conv1's filters over time, as small multiples on a canvas: one row per snapshot, one tile per
 * filter. Pure drawing: snapshots and a scale in, pixels out (the component owns the canvas).
 */
import type { FilterSnapshot } from '../../core/lab/series';

export interface FilterGridGeometry {
  /** Screen pixels per kernel pixel. */
  readonly scale: number;
  /** Pixels between tiles. */
  readonly gap: number;
  /** Width kept on the left of each row for its label. */
  readonly labelWidth: number;
}

export const filterGeometry: FilterGridGeometry = { scale: 4, gap: 3, labelWidth: 64 };

/** At most `rows` snapshots to show: the first, the last, and others spread evenly between. */
export function pickSnapshots(all: readonly FilterSnapshot[], rows: number): FilterSnapshot[] {
  if (all.length <= rows) return [...all];
  const out: FilterSnapshot[] = [];
  for (let i = 0; i < rows; i++) {
    const s = all[Math.round((i * (all.length - 1)) / (rows - 1))];
    if (s && !out.includes(s)) out.push(s);
  }
  return out;
}

/** Canvas size for `rows` snapshots of kernels [k, k, 1, filters]. */
export function filterCanvasSize(shape: readonly number[], rows: number, g = filterGeometry): [number, number] {
  const k = shape[0] ?? 0;
  const filters = shape[3] ?? 0;
  const tile = k * g.scale;
  return [g.labelWidth + filters * (tile + g.gap), rows * (tile + g.gap)];
}

/**
 * Grey values of one snapshot's filter f, k×k, scaled so that the snapshot's largest |w| maps
 * to white or black and 0 to mid grey (128).
 */
export function filterGreys(s: FilterSnapshot, f: number, maxAbs: number): Uint8ClampedArray {
  const [k = 0, , depth = 1, filters = 1] = s.shape;
  const out = new Uint8ClampedArray(k * k);
  for (let p = 0; p < k * k; p++) {
    const v = s.data[p * depth * filters + f] ?? 0; // channel 0 of a one-channel input
    out[p] = Math.round(128 + (127 * v) / (maxAbs || 1));
  }
  return out;
}

/** Draws `rows` (see pickSnapshots) with `label(iteration)` at the left of each. */
export function drawFilterHistory(
  ctx: CanvasRenderingContext2D,
  rows: readonly FilterSnapshot[],
  label: (iteration: number) => string,
  g = filterGeometry,
): void {
  const first = rows[0];
  if (!first) return;
  const [w, h] = filterCanvasSize(first.shape, rows.length, g);
  ctx.clearRect(0, 0, w, h);
  const [k = 0, , , filters = 0] = first.shape;
  const tile = k * g.scale;
  ctx.font = '11px system-ui, sans-serif';
  ctx.textBaseline = 'middle';
  rows.forEach((s, r) => {
    const y0 = r * (tile + g.gap);
    ctx.fillStyle = '#333';
    ctx.fillText(label(s.iteration), 0, y0 + tile / 2);
    const maxAbs = s.data.reduce((m, v) => Math.max(m, Math.abs(v)), 0);
    // One row of tiles as one image: a putImageData per row, not a fillRect per pixel (thousands
    // of small draws per update kept a software-rendered canvas busy while the runs trained).
    const rowWidth = filters * (tile + g.gap);
    const pixels = new ImageData(Math.max(1, rowWidth), Math.max(1, tile));
    for (let f = 0; f < filters; f++) {
      const greys = filterGreys(s, f, maxAbs);
      const x0 = f * (tile + g.gap);
      for (let y = 0; y < tile; y++) {
        for (let x = 0; x < tile; x++) {
          const v = greys[Math.floor(y / g.scale) * k + Math.floor(x / g.scale)] ?? 128;
          const at = (y * rowWidth + x0 + x) * 4;
          pixels.data[at] = v;
          pixels.data[at + 1] = v;
          pixels.data[at + 2] = v;
          pixels.data[at + 3] = 255;
        }
      }
    }
    ctx.putImageData(pixels, g.labelWidth, y0);
  });
}
