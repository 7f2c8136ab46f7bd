/**
 * Where everything goes on a PNG slide of 1920×1080, as a list of drawing operations, so that
 * its rules are tested without a canvas (tests/classroom/slideLayout.test.ts): the title once
 * (its kind only where it says something else, never "softmax softmax"), the count only where
 * it adds to the numbers, the random/trained badge on every step, the key numbers two to a
 * row, the top five as a list with bars, and no text under `minTextPx`. The pictures go in the
 * room it leaves (fitPictures); slidePng.ts draws it all.
 */
import type { SlideNumber } from './slideContent';

/** The five most likely classes as the step shows them (the softmax step, fc8, the results). */
export interface TopFive {
  /** "Top 5 of 1000 classes". */
  readonly heading: string;
  /** "Random weights: these predictions mean nothing."; '' for trained weights. */
  readonly warning: string;
  readonly rows: readonly { readonly name: string; readonly value: number; readonly percent: string }[];
}

/** The words of the slide, already in the page's language. */
export interface SlideText {
  readonly title: string;
  /** '' where it would repeat the title (stepSlide.ts). */
  readonly kind: string;
  /** "layer 1 of 8", or '' (stepSlide.ts). */
  readonly count: string;
  /** "Random weights (seed 42), not trained", or the trained weights' line. */
  readonly badge: string;
  readonly numbers: readonly SlideNumber[];
  readonly source: string;
  readonly top?: TopFive;
}

export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export type Weight = 400 | 700;

export type DrawOp =
  | {
      readonly kind: 'text';
      readonly text: string;
      /** Left edge, or the right edge for align 'right'; y is the baseline. */
      readonly x: number;
      readonly y: number;
      readonly size: number;
      readonly weight: Weight;
      readonly color: string;
      /** Wider text is squeezed to this width (canvas fillText's maxWidth) rather than clipped. */
      readonly maxWidth: number;
      readonly align?: 'right';
    }
  | { readonly kind: 'frame'; readonly rect: Rect; readonly color: string; readonly lineWidth: number }
  | { readonly kind: 'fill'; readonly rect: Rect; readonly color: string };

/** Width of `text` at `size` px and `weight` in the slide's font. */
export type Measure = (text: string, size: number, weight: Weight) => number;

export interface SlideLayout {
  readonly ops: readonly DrawOp[];
  /** Where the step's pictures go (maps, strip, photo, diagram). */
  readonly pictures: Rect;
}

export const slideWidth = 1920;
export const slideHeight = 1080;
/** No text on the PNG is set smaller than this (a 1080p slide read from the back of a room). */
export const minTextPx = 26;
/** The network diagram's labels on the PNG: never smaller than this. */
export const minLabelPx = 21;

const margin = 80;
const ink = '#111827';
const muted = '#374151';
const warn = '#7a3e00';
const accent = '#0a4a9c';
const numbersTop = 270;
/** From one row of key numbers to the next. */
const rowHeight = 118;
const pictureBottom = 990;

/** The slide: text as drawing operations, and the room left for the pictures. */
export function layoutSlide(text: SlideText, measure: Measure, hasPictures = true): SlideLayout {
  const ops: DrawOp[] = [];
  const put = (s: string, x: number, y: number, size: number, weight: Weight, color: string, room: number) => {
    if (!s) return 0;
    const fitted = fitSize(s, size, weight, room, measure);
    ops.push({ kind: 'text', text: s, x, y, size: fitted, weight, color, maxWidth: room });
    return Math.min(measure(s, fitted, weight), room);
  };

  // Title, then its kind; the count at the right.
  const countWidth = text.count ? Math.min(measure(text.count, 34, 400), 560) : 0;
  const headRoom = slideWidth - 2 * margin - (countWidth ? countWidth + 40 : 0);
  const titleWidth = put(text.title, margin, 130, 84, 700, ink, headRoom);
  put(text.kind, margin + titleWidth + 32, 130, 44, 400, muted, headRoom - titleWidth - 32);
  if (text.count)
    ops.push({
      kind: 'text',
      text: text.count,
      x: slideWidth - margin,
      y: 130,
      size: fitSize(text.count, 34, 400, 560, measure),
      weight: 400,
      color: muted,
      maxWidth: 560,
      align: 'right',
    });

  // The badge on one line, in a frame as on the page: on every step, pipeline steps included.
  if (text.badge) {
    const room = slideWidth - 2 * margin - 40;
    const size = fitSize(text.badge, 32, 400, room, measure);
    const width = Math.min(measure(text.badge, size, 400), room);
    ops.push({ kind: 'frame', rect: { x: margin, y: 160, width: width + 40, height: 54 }, color: warn, lineWidth: 3 });
    ops.push({
      kind: 'text',
      text: text.badge,
      x: margin + 20,
      y: 199,
      size,
      weight: 400,
      color: warn,
      maxWidth: room,
    });
  }

  // Key numbers, two columns (a wide one takes a row): label, value, then its note or formula.
  const colWidth = (slideWidth - 2 * margin - 80) / 2;
  const cells = numberCells(text.numbers);
  for (const { number: n, col, row } of cells) {
    const x = margin + col * (colWidth + 80);
    const y = numbersTop + row * rowHeight;
    const width = n.wide ? slideWidth - 2 * margin : colWidth;
    put(n.label, x, y, 30, 400, muted, width);
    const valueWidth = put(n.value, x, y + 52, 46, 700, ink, width);
    const after = [n.note, n.formula?.text].filter(Boolean).join('   ');
    const left = x + (valueWidth ? valueWidth + 28 : 0);
    const room = x + width - left;
    if (!after) continue;
    const lines = measure(after, minTextPx, 400) <= room ? [after] : splitInTwo(after, room, measure);
    if (lines.length === 1) put(after, left, y + 50, 34, 400, ink, room);
    else lines.forEach((l, i) => put(l, left, y + 36 + i * 34, minTextPx, 400, ink, room));
  }

  const rows = cells.reduce((most, c) => Math.max(most, c.row + 1), 0);
  const top = numbersTop + rows * rowHeight - 20;
  const room: Rect = { x: margin, y: top, width: slideWidth - 2 * margin, height: pictureBottom - top };
  let pictures = room;
  if (text.top) {
    // Beside the picture (fc8: its strip) or in its place (softmax, the results).
    const split = hasPictures ? Math.round(room.width * 0.45) : 0;
    pictures = { ...room, width: Math.max(0, split - 40) };
    ops.push(...topFiveOps(text.top, { ...room, x: room.x + split, width: room.width - split }, measure));
  }
  put(text.source, margin, slideHeight - 40, 28, 400, muted, slideWidth - 2 * margin);
  return { ops, pictures };
}

