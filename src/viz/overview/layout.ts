/**
 * Where everything goes in the whole-network overview: one column per conv, pool or dense
 * layer between the input photo and the top-5, each spatial column holding its k most active
 * maps (k chosen to fit the canvas, at least 8), split into two lanes for the paper's two-GPU
 * towers. Pure geometry: numbers in, rectangles out; the drawing is in draw.ts.
 */
import type { Analysis } from '../../core/analyze';
import { formatShape } from '../../core/spec';

export type ColumnKind = 'image' | 'maps' | 'vector' | 'top';

export interface ColumnSpec {
  readonly layerId: string;
  readonly kind: ColumnKind;
  /** "55×55×96", "4096". */
  readonly shape: string;
  /** Index of the layer in analysis.layers. */
  readonly index: number;
  /** Whether this layer mixes the two towers (dense, ungrouped conv) or keeps them apart. */
  readonly crossesLanes: boolean;
}

/** The overview's columns for an analysed network: input, conv/pool layers, dense layers, top-5. */
export function overviewColumns(analysis: Analysis): ColumnSpec[] {
  const cols: ColumnSpec[] = [];
  for (const info of analysis.layers) {
    const l = info.layer;
    const shape = formatShape(info.outputShape);
    const base = { layerId: l.id, shape, index: info.index };
    if (l.kind === 'input') cols.push({ ...base, kind: 'image', crossesLanes: true });
    else if (l.kind === 'conv') cols.push({ ...base, kind: 'maps', crossesLanes: l.groups === 1 });
    else if (l.kind === 'maxpool' || l.kind === 'adaptiveavgpool')
      cols.push({ ...base, kind: 'maps', crossesLanes: false });
    else if (l.kind === 'dense') cols.push({ ...base, kind: 'vector', crossesLanes: true });
    else if (l.kind === 'softmax') cols.push({ ...base, kind: 'top', crossesLanes: true });
  }
  return cols;
}

/** The paper's layout: two towers when any conv is grouped. */
export function laneCount(analysis: Analysis): 1 | 2 {
  return analysis.layers.some((l) => l.layer.kind === 'conv' && l.layer.groups > 1) ? 2 : 1;
}

export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
}

export interface OverviewGeometry {
  readonly width: number;
  readonly height: number;
  /** One rect per column (its drawing area, below the heading). */
  readonly columns: readonly Rect[];
  /** Side of one map thumbnail, and how many thumbnails a maps column holds per lane. */
  readonly thumb: number;
  readonly across: number;
  readonly perLane: number;
  readonly lanes: 1 | 2;
  /** Vertical gap between the two lanes. */
  readonly laneGap: number;
}

const gap = 4;
/** Space on each side of a column: the links run through the 2·margin between columns. */
export const columnMargin = 8;
const margin = columnMargin;
/**
 * The narrowest a column may be: its heading ("13×13×384", "top 8 of 384", "前 8 / 共 384", about
 * 80 px), which spans the column and its margins, fits unclipped. A narrower screen scrolls the overview sideways instead (a phone, a 1024-px laptop).
 */
export const minColumnWidth = 86;
/** The overview's drawing width for `n` columns on a stage `stageWidth` wide. */
export function overviewWidth(n: number, stageWidth: number): number {
  return stageWidth === 0 ? 0 : Math.max(stageWidth, n * minColumnWidth);
}
/** Room above the columns for the HTML headings (layer id and shape). */
export const headingHeight = 54;

/**
 * Lays out `n` columns on a width×height canvas. Maps columns are `across` thumbnails wide
 * (2, or 1 on narrow screens); thumbnails shrink until each lane holds at least 8/lanes maps.
 * 1920×700 with 13 columns → thumbnails of 64 px, 2 across, 18 per lane.
 */
export function overviewGeometry(n: number, width: number, height: number, lanes: 1 | 2): OverviewGeometry {
  const colW = Math.floor(width / Math.max(1, n));
  const inner = colW - 2 * margin;
  const laneGap = lanes === 2 ? 12 : 0;
  const avail = height - headingHeight - gap - laneGap;
  const across = inner >= 90 ? 2 : 1;
  const minPerLane = Math.ceil(8 / lanes);
  let thumb = Math.floor((inner - (across - 1) * gap) / across);
  const rowsFit = (t: number) => Math.floor((avail / lanes + gap) / (t + gap));
  while (thumb > 8 && rowsFit(thumb) * across < minPerLane) thumb--;
  const perLane = Math.max(minPerLane, rowsFit(thumb) * across);
  const columns = Array.from({ length: n }, (_, i) => ({
    x: i * colW + margin,
    y: headingHeight,
    w: inner,
    h: height - headingHeight - gap,
  }));
  return { width, height, columns, thumb, across, perLane, lanes, laneGap };
}

/** Rect of thumbnail `slot` in lane `lane` of column `col`. */
export function thumbRect(g: OverviewGeometry, col: number, lane: number, slot: number): Rect {
  const c = g.columns[col] ?? { x: 0, y: 0, w: 0, h: 0 };
  const laneH = (c.h - g.laneGap) / g.lanes;
  const rowX = slot % g.across;
  const row = Math.floor(slot / g.across);
  const left = c.x + (c.w - (g.across * g.thumb + (g.across - 1) * gap)) / 2;
  return {
    x: left + rowX * (g.thumb + gap),
    y: c.y + lane * (laneH + g.laneGap) + row * (g.thumb + gap),
    w: g.thumb,
    h: g.thumb,
  };
}

/** Channels of lane `lane` out of `channels` (the paper splits every layer's maps in half). */
export function laneChannels(channels: number, lanes: 1 | 2, lane: number): [from: number, to: number] {
  if (lanes === 1) return [0, channels];
  const half = Math.floor(channels / 2);
  return lane === 0 ? [0, half] : [half, channels];
}

/** The thumbnail under a canvas point, as (column, lane, slot); null between thumbnails. */
export function hitThumb(
  g: OverviewGeometry,
  isMaps: (col: number) => boolean,
  x: number,
  y: number,
): { col: number; lane: number; slot: number } | null {
  for (let col = 0; col < g.columns.length; col++) {
    const c = g.columns[col];
    if (!c || !isMaps(col) || x < c.x || x >= c.x + c.w) continue;
    for (let lane = 0; lane < g.lanes; lane++)
      for (let slot = 0; slot < g.perLane; slot++) {
        const r = thumbRect(g, col, lane, slot);
        if (x >= r.x && x < r.x + r.w && y >= r.y && y < r.y + r.h) return { col, lane, slot };
      }
  }
  return null;
}
