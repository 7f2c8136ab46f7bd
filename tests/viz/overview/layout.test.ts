import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/analyze';
import { windowPlan } from '../../../src/core/ops/windows';
import { variants } from '../../../src/core/variants';
import { cell2d, cropFor } from '../../../src/viz/animation/frame';
import {
  hitThumb,
  laneChannels,
  laneCount,
  overviewColumns,
  overviewGeometry,
  overviewWidth,
  minColumnWidth,
  thumbRect,
} from '../../../src/viz/overview/layout';

describe('overview columns', () => {
  it('has input, every conv and pool layer, the dense layers and the top-5 of the seed variant', () => {
    const cols = overviewColumns(analyze(variants.seed));
    expect(cols.map((c) => c.layerId)).toEqual([
      'input',
      'conv1',
      'pool1',
      'conv2',
      'pool2',
      'conv3',
      'conv4',
      'conv5',
      'pool5',
      'fc6',
      'fc7',
      'fc8',
      'softmax',
    ]);
    expect(cols.find((c) => c.layerId === 'conv1')?.shape).toBe('55×55×96');
  });

  it('gives the paper two lanes that cross only at dense layers and ungrouped convs', () => {
    const a = analyze(variants.paper);
    expect(laneCount(a)).toBe(2);
    expect(laneCount(analyze(variants.seed))).toBe(1);
    const crosses = Object.fromEntries(overviewColumns(a).map((c) => [c.layerId, c.crossesLanes]));
    expect([crosses.conv2, crosses.conv3, crosses.conv4, crosses.pool5, crosses.fc6]).toEqual([
      false,
      true,
      false,
      false,
      true,
    ]);
    expect(laneChannels(96, 2, 1)).toEqual([48, 96]);
  });
});

describe('overview geometry', () => {
  for (const [w, h, lanes] of [
    [1920, 760, 1],
    [1280, 500, 1],
    [1280, 500, 2],
  ] as const) {
    it(`fits at least 8 maps per column, inside the canvas, at ${w}×${h} with ${lanes} lane(s)`, () => {
      const g = overviewGeometry(13, w, h, lanes);
      expect(g.perLane * lanes).toBeGreaterThanOrEqual(8);
      for (let col = 0; col < 13; col++)
        for (let lane = 0; lane < lanes; lane++)
          for (let slot = 0; slot < g.perLane; slot++) {
            const r = thumbRect(g, col, lane, slot);
            expect(r.x + r.w).toBeLessThanOrEqual(w);
            expect(r.y + r.h).toBeLessThanOrEqual(h);
          }
      const r = thumbRect(g, 5, lanes - 1, 3);
      expect(hitThumb(g, () => true, r.x + r.w / 2, r.y + r.h / 2)).toEqual({ col: 5, lane: lanes - 1, slot: 3 });
      expect(hitThumb(g, (c) => c !== 5, r.x + r.w / 2, r.y + r.h / 2)).toBeNull();
    });
  }
});

describe('animation crop', () => {
  const conv1 = windowPlan({ input: 227, kernel: 11, stride: 4, padding: 0, dilation: 1, rounding: 'floor' });
  it('follows the window over a large input and stays inside it', () => {
    expect(cropFor(conv1, 0, 0, 40)).toEqual({ x0: 0, y0: 0, n: 40 });
    expect(cropFor(conv1, 54, 54, 40)).toEqual({ x0: 187, y0: 187, n: 40 }); // last window 216…226
    expect(cropFor(conv1, 27, 0, 40).x0).toBe(108 + 6 - 20); // centred on 108 … 118
  });
  it('shows a small input whole, padding included', () => {
    const conv3 = windowPlan({ input: 13, kernel: 3, stride: 1, padding: 1, dilation: 1, rounding: 'floor' });
    expect(cropFor(conv3, 5, 5, 40)).toEqual({ x0: -1, y0: -1, n: 15 });
    expect([cell2d(conv3, -1, 4), cell2d(conv3, 4, 4), cell2d(conv3, 13, 13)]).toEqual(['pad', 'input', 'pad']);
  });
});

describe('overview width', () => {
  it('is the stage’s width while every column gets its minimum, wider (scrolling) below that', () => {
    expect(overviewWidth(13, 1232)).toBe(1232);
    expect(overviewWidth(13, 976)).toBe(13 * minColumnWidth);
    expect(overviewWidth(13, 370)).toBe(13 * minColumnWidth);
    expect(overviewWidth(13, 0)).toBe(0); // not measured yet: nothing drawn
    const g = overviewGeometry(13, overviewWidth(13, 370), 500, 1);
    for (const c of g.columns) expect(c.w).toBeGreaterThanOrEqual(minColumnWidth - 16);
  });
});
