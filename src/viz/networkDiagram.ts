/**
 * Layout of the whole-network diagram, in the spirit of Krizhevsky et al. 2012, Figure 2:
 * every feature-map stack is a box (height ∝ √map side, thickness ∝ √channels, the map's
 * width receding at 45°), each conv's kernel is a small box in its input stack with a cone
 * to the next block, pooling and flatten are thin funnels, dense layers are tall thin bars.
 * Grouped convs (the paper's two GPUs) are split into one tower per group.
 *
 * Pure: analysed layers and a width in, polygons, lines and labels in px out. The component
 * draws them 1:1 (viewBox width = layout width), so font sizes are rendered sizes.
 */
import type { LayerInfo } from '../core/analyze';
import { type LayerKind, formatShape } from '../core/spec';
import { type BoxFrame, type Cuboid, RECEDE, type Rect, cuboid, frameExtent, textWidth } from './diagramGeometry';
import { type DiagramKernel, type DiagramLink, type Placed, kernelsFor, linkBetween } from './diagramLinks';
import {
  BAR_RECEDE,
  BAR_THICKNESS,
  DIAGRAM_FONT,
  type Item,
  type Rows,
  STEP_SPACING,
  type Sizing,
  TOWER_GAP,
  gapBefore,
  hitHalves,
  lowerWhereCrowded,
  placeItems,
  rowsFor,
  sizingFor,
} from './diagramPlacement';
import { type Stage, type StageRole, ownersOf, stagesOf } from './diagramStages';

export type { DiagramKernel, DiagramLink } from './diagramLinks';
export type { StageRole } from './diagramStages';
export { DIAGRAM_FONT } from './diagramPlacement';

/** A centred text label at a baseline. */
export interface TextMark {
  readonly x: number;
  readonly y: number;
  readonly text: string;
}

/** One drawn block: a feature-map stack (one box per tower) or a vector bar. */
export interface DiagramBlock {
  readonly id: string;
  readonly kind: LayerKind;
  readonly role: StageRole;
  /** "55×55×96", or "4096" for a vector. */
  readonly shape: string;
  /** Map side for stacks, length for vectors. */
  readonly size: number;
  /** Channels of a stack; 0 for vectors. */
  readonly channels: number;
  readonly towers: number;
  /** Front-face height and total thickness (towers and the gaps between them), px. */
  readonly faceHeight: number;
  readonly thickness: number;
  readonly frames: readonly BoxFrame[];
  readonly boxes: readonly Cuboid[];
  /** Screen extent of the boxes, and the larger clickable area with the labels. */
  readonly extent: Rect;
  readonly hit: Rect;
  readonly cx: number;
  readonly idLabel: TextMark;
  readonly shapeLabel: TextMark;
  /** Ids of the in-place layers drawn as steps after it: ["relu1", "norm1"]. */
  readonly steps: readonly string[];
}

/** An in-place layer (ReLU, LRN, dropout, softmax): a tick on the rail after its block. */
export interface DiagramStep {
  readonly id: string;
  readonly kind: LayerKind;
  /** The block it works on: `conv1` for `relu1`. */
  readonly host: string;
  readonly x: number;
  readonly y: number;
  readonly label: TextMark;
}

export interface DiagramLayout {
  readonly width: number;
  readonly height: number;
  readonly rows: Rows;
  readonly blocks: readonly DiagramBlock[];
  readonly kernels: readonly DiagramKernel[];
  readonly links: readonly DiagramLink[];
  readonly steps: readonly DiagramStep[];
  /** The line along the bottom that strings blocks and steps together in network order. */
  readonly rail?: { readonly x1: number; readonly x2: number; readonly y: number };
  /** Layer id → id of the block that shows it (`relu1` → `conv1`). */
  readonly owners: ReadonlyMap<string, string>;
}

/**
 * Lays the network out across `width` px (wider when it cannot fit; the caller scrolls).
 * Layers after an analysis error are absent from `layers`, so they are simply not drawn.
 * `maxRegion` caps the height of the drawing band (px), for a compact diagram.
 */
