import { describe, expect, it } from 'vitest';
import { featureGridModel } from '../../../src/viz/maps/featureGrid';
import { cursorAtMax, sameCursor, stepCursor } from '../../../src/viz/maps/gridCursor';
import { gridLayout, hitTest, moveSlot, tileBoxPercent, tileOrigin } from '../../../src/viz/maps/gridLayout';

describe('grid layout', () => {
  it('puts conv1’s 96 maps of 55×55 in 12 columns and 8 rows', () => {
    const g = gridLayout(96, 55, 55);
    expect(g).toMatchObject({ cols: 12, rows: 8, gap: 3, width: 12 * 55 + 11 * 3, height: 8 * 55 + 7 * 3 });
    expect(g.width).toBe(693);
    expect(tileOrigin(g, 0)).toEqual([0, 0]);
    expect(tileOrigin(g, 11)).toEqual([11 * 58, 0]);
    expect(tileOrigin(g, 13)).toEqual([58, 58]);
  });
  it('keeps the gaps visible when large maps are shown shrunk: about a twentieth of a tile', () => {
    // conv1 at stride 2 (ZFNet's 110, an edited 109): 12 tiles of 109 px fill a ~450 px column at a
    // third of their size; a 5 px gap stays 1.6 px there, where 2 px would shrink below one.
    expect(gridLayout(96, 109, 109).gap).toBe(5);
    expect(gridLayout(96, 27, 27).gap).toBe(2);
    expect(gridLayout(96, 6, 6).gap).toBe(1);
  });
  it('puts 384 maps of 13×13 in 24 columns, 1-px gaps', () => {
    const g = gridLayout(384, 13, 13);
    expect(g).toMatchObject({ cols: 24, rows: 16, gap: 1, width: 24 * 13 + 23, height: 16 * 13 + 15 });
  });
  it('uses no more columns than the rows need', () => {
    expect(gridLayout(256, 13, 13)).toMatchObject({ cols: 20, rows: 13 });
    expect(gridLayout(3, 11, 11)).toMatchObject({ cols: 3, rows: 1 });
    expect(gridLayout(10, 5, 5, { cols: 4 })).toMatchObject({ cols: 4, rows: 3 });
  });
  it('finds the tile and pixel under a point, and nothing in gaps or past the last tile', () => {
    const g = gridLayout(95, 55, 55, { gap: 2 });
    expect(hitTest(g, 57 + 3, 57 + 4)).toEqual({ slot: 13, x: 3, y: 4 });
    expect(hitTest(g, 54.9, 0)).toEqual({ slot: 0, x: 54, y: 0 });
    expect(hitTest(g, 55.5, 10)).toBeNull(); // gap
    expect(hitTest(g, -1, 10)).toBeNull();
    expect(hitTest(g, 11 * 57 + 1, 7 * 57 + 1)).toBeNull(); // slot 95 does not exist
    expect(hitTest(g, 10 * 57 + 1, 7 * 57 + 1)).toEqual({ slot: 94, x: 1, y: 1 });
  });
  it('gives overlay boxes in percent and clamps keyboard moves to the grid', () => {
    const g = gridLayout(4, 10, 10, { cols: 2, gap: 0 });
    expect(tileBoxPercent(g, 3)).toEqual({ left: '50%', top: '50%', width: '50%', height: '50%' });
    const h = gridLayout(10, 5, 5, { cols: 4 });
    expect(moveSlot(h, 0, -1, 0)).toBe(0);
    expect(moveSlot(h, 3, 1, 0)).toBe(3);
    expect(moveSlot(h, 5, 0, 1)).toBe(9);
    expect(moveSlot(h, 7, 0, 1)).toBe(9); // row 2 has slots 8 and 9 only
    expect(moveSlot(h, 9, 0, -1)).toBe(5);
  });
});

describe('keyboard cursor over a feature-map grid', () => {
  // 5 channels of 3×3 in 3 columns; channel c has its max at (c % 3, 1).
  const data = new Float32Array(3 * 3 * 5);
  for (let c = 0; c < 5; c++) data[(1 * 3 + (c % 3)) * 5 + c] = c + 1;
  const model = featureGridModel({ shape: [3, 3, 5], data }, 'max', 'layer');
  if (!model) throw new Error('model');
  it('starts on the first map in display order, at its max', () => {
    expect(model.order).toEqual([4, 3, 2, 1, 0]);
    expect(stepCursor(model, null, 1, 0, false)).toEqual({ channel: 4, x: 1, y: 1 });
  });
  it('moves between maps in display order and within a map with Shift, clamped', () => {
    const c4 = cursorAtMax(model, 4);
    expect(stepCursor(model, c4, 1, 0, false)).toEqual({ channel: 3, x: 0, y: 1 });
    expect(stepCursor(model, c4, 0, 1, false)).toEqual({ channel: 1, x: 1, y: 1 }); // slot 3
    expect(stepCursor(model, c4, -1, 0, true)).toEqual({ channel: 4, x: 0, y: 1 });
    expect(stepCursor(model, { channel: 4, x: 0, y: 0 }, -1, -1, true)).toEqual({ channel: 4, x: 0, y: 0 });
    expect(sameCursor(c4, { channel: 4, x: 1, y: 1 })).toBe(true);
    expect(sameCursor(c4, null)).toBe(false);
  });
});