/** The top five in `box`: heading, the warning, then one row per class: name, bar, percentage. */
function topFiveOps(top: TopFive, box: Rect, measure: Measure): DrawOp[] {
  const ops: DrawOp[] = [];
  let y = box.y + 44;
  const text = (s: string, x: number, size: number, weight: Weight, color: string, room: number, right = false) =>
    ops.push({
      kind: 'text',
      text: s,
      x,
      y,
      size: fitSize(s, size, weight, room, measure),
      weight,
      color,
      maxWidth: room,
      ...(right ? { align: 'right' as const } : {}),
    });
  text(top.heading, box.x, 36, 700, ink, box.width);
  if (top.warning) {
    y += 50;
    text(top.warning, box.x, 32, 400, warn, box.width);
  }
  const rowH = Math.min(76, (box.y + box.height - y - 10) / Math.max(1, top.rows.length));
  const pctWidth = 170;
  const nameWidth = Math.round((box.width - pctWidth) * 0.55);
  const barX = box.x + nameWidth + 24;
  const barWidth = box.width - nameWidth - pctWidth - 48;
  for (const r of top.rows) {
    y += rowH;
    text(r.name, box.x, 34, 400, ink, nameWidth);
    const bar = { x: barX, y: y - 30, width: barWidth, height: 32 };
    ops.push({ kind: 'frame', rect: bar, color: muted, lineWidth: 2 });
    ops.push({ kind: 'fill', rect: { ...bar, width: Math.max(0, Math.min(1, r.value)) * barWidth }, color: accent });
    text(r.percent, box.x + box.width, 34, 700, ink, pctWidth, true);
  }
  return ops;
}

/** The size `text` is set at: `size`, or smaller to fit `room`, but never under minTextPx. */
function fitSize(text: string, size: number, weight: Weight, room: number, measure: Measure): number {
  const width = measure(text, size, weight);
  if (width <= room || width === 0) return size;
  return Math.max(minTextPx, Math.floor((size * room) / width));
}

/** Two lines from one, broken at the space that best balances them within `room`. */
function splitInTwo(text: string, room: number, measure: Measure): string[] {
  const words = text.split(' ');
  let best: string[] = [text];
  let bestWidth = Infinity;
  for (let i = 1; i < words.length; i++) {
    const lines = [words.slice(0, i).join(' '), words.slice(i).join(' ')];
    const widest = Math.max(...lines.map((l) => measure(l, minTextPx, 400)));
    if (widest < bestWidth) [best, bestWidth] = [lines, widest];
  }
  return bestWidth <= room * 1.5 ? best : [text];
}

/** Where each number goes: two to a row, a wide one alone on its row. */
function numberCells(numbers: readonly SlideNumber[]): { number: SlideNumber; col: number; row: number }[] {
  let col = 0;
  let row = 0;
  return numbers.map((number) => {
    if (number.wide && col > 0) [col, row] = [0, row + 1];
    const cell = { number, col, row };
    if (number.wide || col === 1) [col, row] = [0, row + 1];
    else col = 1;
    return cell;
  });
}

/**
 * The pictures side by side at one height, as large as `room` allows, centred both ways
 * (width over height of each in `aspects`).
 */
export function fitPictures(aspects: readonly number[], room: Rect, gap = 48): Rect[] {
  if (aspects.length === 0) return [];
  const sum = aspects.reduce((a, b) => a + b, 0);
  const height = Math.max(0, Math.min(room.height, (room.width - gap * (aspects.length - 1)) / sum));
  const total = sum * height + gap * (aspects.length - 1);
  let x = room.x + (room.width - total) / 2;
  const y = room.y + (room.height - height) / 2;
  return aspects.map((a) => {
    const rect = { x, y, width: a * height, height };
    x += a * height + gap;
    return rect;
  });
}

/**
 * The font size, in the drawing's own units, that puts a diagram label at `minLabelPx` on the
 * PNG when the drawing is drawn at `scale` PNG pixels per unit (a 1350-unit diagram drawn
 * 1760 px wide: scale 1.3, floor 16.1 units).
 */
export function labelFloor(scale: number): number {
  return scale > 0 && Number.isFinite(scale) ? minLabelPx / scale : minLabelPx;
}
