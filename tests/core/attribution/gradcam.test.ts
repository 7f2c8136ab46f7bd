/** Grad-CAM's weighting and the saliency/SmoothGrad arithmetic, against numbers worked by hand. */
import { describe, expect, it } from 'vitest';
import { channelMeans, gradCamMap, topChannels, weightedSum } from '../../../src/core/attribution/gradcam';
import { GradientMean, noiseSigma, saliencyMap } from '../../../src/core/attribution/saliency';

// A 1×2 map with 2 channels: position 0 holds (4, 1), position 1 holds (1, 2).
const acts = { shape: [1, 2, 2], data: Float32Array.from([4, 1, 1, 2]) };
// ∂score/∂A: position 0 (0.5, −1), position 1 (1.5, −3).
const grads = { shape: [1, 2, 2], data: Float32Array.from([0.5, -1, 1.5, -3]) };

describe('Grad-CAM', () => {
  it('weights each channel by the mean of its gradient: α = ((0.5 + 1.5)/2, (−1 − 3)/2) = (1, −2)', () => {
    expect(Array.from(channelMeans(grads))).toEqual([1, -2]);
  });

  it('sums the weighted channels: 1·4 − 2·1 = 2 and 1·1 − 2·2 = −3', () => {
    const s = weightedSum(acts, Float32Array.from([1, -2]));
    expect(s.shape).toEqual([1, 2]);
    expect(Array.from(s.data)).toEqual([2, -3]);
  });

  it('keeps only what raises the score (ReLU): [2, 0]', () => {
    const { weights, map } = gradCamMap(acts, grads);
    expect(Array.from(weights)).toEqual([1, -2]);
    expect(Array.from(map.data)).toEqual([2, 0]);
  });

  it('lists the channels with the largest weights first', () => {
    expect(topChannels(Float32Array.from([0.1, 3, -2, 3]), 3)).toEqual([
      { channel: 1, weight: 3 },
      { channel: 3, weight: 3 },
      { channel: 0, weight: Math.fround(0.1) },
    ]);
  });

  it('refuses arrays whose shapes differ', () => {
    expect(() => gradCamMap(acts, { shape: [2, 1, 2], data: grads.data })).toThrow(RangeError);
    expect(() => weightedSum(acts, Float32Array.from([1]))).toThrow(RangeError);
  });
});

describe('saliency and SmoothGrad', () => {
  it('takes the largest |gradient| over the colour channels: (−3, 1, 2) → 3, (0.5, −0.25, 0) → 0.5', () => {
    const m = saliencyMap({ shape: [1, 2, 3], data: Float32Array.from([-3, 1, 2, 0.5, -0.25, 0]) });
    expect(m.shape).toEqual([1, 2]);
    expect(Array.from(m.data)).toEqual([3, 0.5]);
  });

  it('sets σ to a fraction of the input’s range: 15 % of (2.6 − (−2)) = 0.69', () => {
    expect(noiseSigma(0.15, Float32Array.from([-2, 0, 2.6]))).toBeCloseTo(0.69, 6);
    expect(noiseSigma(0.15, Float32Array.from([1, 1]))).toBe(0);
    expect(() => noiseSigma(-0.1, Float32Array.from([0, 1]))).toThrow(RangeError);
  });

  it('averages the raw gradients, so noise that points both ways cancels', () => {
    const mean = new GradientMean(2);
    expect(Array.from(mean.mean())).toEqual([0, 0]);
    mean.add(Float32Array.from([1, 2]));
    mean.add(Float32Array.from([3, -2]));
    expect(mean.count).toBe(2);
    expect(Array.from(mean.mean())).toEqual([2, 0]);
    // Two samples whose gradients are opposite: SmoothGrad's map is 0 there, not |g|.
    const m = new GradientMean(3);
    m.add(Float32Array.from([1, -1, 0.5]));
    m.add(Float32Array.from([-1, 1, 0.5]));
    expect(Array.from(saliencyMap({ shape: [1, 1, 3], data: m.mean() }).data)).toEqual([0.5]);
    expect(() => m.add(Float32Array.from([1]))).toThrow(RangeError);
  });
});
