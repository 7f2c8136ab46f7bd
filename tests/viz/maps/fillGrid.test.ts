import { describe, expect, it } from 'vitest';
import { colormapLut } from '../../../src/viz/maps/colormap';
import { fillFeatureGrid, fillVector, vectorLayout, vectorRange } from '../../../src/viz/maps/fillGrid';
import { channelRange, featureGridModel, fillFeatureGridModel } from '../../../src/viz/maps/featureGrid';
import { gridLayout } from '../../../src/viz/maps/gridLayout';

const lut = colormapLut('viridis');
const VIRIDIS_0 = [68, 1, 84, 255];
const VIRIDIS_1 = [253, 231, 37, 255];
const px = (buf: Uint8ClampedArray, width: number, x: number, y: number) =>
  Array.from(buf.slice((y * width + x) * 4, (y * width + x) * 4 + 4));

describe('fillFeatureGrid', () => {
  // Two channels of 2×1 (h 1, w 2): ch0 = [0, 4], ch1 = [2, 2].
  const maps = { shape: [1, 2, 2], data: Float32Array.from([0, 2, 4, 2]) };
  const layout = gridLayout(2, 2, 1, { cols: 2, gap: 1 }); // canvas 5×1: tile, gap, tile

  it('colours each tile through the LUT on a shared range, leaving gaps transparent', () => {
    const out = new Uint8ClampedArray(layout.width * layout.height * 4);
    fillFeatureGrid(out, maps, [1, 2, 2], layout, [0, 1], lut, () => ({ lo: 0, hi: 4 }));
    expect(px(out, 5, 0, 0)).toEqual(VIRIDIS_0);
    expect(px(out, 5, 1, 0)).toEqual(VIRIDIS_1);
    expect(px(out, 5, 2, 0)).toEqual([0, 0, 0, 0]);
    expect(px(out, 5, 3, 0)).toEqual(Array.from(lut.slice(128 * 4, 128 * 4 + 4))); // 2 of 0…4 → 127.5 → 128
  });
  it('follows the display order and clamps values outside the range', () => {
    const out = new Uint8ClampedArray(layout.width * 4);
    fillFeatureGrid(out, maps, [1, 2, 2], layout, [1, 0], lut, () => ({ lo: 2.5, hi: 3 }));
    expect(px(out, 5, 0, 0)).toEqual(VIRIDIS_0); // channel 1 first: 2 < lo
    expect(px(out, 5, 4, 0)).toEqual(VIRIDIS_1); // channel 0's 4 > hi
  });
  it('stretches each channel to its own range in channel mode; a flat channel gets entry 0', () => {
    const model = featureGridModel(maps, 'index', 'channel');
    if (!model) throw new Error('model');
    expect(channelRange(model, 1)).toEqual({ lo: 2, hi: 2 });
    const out = new Uint8ClampedArray(model.layout.width * model.layout.height * 4);
    fillFeatureGridModel(out, maps, model, lut);
    const w = model.layout.width;
    expect(px(out, w, 0, 0)).toEqual(VIRIDIS_0);
    expect(px(out, w, 1, 0)).toEqual(VIRIDIS_1);
    expect(px(out, w, model.layout.tileW + model.layout.gap, 0)).toEqual(VIRIDIS_0);
  });
  it('refuses data that is not an [h, w, c] stack', () => {
    expect(featureGridModel({ shape: [4], data: new Float32Array(4) }, 'index', 'layer')).toBeUndefined();
    expect(featureGridModel({ shape: [2, 2, 2], data: new Float32Array(7) }, 'index', 'layer')).toBeUndefined();
  });
});

describe('dense strips', () => {
  it('lay vectors out near-square', () => {
    expect(vectorLayout(4096)).toEqual({ cols: 64, rows: 64 });
    expect(vectorLayout(1000)).toEqual({ cols: 32, rows: 32 });
    expect(vectorLayout(9216)).toEqual({ cols: 96, rows: 96 });
  });
  it('fill one cell per value and report min, max and argmax', () => {
    const values = Float32Array.from([-1, 3, 1]);
    expect(vectorRange(values)).toEqual({ lo: -1, hi: 3, argmax: 1 });
    const out = new Uint8ClampedArray(4 * 4);
    fillVector(out, values, lut, { lo: -1, hi: 3 });
    expect(px(out, 2, 0, 0)).toEqual(VIRIDIS_0);
    expect(px(out, 2, 1, 0)).toEqual(VIRIDIS_1);
    expect(px(out, 2, 1, 1)).toEqual([0, 0, 0, 0]); // 4th cell: no value
  });
});
