/**
 * Oblique ("cabinet") projection of feature-map stacks, as in the classic AlexNet figure:
 * channels run left to right (a box's thickness), the map's height is drawn upright, and its
 * width recedes up and to the right at 45° at half length. Pure geometry, no DOM.
 */

/** A point in SVG user units (px of the diagram's viewBox). */
export type Point = readonly [x: number, y: number];

/** A straight line from one point to another. */
export type Segment = readonly [from: Point, to: Point];

/** Screen x and y moved per px of receding depth: half length at 45° (cos 45° / 2). */
export const RECEDE = Math.SQRT1_2 / 2;

/**
 * Where one box sits: top-left corner of its front face, its thickness (channels), the front
 * face's height (map height) and the receding edge's projected offset (map width · RECEDE).
 */
export interface BoxFrame {
  readonly x: number;
  readonly y: number;
  readonly thickness: number;
  readonly height: number;
  readonly recede: number;
}

/** The three faces of a box that the viewer sees, each a closed polygon. */
export interface Cuboid {
  readonly front: readonly Point[];
  readonly top: readonly Point[];
  readonly side: readonly Point[];
}

/**
 * A point of a box in fractions: d along the channels (0 = left), u along the receding map
 * width (0 = front), v down the map height (0 = top). (1, 1, 0) is the far top-right corner.
 */
export function project(frame: BoxFrame, d: number, u: number, v: number): Point {
  return [frame.x + d * frame.thickness + u * frame.recede, frame.y + v * frame.height - u * frame.recede];
}

/** The visible faces of the part of a box between the given fractions (whole box by default). */
export function cuboid(frame: BoxFrame, d0 = 0, d1 = 1, u0 = 0, u1 = 1, v0 = 0, v1 = 1): Cuboid {
  const p = (d: number, u: number, v: number) => project(frame, d, u, v);
  return {
    front: [p(d0, u0, v0), p(d1, u0, v0), p(d1, u0, v1), p(d0, u0, v1)],
    top: [p(d0, u0, v0), p(d0, u1, v0), p(d1, u1, v0), p(d1, u0, v0)],
    side: [p(d1, u0, v0), p(d1, u1, v0), p(d1, u1, v1), p(d1, u0, v1)],
  };
}

/** Every corner of a cuboid, for bounds checks. */
export function cuboidPoints(c: Cuboid): Point[] {
  return [...c.front, ...c.top, ...c.side];
}

/** Axis-aligned rectangle in SVG units. */
export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** Screen extent of one box: from the front face's left edge to the receding far corner. */
export function frameExtent(frame: BoxFrame): Rect {
  return {
    x: frame.x,
    y: frame.y - frame.recede,
    width: frame.thickness + frame.recede,
    height: frame.height + frame.recede,
  };
}

/**
 * Rough rendered width of a label. Labels here are layer ids and shapes ("27×27×256"), so
 * per-character widths are close enough; they follow DejaVu Sans, the widest common fallback,
 * so that labels clear each other in narrower fonts too.
 */
export function textWidth(text: string, fontSize: number, bold = false): number {
  let em = 0;
  for (const ch of text) em += ch === '×' ? 0.84 : /[a-z]/.test(ch) ? (bold ? 0.66 : 0.6) : bold ? 0.7 : 0.64;
  return em * fontSize;
}

/** The "SVG points" attribute of a polygon. */
export function pointsAttr(points: readonly Point[]): string {
  return points.map(([x, y]) => `${x.toFixed(1)},${y.toFixed(1)}`).join(' ');
}