export function layoutNetwork(layers: readonly LayerInfo[], width: number, maxRegion = 176): DiagramLayout {
  const stages = stagesOf(layers);
  const lastSteps = stages.at(-1)?.steps.length ?? 0;
  const trailing = lastSteps > 0 ? lastSteps * STEP_SPACING + 12 : 0;
  // Tried in order until one fits: shape labels on one row, then alternating between two
  // rows, then thinner boxes. The last try is used even when it does not fit (it scrolls).
  const tries = [
    { staggered: false, thin: 1 },
    { staggered: true, thin: 1 },
    { staggered: true, thin: 0.8 },
    { staggered: true, thin: 0.6 },
  ] as const;
  let chosen = attempt(stages, width, trailing, tries[0], maxRegion);
  for (const t of tries.slice(1)) {
    if (chosen.placement.natural <= width) break;
    chosen = attempt(stages, width, trailing, t, maxRegion);
  }
  const { dims, items, placement, staggered } = chosen;
  const lowered = staggered ? lowerWhereCrowded(items, placement.cxs) : items.map(() => false);
  const rows = rowsFor(width, lowered.some(Boolean), maxRegion);
  const halves = hitHalves(items, placement.cxs);
  const blocks = stages.flatMap((s, i) => {
    const d = dims[i];
    return d ? [placeBlock(s, d, placement.cxs[i] ?? 0, halves[i] ?? 0, rows, lowered[i] ?? false)] : [];
  });
  const placed = blocks.map(toPlaced);
  const kernels: DiagramKernel[] = [];
  const links: DiagramLink[] = [];
  stages.forEach((s, i) => {
    const from = placed[i - 1];
    const to = placed[i];
    if (!from || !to) return;
    if (s.info.layer.kind === 'conv')
      kernels.push(...kernelsFor(s.info.layer.id, s.info.layer.kernel, s.towers, from, to));
    else {
      const link = linkBetween(from, to, s.role === 'dense' ? 'flow' : 'pool');
      if (link) links.push(link);
    }
  });

  const steps = stages.flatMap((s, i) => {
    const here = blocks[i];
    if (!here) return [];
    const left = here.extent.x + here.extent.width;
    const next = blocks[i + 1];
    const right = next ? next.extent.x : left + trailing;
    return placeSteps(s, left, right - left, rows, placement.width);
  });
  const firstX = blocks[0]?.cx;
  const lastX = Math.max(blocks.at(-1)?.cx ?? 0, steps.at(-1)?.x ?? 0);
  return {
    width: placement.width,
    height: rows.height,
    rows,
    blocks,
    kernels,
    links,
    steps,
    ...(firstX !== undefined ? { rail: { x1: firstX, x2: lastX, y: rows.railY } } : {}),
    owners: ownersOf(stages),
  };
}

/** The block that shows a layer: itself if drawn, its host block if in place, else undefined. */
export function blockOf(layout: DiagramLayout, layerId: string): string | undefined {
  return layout.owners.get(layerId);
}

/** One way of fitting the stages: box sizes, label widths and the resulting placement. */
function attempt(
  stages: readonly Stage[],
  width: number,
  trailing: number,
  t: { staggered: boolean; thin: number },
  maxRegion: number,
) {
  const sizing = sizingFor(stages, rowsFor(width, false, maxRegion), width * t.thin);
  const dims = stages.map((s) => dimsOf(s, sizing));
  const items: Item[] = stages.map((s, i) => ({
    blockWidth: dims[i]?.width ?? 0,
    idWidth: textWidth(s.info.layer.id, DIAGRAM_FONT.id, true),
    shapeWidth: textWidth(formatShape(s.info.outputShape), DIAGRAM_FONT.shape),
    ...(i > 0 ? gapBefore(s, stages[i - 1]?.steps.length ?? 0) : { gapMin: 0, weight: 0 }),
  }));
  return { dims, items, staggered: t.staggered, placement: placeItems(items, trailing, width, t.staggered) };
}

