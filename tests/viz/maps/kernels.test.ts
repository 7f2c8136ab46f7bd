import { describe, expect, it } from 'vitest';
import { normalize } from '../../../src/core/preprocess';
import { gridLayout } from '../../../src/viz/maps/gridLayout';
import {
  absMax,
  fillFilterTiles,
  fillKernelRgb,
  fillNormalizedPatch,
  filterRanges,
} from '../../../src/viz/maps/kernels';

// A [1, 1, 3, 2] kernel: index ((ky·k + kx)·depth + d)·filters + f = d·2 + f.
// Filter 0 = (R −1, G 0, B 1); filter 1 = (R 0.5, G 0.5, B 0.5).
const kernel = { shape: [1, 1, 3, 2], data: Float32Array.from([-1, 0.5, 0, 0.5, 1, 0.5]) };

describe('kernel pictures', () => {
  it('find each filter’s weight range', () => {
    expect(filterRanges(kernel, [1, 1, 3, 2])).toEqual([
      { lo: -1, hi: 1 },
      { lo: 0.5, hi: 0.5 },
    ]);
  });
  it('stretch each filter to its own range with one scale for R, G and B', () => {
    const layout = gridLayout(2, 1, 1, { cols: 2, gap: 1 });
    const out = new Uint8ClampedArray(layout.width * 4);
    fillFilterTiles(out, kernel, [1, 1, 3, 2], layout, filterRanges(kernel, [1, 1, 3, 2]));
    expect(Array.from(out.slice(0, 4))).toEqual([0, 128, 255, 255]); // (−1, 0, 1) on −1…1
    expect(Array.from(out.slice(4, 8))).toEqual([0, 0, 0, 0]); // gap
    expect(Array.from(out.slice(8, 12))).toEqual([0, 0, 0, 255]); // a flat filter reads as black
  });
  it('turn a normalised input patch back into the original bytes, padding as grey', () => {
    const img = { width: 2, height: 1, data: Uint8ClampedArray.from([10, 120, 250, 255, 0, 255, 30, 255]) };
    const patchData = normalize(img).data;
    // A 2×2 patch: the image's two pixels on top, the bottom row in the padding.
    const out = new Uint8ClampedArray(4 * 4);
    const square = { shape: [2, 2, 3], data: Float32Array.from([...patchData, 0, 0, 0, 0, 0, 0]) };
    fillNormalizedPatch(out, square, Uint8Array.from([0, 0, 1, 1]));
    expect(Array.from(out.slice(0, 8))).toEqual([10, 120, 250, 255, 0, 255, 30, 255]);
    expect(Array.from(out.slice(8, 12))).toEqual([190, 190, 190, 255]);
  });
  it('draw one filter as RGB and report its range; absMax is the diverging half-width', () => {
    const w = { shape: [1, 2, 3], data: Float32Array.from([0, 0.2, 0.4, -0.4, 0, 0]) };
    const out = new Uint8ClampedArray(8);
    expect(fillKernelRgb(out, w)).toEqual({ lo: expect.closeTo(-0.4, 6), hi: expect.closeTo(0.4, 6) });
    expect(Array.from(out)).toEqual([128, 191, 255, 255, 0, 128, 128, 255]);
    expect(absMax(w.data)).toBeCloseTo(0.4, 6);
  });
});
