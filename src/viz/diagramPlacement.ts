/**
 * Sizes and positions for the network diagram: D3 scales turn map sizes, channel counts and
 * vector lengths into box dimensions, and the horizontal slots are spread over the width.
 * Square-root scales keep 227 and 6, or 3 and 384, all visible in one picture.
 */
import { scaleSqrt } from 'd3';
import { RECEDE, textWidth } from './diagramGeometry';
import type { Stage } from './diagramStages';

/** Font sizes in px; the viewBox is drawn 1:1, so these are the rendered sizes. */
export const DIAGRAM_FONT = { id: 14, shape: 13, small: 13 } as const;

/** Space between the towers of a grouped block (px). */
export const TOWER_GAP = 4;
/** Thickness and receding offset of the thin bars that stand for vectors (px). */
export const BAR_THICKNESS = 10;
export const BAR_RECEDE = 6;
/** Horizontal room per in-place step on the rail (px). */
export const STEP_SPACING = 18;
const MARGIN = 8;

/** The horizontal bands of the diagram, top to bottom, in px. */
export interface Rows {
  readonly idBaseline: number;
  readonly regionTop: number;
  readonly regionHeight: number;
  readonly mid: number;
  readonly shapeBaseline: number;
  /** Second row for alternate shape labels on narrow widths; equals shapeBaseline otherwise. */
  readonly shapeBaseline2: number;
  readonly railY: number;
  readonly railLabelBaseline: number;
  readonly height: number;
}

/**
 * Bands for a given width: the drawing region grows with the width but is capped, so the
 * diagram stays about 230–280 px tall and can stay on screen while the student steps.
 * `maxRegion` lowers the cap (the page's compact diagram, about 200 px tall).
 */
export function rowsFor(width: number, staggered = false, maxRegion = 176): Rows {
  const regionHeight = Math.round(Math.min(maxRegion, Math.max(Math.min(120, maxRegion), width * 0.14)));
  const idBaseline = 8 + DIAGRAM_FONT.id;
  const regionTop = idBaseline + 10;
  const shapeBaseline = regionTop + regionHeight + 8 + DIAGRAM_FONT.shape;
  const shapeBaseline2 = staggered ? shapeBaseline + DIAGRAM_FONT.shape + 4 : shapeBaseline;
  const railY = shapeBaseline2 + 18;
  const railLabelBaseline = railY + 9 + DIAGRAM_FONT.small;
  return {
    idBaseline,
    regionTop,
    regionHeight,
    mid: regionTop + regionHeight / 2,
    shapeBaseline,
    shapeBaseline2,
    railY,
    railLabelBaseline,
    height: railLabelBaseline + 5,
  };
}

/** Box dimensions as functions of the data: map side → px, channels → px, length → px. */
export interface Sizing {
  readonly face: (side: number) => number;
  readonly thickness: (channels: number) => number;
  readonly bar: (length: number) => number;
}

/** Scales fitted to this network, so its largest map and longest vector fill the region. */
export function sizingFor(stages: readonly Stage[], rows: Rows, width: number): Sizing {
  let maxSide = 1;
  let maxChannels = 64;
  let maxLength = 1;
  for (const { info } of stages) {
    const s = info.outputShape;
    if (s.kind === 'spatial') {
      maxSide = Math.max(maxSide, s.hwc[0], s.hwc[1]);
      maxChannels = Math.max(maxChannels, s.hwc[2]);
    } else maxLength = Math.max(maxLength, s.length);
  }
  // A minimum plus a sqrt scale keeps tiny maps visible and the order strictly monotone.
  const minFace = 8;
  const face = scaleSqrt()
    .domain([0, maxSide])
    .range([0, rows.regionHeight / (1 + RECEDE) - minFace]);
  const maxThickness = Math.min(46, Math.max(18, width * 0.036));
  const thick = scaleSqrt()
    .domain([0, maxChannels])
    .range([0, maxThickness - 3]);
  const minBar = 16;
  const bar = scaleSqrt()
    .domain([0, maxLength])
    .range([0, rows.regionHeight - BAR_RECEDE - minBar]);
  return {
    face: (side) => minFace + face(side),
    thickness: (channels) => 3 + thick(channels),
    bar: (length) => minBar + bar(length),
  };
}

/** One block as placement sees it: its drawn width, its labels' widths, the gap before it. */
export interface Item {
  readonly blockWidth: number;
  readonly idWidth: number;
  readonly shapeWidth: number;
  /** Least empty space between this block and the one before it, and its share of spare width. */
  readonly gapMin: number;
  readonly weight: number;
}

