/** What the attribution hooks key their requests on: the network with its weights, the image, the preset and the job. */
import { describe, expect, it } from 'vitest';
import { variants } from '../../../src/core/variants';
import { type AttributionSubject, networkIdentity, requestKey } from '../../../src/state/attribution/subject';
import { parseHash, toHash } from '../../../src/state/viewState';

const pixels = { width: 1, height: 1, data: new Uint8ClampedArray(4) };
const subject = (over: Partial<AttributionSubject> = {}): AttributionSubject => ({
  image: { key: 'sample-cat', pixels },
  network: networkIdentity(variants.seed, 42, null),
  ready: true,
  ...over,
});
const job = { method: 'gradcam', classIndex: 'top', layerId: 'conv5' } as const;

describe('attribution requests', () => {
  it('differ by network, weights, image, preset and job, and not by the order of a job’s settings', () => {
    const base = requestKey(subject(), job);
    expect(requestKey(subject({ network: networkIdentity(variants.seed, 7, null) }), job)).not.toBe(base);
    expect(requestKey(subject({ network: networkIdentity(variants.seed, 42, 'abc') }), job)).not.toBe(base);
    expect(requestKey(subject({ network: networkIdentity(variants.paper, 42, null) }), job)).not.toBe(base);
    expect(requestKey(subject({ image: { key: 'sample-coffee', pixels } }), job)).not.toBe(base);
    expect(requestKey(subject({ preset: 'caffe' }), job)).not.toBe(base);
    expect(requestKey(subject(), { ...job, classIndex: 3 })).not.toBe(base);
    expect(requestKey(subject(), { layerId: 'conv5', classIndex: 'top', method: 'gradcam' })).toBe(base);
    // Readiness is not part of the key: the same request waits, then runs.
    expect(requestKey(subject({ ready: false }), job)).toBe(base);
  });

  it('need an image', () => {
    expect(requestKey(subject({ image: null }), job)).toBeNull();
  });

  it('the view is linkable: #view=attribution round-trips through the hash', () => {
    const { state, rejected } = parseHash('#variant=seed&view=attribution&image=cat');
    expect(rejected).toEqual([]);
    expect(state.view).toBe('attribution');
    expect(toHash(state)).toBe('#variant=seed&view=attribution');
  });
});
