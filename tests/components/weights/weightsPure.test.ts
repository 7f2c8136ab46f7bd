/** The pure parts of the trained-weights UI: the #weights= link check, top channels, GPU halves, cache seeds. */
import { describe, expect, it } from 'vitest';
import { kernelFilters, topChannels } from '../../../src/components/weights/channelStats';
import { sameOriginPath } from '../../../src/state/weights/link';
import { importSeed } from '../../../src/tf/weights/messages';
import { defaultState, parseHash, toHash } from '../../../src/state/viewState';

const page = 'https://example.edu/alexnet/index.html#variant=seed';

describe('sameOriginPath', () => {
  it('resolves a relative path against the page', () => {
    expect(sameOriginPath('weights/alexnet.pth', page)).toBe('/alexnet/weights/alexnet.pth');
    expect(sameOriginPath('/w/a.onnx', page)).toBe('/w/a.onnx');
    expect(sameOriginPath('../up.pth?v=2', page)).toBe('/up.pth?v=2');
  });
  it('refuses full URLs (even to this origin), protocol-relative ones and other schemes', () => {
    for (const v of [
      'https://evil.example/a.pth',
      'https://example.edu/alexnet/weights/a.pth',
      '//evil.example/a.pth',
      'javascript:alert(1)',
      'data:application/octet-stream,xx',
      '\\\\evil.example\\a.pth',
      '',
    ])
      expect(sameOriginPath(v, page), v).toBeUndefined();
  });
});

describe('weights in the view state', () => {
  it('round-trips through the hash and is absent by default', () => {
    expect(defaultState.weights).toBe('');
    expect(toHash(defaultState)).toBe('#variant=seed');
    const { state } = parseHash('#variant=seed&weights=weights%2Flecture.pth');
    expect(state.weights).toBe('weights/lecture.pth');
    expect(toHash(state)).toBe('#variant=seed&weights=weights%2Flecture.pth');
  });
});

describe('topChannels', () => {
  it('ranks channels of [h, w, c] by their mean, highest first, ties by index', () => {
    // 2×1×3: channel means 1.5, 5, 1.5
    const maps = { shape: [2, 1, 3], data: new Float32Array([1, 4, 2, 2, 6, 1]) };
    expect(topChannels(maps, 2)).toEqual([
      { channel: 1, mean: 5 },
      { channel: 0, mean: 1.5 },
    ]);
  });
});

describe('kernelFilters', () => {
  it('cuts filters [from, to) out of [k, k, depth, filters]', () => {
    // k=1, depth=2, filters=4: row r holds filters 0..3 at r*4
    const kernel = { shape: [1, 1, 2, 4], data: new Float32Array([0, 1, 2, 3, 10, 11, 12, 13]) };
    const half = kernelFilters(kernel, 2, 4);
    expect(half.shape).toEqual([1, 1, 2, 2]);
    expect(Array.from(half.data)).toEqual([2, 3, 12, 13]);
  });
});

describe('importSeed', () => {
  it('is negative (never a user seed) and stable per hash', () => {
    expect(importSeed('7be5be79aaaa')).toBe(-1 - 0x7be5be79);
    expect(importSeed('00000000')).toBe(-1);
  });
});
