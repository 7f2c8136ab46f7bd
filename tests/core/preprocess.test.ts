import { describe, expect, it } from 'vitest';
import { cropGeometry, denormalize, normalize, resizeCrop } from '../../src/core/preprocess';
import type { RgbaImage } from '../../src/core/tensorData';

const solid = (w: number, h: number, rgb: [number, number, number]): RgbaImage => {
  const data = new Uint8ClampedArray(w * h * 4);
  for (let i = 0; i < w * h; i++) data.set([...rgb, 255], i * 4);
  return { width: w, height: h, data };
};

describe('preprocessing', () => {
  it('scales the shorter side and centres the crop: 451×300 → 227', () => {
    // 227/300 = 0.7567; 451·0.7567 = 341.3 → 341; (341 − 227)/2 = 57
    const g = cropGeometry(451, 300, 227);
    expect(g.resized).toEqual([341, 227]);
    expect(g.offset).toEqual([57, 0]);
  });
  it('keeps a solid colour solid at any scale, and 1×1 grows to the full size', () => {
    for (const [w, h] of [
      [1, 1],
      [3000, 2000],
      [227, 227],
      [50, 400],
    ] as const) {
      const out = resizeCrop(solid(w, h, [10, 200, 90]), 227);
      expect(out.width).toBe(227);
      expect(Array.from(out.data.slice(0, 4))).toEqual([10, 200, 90, 255]);
      expect(Array.from(out.data.slice(-4))).toEqual([10, 200, 90, 255]);
    }
  });
  it('averages when shrinking: a 2×2 checkerboard of 0/255 into one pixel is mid-grey', () => {
    const img: RgbaImage = {
      width: 2,
      height: 2,
      data: new Uint8ClampedArray([0, 0, 0, 255, 255, 255, 255, 255, 255, 255, 255, 255, 0, 0, 0, 255]),
    };
    const out = resizeCrop(img, 1);
    expect(out.data[0]).toBe(128); // 127.5 rounds up in a clamped array
  });
  it('normalises with the ImageNet statistics', () => {
    const t = normalize(solid(2, 2, [255, 0, 124]));
    expect(t.shape).toEqual([2, 2, 3]);
    expect(t.data[0]).toBeCloseTo((1 - 0.485) / 0.229, 5);
    expect(t.data[1]).toBeCloseTo((0 - 0.456) / 0.224, 5);
    expect(t.data[2]).toBeCloseTo((124 / 255 - 0.406) / 0.225, 5);
  });
  it('denormalize gives back the pixels that were normalised', () => {
    const img = solid(3, 2, [7, 128, 250]);
    const back = denormalize(normalize(img));
    expect(back.width).toBe(3);
    expect(back.height).toBe(2);
    expect(Array.from(back.data)).toEqual(Array.from(img.data));
  });
});
