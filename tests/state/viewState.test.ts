import { describe, expect, it } from 'vitest';
import { defaultState, parseHash, toHash } from '../../src/state/viewState';

describe('view state in the URL hash', () => {
  it('parses every key', () => {
    const { state, rejected } = parseHash(
      '#variant=paper&layer=conv2&image=coffee&lang=zh&mode=quiz&seed=7&backend=wasm&view=overview&weights=w%2Fa.pth',
    );
    expect(state).toEqual({
      ...defaultState,
      variant: 'paper',
      layer: 'conv2',
      image: 'coffee',
      lang: 'zh',
      mode: 'quiz',
      seed: 7,
      backend: 'wasm',
      view: 'overview',
      weights: 'w/a.pth',
    });
    expect(rejected).toEqual([]);
  });
  it('falls back to defaults and reports each bad value', () => {
    const { state, rejected } = parseHash('#variant=vgg&seed=-3&lang=fr&image=../../etc&zoom=9&view=graph');
    expect(state).toEqual(defaultState);
    expect(rejected.map((r) => r.key)).toEqual(['variant', 'seed', 'lang', 'image', 'zoom', 'view']);
  });
  it('an empty hash is the default view', () => {
    expect(parseHash('')).toMatchObject({ state: defaultState, rejected: [] });
  });
  it('round-trips, writing the variant and only non-default keys', () => {
    const state = { ...defaultState, variant: 'zfnet' as const, layer: 'pool1', lang: 'zh' as const };
    expect(toHash(state)).toBe('#variant=zfnet&layer=pool1&lang=zh');
    expect(parseHash(toHash(state)).state).toEqual(state);
    expect(toHash(defaultState)).toBe('#variant=seed');
  });
  it('never puts an uploaded image in the URL', () => {
    expect(toHash({ ...defaultState, image: 'upload' })).toBe('#variant=seed');
  });
});