/**
 * Gap before a stage: kernel cones need the most room (and their "11×11" label), pooling
 * funnels the least; in-place steps after the previous block need a dot each on the rail.
 */
export function gapBefore(stage: Stage, stepsBefore: number): Pick<Item, 'gapMin' | 'weight'> {
  const layer = stage.info.layer;
  const base =
    layer.kind === 'conv'
      ? { min: Math.max(34, textWidth(`${layer.kernel}×${layer.kernel}`, DIAGRAM_FONT.small) + 10), weight: 1.5 }
      : stage.role === 'pool'
        ? { min: 18, weight: 0.7 }
        : { min: 30, weight: 1.3 };
  return { gapMin: Math.max(base.min, stepsBefore * STEP_SPACING + 10), weight: base.weight };
}

/** Block centres left to right, the total width, and whether shape labels alternate rows. */
export interface Placement {
  readonly cxs: readonly number[];
  readonly width: number;
  readonly natural: number;
}

/** Least space between two labels on one row (px). */
const LABEL_PAD = 10;

/**
 * Spreads blocks over `width`. Neighbours sit far enough apart for their gap and for their
 * labels; with `staggered` shape labels alternate between two rows, so only every other one
 * must clear its neighbour. Spare width goes to the gaps by weight, up to a cap (very wide
 * screens centre the picture rather than stretch it); when even the minimum does not fit,
 * the layout is wider than asked and the component scrolls.
 */
export function placeItems(items: readonly Item[], trailing: number, width: number, staggered: boolean): Placement {
  const needs = items.slice(1).map((b, i) => {
    const a = items[i] ?? b;
    const shapes = staggered
      ? Math.max(a.shapeWidth, b.shapeWidth) / 2 + LABEL_PAD / 2
      : (a.shapeWidth + b.shapeWidth) / 2 + LABEL_PAD;
    // Boxes with their ids must clear each other too: they are the clickable areas.
    const heads = (Math.max(a.blockWidth, a.idWidth) + Math.max(b.blockWidth, b.idWidth)) / 2 + LABEL_PAD;
    return Math.max((a.blockWidth + b.blockWidth) / 2 + b.gapMin, heads, shapes);
  });
  const first = items[0];
  const last = items.at(-1);
  const left = MARGIN + (first ? Math.max(first.blockWidth, first.idWidth, first.shapeWidth) / 2 : 0);
  const right = MARGIN + (last ? Math.max(last.blockWidth / 2 + trailing, last.idWidth / 2, last.shapeWidth / 2) : 0);
  const natural = left + right + sum(needs);
  const spare = Math.max(0, width - natural);
  const weights = sum(items.slice(1).map((b) => b.weight));
  const perWeight = weights > 0 ? Math.min(spare / weights, 90) : 0;
  let x = left + Math.max(0, (width - natural - weights * perWeight) / 2);
  const cxs = items.map((b, i) => {
    if (i > 0) x += (needs[i - 1] ?? 0) + b.weight * perWeight;
    return x;
  });
  return { cxs, width: Math.max(width, Math.ceil(natural)), natural };
}

/**
 * Which shape labels drop to the second row: only those that would touch the label before
 * them on the first row. Placement spaced every other label apart, so no two in a row drop.
 */
export function lowerWhereCrowded(items: readonly Item[], cxs: readonly number[]): boolean[] {
  let right = -Infinity;
  return items.map((item, i) => {
    const cx = cxs[i] ?? 0;
    if (cx - item.shapeWidth / 2 < right + LABEL_PAD) return true;
    right = cx + item.shapeWidth / 2;
    return false;
  });
}

/**
 * Half-widths of the clickable areas (also the focus ring and the highlight): the box and its
 * id always, the shape label too where the neighbours leave room. Placement keeps boxes with
 * ids apart, so the areas never overlap.
 */
export function hitHalves(items: readonly Item[], cxs: readonly number[]): number[] {
  const least = items.map((it) => Math.max(it.blockWidth, it.idWidth) / 2 + 3);
  const room = (i: number, j: number) => {
    const distance = Math.abs((cxs[j] ?? Infinity) - (cxs[i] ?? 0));
    return Math.min(distance / 2, distance - (least[j] ?? 0)) - 2;
  };
  return items.map((it, i) => Math.max(least[i] ?? 0, Math.min(it.shapeWidth / 2 + 3, room(i, i - 1), room(i, i + 1))));
}

function sum(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0);
}
