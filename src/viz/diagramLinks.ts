/**
 * What joins two blocks of the network diagram. Into a conv: the classic kernel box drawn in
 * the input stack with a cone of lines to the output value it computes, one per channel group
 * (the paper's conv2 has two kernels of depth 48, each feeding its own tower). Anything else
 * (pooling, flatten, dense): a thin funnel from one block's edges to the next one's.
 */
import { type BoxFrame, type Cuboid, type Point, type Segment, cuboid, project, textWidth } from './diagramGeometry';
import { DIAGRAM_FONT } from './diagramPlacement';

/** A block as far as links need it: its towers' frames and its map side (0 for vectors). */
export interface Placed {
  readonly id: string;
  readonly frames: readonly BoxFrame[];
  readonly side: number;
  /** Left and right edges of its clickable area, which the highlight fills. */
  readonly hitLeft: number;
  readonly hitRight: number;
}

/** One kernel of a conv layer, drawn inside the layer's input stack. */
export interface DiagramKernel {
  /** The conv layer this kernel belongs to (`conv2`). */
  readonly layerId: string;
  readonly group: number;
  readonly groups: number;
  /** The kernel box, one piece per input tower it spans (conv3 of the paper spans both). */
  readonly pieces: readonly Cuboid[];
  readonly lines: readonly Segment[];
  /** The output value it computes, on the conv's own block. */
  readonly target: Point;
  /** "5×5", in the gap between the blocks; absent when the gap is too narrow for it. */
  readonly label?: { readonly x: number; readonly y: number; readonly text: string };
}

/** A funnel between two blocks (pooling, flatten, dense). */
export interface DiagramLink {
  readonly from: string;
  readonly to: string;
  readonly style: 'pool' | 'flow';
  readonly lines: readonly Segment[];
}

// Where the kernel sits in its input stack, as fractions of the map: a little right of and
// below the middle, so the cone to the next block is clear of the block's top edge.
const KERNEL_U = 0.45;
const KERNEL_V = 0.55;
/** A kernel is never drawn smaller than this on screen, so 3×3 on a 13×13 map stays visible. */
const MIN_KERNEL_PX = 6;

/** The kernels of one conv layer: `groups` boxes in `input`, each with a cone to `output`. */
export function kernelsFor(
  layerId: string,
  kernel: number,
  groups: number,
  input: Placed,
  output: Placed,
): DiagramKernel[] {
  const first = input.frames[0];
  if (!first || input.side <= 0) return [];
  const along = Math.min(0.8, Math.max(MIN_KERNEL_PX / first.height, kernel / input.side));
  const u0 = KERNEL_U - along / 2;
  const u1 = KERNEL_U + along / 2;
  const v0 = KERNEL_V - along / 2;
  const v1 = KERNEL_V + along / 2;
  const kernels: DiagramKernel[] = [];
  for (let g = 0; g < groups; g++) {
    const spans = spansOf(input.frames, g / groups, (g + 1) / groups);
    const last = spans.at(-1);
    const outFrame = output.frames[Math.min(g, output.frames.length - 1)];
    if (!last || !outFrame) continue;
    const pieces = spans.map((s) => cuboid(s.frame, s.a, s.b, u0, u1, v0, v1));
    const target = project(outFrame, 0, KERNEL_U, KERNEL_V);
    const upper = project(last.frame, last.b, u1, v0);
    const lower = project(last.frame, last.b, u0, v1);
    const lines: Segment[] = [
      [upper, target],
      [lower, target],
    ];
    const label = g === 0 ? kernelLabel(`${kernel}×${kernel}`, input, output, upper, target) : undefined;
    kernels.push({ layerId, group: g, groups, pieces, lines, target, ...(label ? { label } : {}) });
  }
  return kernels;
}

/**
 * The funnel from one block's right edges to the next block's left edges. Into a dense layer
 * the lines also cross (top to bottom, bottom to top): every input reaches every output.
 */
export function linkBetween(from: Placed, to: Placed, style: DiagramLink['style']): DiagramLink | undefined {
  const a = from.frames.at(-1);
  const b = to.frames[0];
  if (!a || !b) return undefined;
  const [aTop, aBottom] = [project(a, 1, 1, 0), project(a, 1, 0, 1)];
  const [bTop, bBottom] = [project(b, 0, 1, 0), project(b, 0, 0, 1)];
  const lines: Segment[] = [
    [aTop, bTop],
    [aBottom, bBottom],
  ];
  if (style === 'flow') lines.push([aTop, bBottom], [aBottom, bTop]);
  return { from: from.id, to: to.id, style, lines };
}

/** Parts of the depth range [d0, d1] (fractions of all channels) that fall in each tower. */
function spansOf(frames: readonly BoxFrame[], d0: number, d1: number): { frame: BoxFrame; a: number; b: number }[] {
  const n = frames.length;
  const spans: { frame: BoxFrame; a: number; b: number }[] = [];
  frames.forEach((frame, j) => {
    const lo = j / n;
    const a = Math.max(d0, lo);
    const b = Math.min(d1, (j + 1) / n);
    if (b - a > 1e-9) spans.push({ frame, a: (a - lo) * n, b: (b - lo) * n });
  });
  return spans;
}

/**
 * The kernel size, centred above the cone's upper line: between the two blocks' highlight
 * areas where it fits there, else between the boxes themselves; absent if neither fits.
 */
function kernelLabel(text: string, input: Placed, output: Placed, upper: Point, target: Point) {
  const lastIn = input.frames.at(-1);
  const firstOut = output.frames[0];
  if (!lastIn || !firstOut) return undefined;
  const w = textWidth(text, DIAGRAM_FONT.small) + 6;
  const spans: [number, number][] = [
    [input.hitRight, output.hitLeft],
    [lastIn.x + lastIn.thickness + lastIn.recede, firstOut.x],
  ];
  const span = spans.find(([l, r]) => r - l >= w);
  if (!span) return undefined;
  const x = (span[0] + span[1]) / 2;
  const t = (x - upper[0]) / (target[0] - upper[0] || 1);
  const lineY = upper[1] + t * (target[1] - upper[1]);
  return { x, y: lineY - 6, text };
}
