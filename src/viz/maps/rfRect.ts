/**
 * Receptive-field geometry on the input image, in pixel-edge coordinates: pixel i covers
 * [i, i + 1). The centre of output (x, y) lies on input pixel start + x·jump (analyze.ts),
 * so its square covers edges centre − (size − 1)/2 … centre + (size + 1)/2.
 */
import type { ReceptiveField } from '../../core/analyze';

export interface Rect {
  readonly x0: number;
  readonly y0: number;
  /** Exclusive right / bottom edges. */
  readonly x1: number;
  readonly y1: number;
}

export interface RfPlacement {
  /** The whole square, possibly reaching into the padding outside the image. */
  readonly full: Rect;
  /** The part on the image; null if the square misses it entirely. */
  readonly clipped: Rect | null;
  /** Pixels of the square that fall outside the image (the zero padding). */
  readonly outsidePixels: number;
}

/**
 * Where the receptive field of output pixel `at` lies on a width×height input.
 * Example: conv1 of the seed (size 11, jump 4, start 5), at (0, 0) → full [0, 11) × [0, 11);
 * torchvision's conv1 (start 3) → [−2, 9): two columns of padding.
 */
export function rfPlacement(
  rf: ReceptiveField,
  at: { x: number; y: number },
  width: number,
  height: number,
): RfPlacement {
  if (rf.wholeImage) {
    const all = { x0: 0, y0: 0, x1: width, y1: height };
    return { full: all, clipped: all, outsidePixels: 0 };
  }
  const cx = rf.start + at.x * rf.jump;
  const cy = rf.start + at.y * rf.jump;
  const half = (rf.size - 1) / 2;
  const full = { x0: cx - half, y0: cy - half, x1: cx + half + 1, y1: cy + half + 1 };
  const x0 = Math.max(0, full.x0);
  const y0 = Math.max(0, full.y0);
  const x1 = Math.min(width, full.x1);
  const y1 = Math.min(height, full.y1);
  const clipped = x1 > x0 && y1 > y0 ? { x0, y0, x1, y1 } : null;
  const inside = clipped ? (x1 - x0) * (y1 - y0) : 0;
  return { full, clipped, outsidePixels: rf.size * rf.size - inside };
}

/**
 * How far a layer's receptive fields reach past the image edge (the padding a picture must
 * show), from the first output pixel: conv5 of the seed (size 163, start 17) → 64.
 */
export function rfOverhang(rf: ReceptiveField): number {
  if (rf.wholeImage) return 0;
  return Math.max(0, Math.ceil((rf.size - 1) / 2 - rf.start));
}

/**
 * Where an h×w feature map lies when overlaid on the input: cell (x, y) covers the jump×jump
 * square centred on its receptive-field centre. conv1 (jump 4, start 5), 55×55 → x 3.5…223.5.
 */
export function mapOverlayRect(rf: ReceptiveField, mapW: number, mapH: number, width: number, height: number): Rect {
  if (rf.wholeImage) return { x0: 0, y0: 0, x1: width, y1: height };
  const x0 = rf.start + 0.5 - rf.jump / 2;
  return { x0, y0: x0, x1: x0 + mapW * rf.jump, y1: x0 + mapH * rf.jump };
}