interface Dims {
  readonly faceHeight: number;
  readonly recede: number;
  readonly thickness: number;
  readonly width: number;
}

function dimsOf(stage: Stage, sizing: Sizing): Dims {
  const shape = stage.info.outputShape;
  if (shape.kind === 'vector') {
    const faceHeight = sizing.bar(shape.length);
    return { faceHeight, recede: BAR_RECEDE, thickness: BAR_THICKNESS, width: BAR_THICKNESS + BAR_RECEDE };
  }
  const [h, w, c] = shape.hwc;
  const gaps = TOWER_GAP * (stage.towers - 1);
  // Each tower keeps at least 3 px, so even a thin grouped stack shows its split.
  const thickness = Math.max(sizing.thickness(c), gaps + 3 * stage.towers);
  const recede = sizing.face(w) * RECEDE;
  return { faceHeight: sizing.face(h), recede, thickness, width: thickness + recede };
}

function placeBlock(stage: Stage, d: Dims, cx: number, hitHalf: number, rows: Rows, lower: boolean): DiagramBlock {
  const shape = stage.info.outputShape;
  const x0 = cx - d.width / 2;
  // Centre the whole drawn extent (front face plus receding top) on the region's middle.
  const y0 = rows.mid - (d.faceHeight - d.recede) / 2;
  const n = stage.towers;
  const towerThickness = (d.thickness - TOWER_GAP * (n - 1)) / n;
  const frames: BoxFrame[] = Array.from({ length: n }, (_, j) => ({
    x: x0 + j * (towerThickness + TOWER_GAP),
    y: y0,
    thickness: towerThickness,
    height: d.faceHeight,
    recede: d.recede,
  }));
  const extent = frameExtent({ x: x0, y: y0, thickness: d.thickness, height: d.faceHeight, recede: d.recede });
  const top = rows.idBaseline - DIAGRAM_FONT.id - 5;
  const shapeY = lower ? rows.shapeBaseline2 : rows.shapeBaseline;
  return {
    id: stage.info.layer.id,
    kind: stage.info.layer.kind,
    role: stage.role,
    shape: formatShape(shape),
    size: shape.kind === 'vector' ? shape.length : shape.hwc[0],
    channels: shape.kind === 'vector' ? 0 : shape.hwc[2],
    towers: n,
    faceHeight: d.faceHeight,
    thickness: d.thickness,
    frames,
    boxes: frames.map((f) => cuboid(f)),
    extent,
    hit: { x: cx - hitHalf, y: top, width: 2 * hitHalf, height: shapeY + 6 - top },
    cx,
    idLabel: { x: cx, y: rows.idBaseline, text: stage.info.layer.id },
    shapeLabel: { x: cx, y: shapeY, text: formatShape(shape) },
    steps: stage.steps.map((s) => s.layer.id),
  };
}

function toPlaced(b: DiagramBlock): Placed {
  return {
    id: b.id,
    frames: b.frames,
    side: b.channels > 0 ? b.size : 0,
    hitLeft: b.hit.x,
    hitRight: b.hit.x + b.hit.width,
  };
}

/** Ticks spread evenly over the room after a block; labels kept inside the picture. */
function placeSteps(stage: Stage, left: number, room: number, rows: Rows, width: number): DiagramStep[] {
  const n = stage.steps.length;
  return stage.steps.map((info, k) => {
    const x = left + ((k + 1) * room) / (n + 1);
    const half = textWidth(info.layer.id, DIAGRAM_FONT.small) / 2 + 2;
    const labelX = Math.min(width - half, Math.max(half, x));
    return {
      id: info.layer.id,
      kind: info.layer.kind,
      host: stage.info.layer.id,
      x,
      y: rows.railY,
      label: { x: labelX, y: rows.railLabelBaseline, text: info.layer.id },
    };
  });
}
