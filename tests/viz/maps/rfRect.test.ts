import { describe, expect, it } from 'vitest';
import { mapOverlayRect, rfOverhang, rfPlacement } from '../../../src/viz/maps/rfRect';

// Receptive fields as analyze() derives them (see the layer table's rf column).
const seedConv1 = { size: 11, jump: 4, start: 5, wholeImage: false };
const torchConv1 = { size: 11, jump: 4, start: 3, wholeImage: false };
const seedConv5 = { size: 163, jump: 16, start: 17, wholeImage: false };

describe('receptive-field rectangles', () => {
  it('place conv1’s first and last windows on the 227-px image exactly', () => {
    expect(rfPlacement(seedConv1, { x: 0, y: 0 }, 227, 227)).toEqual({
      full: { x0: 0, y0: 0, x1: 11, y1: 11 },
      clipped: { x0: 0, y0: 0, x1: 11, y1: 11 },
      outsidePixels: 0,
    });
    // (55 − 1)·4 = 216: the last window covers pixels 216…226.
    expect(rfPlacement(seedConv1, { x: 54, y: 10 }, 227, 227).full).toEqual({ x0: 216, y0: 40, x1: 227, y1: 51 });
  });
  it('clip windows that reach into the padding and count the padded pixels', () => {
    const p = rfPlacement(torchConv1, { x: 0, y: 3 }, 224, 224);
    expect(p.full).toEqual({ x0: -2, y0: 10, x1: 9, y1: 21 });
    expect(p.clipped).toEqual({ x0: 0, y0: 10, x1: 9, y1: 21 });
    expect(p.outsidePixels).toBe(2 * 11);
    const c5 = rfPlacement(seedConv5, { x: 0, y: 0 }, 227, 227);
    expect(c5.full).toEqual({ x0: -64, y0: -64, x1: 99, y1: 99 });
    expect(c5.outsidePixels).toBe(163 * 163 - 99 * 99);
    expect(rfPlacement(seedConv1, { x: 100, y: 0 }, 227, 227).clipped).toBeNull();
  });
  it('cover the whole image from the first fully connected layer on', () => {
    const p = rfPlacement({ ...seedConv5, wholeImage: true }, { x: 3, y: 3 }, 227, 227);
    expect(p.clipped).toEqual({ x0: 0, y0: 0, x1: 227, y1: 227 });
  });
  it('know how much padding a layer needs shown and where a map lies on the image', () => {
    expect(rfOverhang(seedConv1)).toBe(0);
    expect(rfOverhang(torchConv1)).toBe(2);
    expect(rfOverhang(seedConv5)).toBe(64);
    expect(mapOverlayRect(seedConv1, 55, 55, 227, 227)).toEqual({ x0: 3.5, y0: 3.5, x1: 223.5, y1: 223.5 });
  });
});
