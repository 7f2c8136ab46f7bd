/**
 * The network on screen is in the link: a variant, `imported` or `edited`; links from before the
 * chooser named the edited network (`#variant=seed&net=…`) open it. Moves between places push a
 * history entry; steps replace it; a hash without `image` keeps the reader's own photo.
 */
import { describe, expect, it } from 'vitest';
import { fromHash } from '../../src/state/useViewState';
import { defaultState, isNewPlace, parseHash, toHash } from '../../src/state/viewState';

describe('the network in the link', () => {
  it('names the imported and the edited network', () => {
    expect(parseHash('#variant=imported').state.variant).toBe('imported');
    expect(toHash({ ...defaultState, variant: 'imported' })).toBe('#variant=imported');
    expect(parseHash('#variant=edited&net=1.a.b').state).toMatchObject({ variant: 'edited', net: '1.a.b' });
    expect(parseHash('#variant=vgg').rejected).toEqual([{ key: 'variant', value: 'vgg' }]);
  });

  it('reads an older link with a variant and a net as the edited network', () => {
    expect(parseHash('#variant=paper&net=1.a.b').state.variant).toBe('edited');
    expect(parseHash('#net=1.a.b').state.variant).toBe('edited');
  });

  it('writes net only while the edited network is shown', () => {
    expect(toHash({ ...defaultState, variant: 'edited', net: '1.a.b' })).toBe('#variant=edited&net=1.a.b');
    expect(toHash({ ...defaultState, variant: 'paper', net: '1.a.b' })).toBe('#variant=paper');
  });
});

describe('history', () => {
  it('a view, network or mode change is a new place; a step or a language is not', () => {
    expect(isNewPlace(defaultState, { ...defaultState, view: 'overview' })).toBe(true);
    expect(isNewPlace(defaultState, { ...defaultState, variant: 'paper' })).toBe(true);
    expect(isNewPlace(defaultState, { ...defaultState, mode: 'quiz' })).toBe(true);
    expect(isNewPlace(defaultState, { ...defaultState, layer: 'conv2' })).toBe(false);
    expect(isNewPlace(defaultState, { ...defaultState, lang: 'zh' })).toBe(false);
  });

  it('a hash that does not name an image keeps the uploaded photo; one that does, replaces it', () => {
    const uploaded = { ...defaultState, image: 'upload' as const };
    expect(fromHash('#variant=seed&layer=conv2', uploaded).state).toMatchObject({ image: 'upload', layer: 'conv2' });
    expect(fromHash('#variant=seed&view=overview', uploaded).state.image).toBe('upload');
    expect(fromHash('#variant=seed&image=coffee', uploaded).state.image).toBe('coffee');
    expect(fromHash('#variant=seed', defaultState).state.image).toBe('cat');
  });
});

describe('an older link with a variant beside its edited network', () => {
  it('keeps that variant as the one to show if the network cannot be used', () => {
    expect(parseHash('#variant=paper&net=1.bad').netBase).toBe('paper');
    expect(parseHash('#variant=edited&net=1.bad').netBase).toBeUndefined();
    expect(parseHash('#net=1.bad').netBase).toBeUndefined();
  });
});
