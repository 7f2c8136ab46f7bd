import { describe, expect, it } from 'vitest';
import { channelStats, layerRange, sortChannels } from '../../../src/viz/maps/channelStats';

// A 2×2×3 stack, values written per pixel (y, x) as [ch0, ch1, ch2].
const maps = {
  shape: [2, 2, 3],
  // prettier-ignore
  data: Float32Array.from([
    /* (0,0) */ 1, 0, 5,
    /* (0,1) */ 2, 0, 5,
    /* (1,0) */ 3, 0, -1,
    /* (1,1) */ 9, 0, 5,
  ]),
};

describe('channel statistics', () => {
  const stats = channelStats(maps, [2, 2, 3]);
  it('finds min, max, mean and where the max is', () => {
    expect(stats[0]).toEqual({ channel: 0, min: 1, max: 9, mean: 15 / 4, argmax: { x: 1, y: 1 } });
    expect(stats[1]).toEqual({ channel: 1, min: 0, max: 0, mean: 0, argmax: { x: 0, y: 0 } });
    expect(stats[2]).toEqual({ channel: 2, min: -1, max: 5, mean: 14 / 4, argmax: { x: 0, y: 0 } });
    expect(layerRange(stats)).toEqual({ lo: -1, hi: 9 });
  });
  it('sorts by index, by mean and by max, largest first', () => {
    expect(sortChannels(stats, 'index')).toEqual([0, 1, 2]);
    expect(sortChannels(stats, 'mean')).toEqual([0, 2, 1]);
    expect(sortChannels(stats, 'max')).toEqual([0, 2, 1]);
    const tied = channelStats({ shape: [1, 1, 3], data: Float32Array.from([2, 5, 5]) }, [1, 1, 3]);
    expect(sortChannels(tied, 'max')).toEqual([1, 2, 0]);
  });
});
