/**
 * Every layer type of the tfjs model against the plain-TypeScript reference (tests/tf/reference.ts)
 * on small random inputs, on tfjs's CPU backend: max abs error ≤ 1e-4.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import {
  adaptiveAvgPool as adaptive,
  conv,
  dense,
  dropout,
  flatten,
  lrn,
  maxpool,
  relu,
  softmax,
} from '../../src/core/layers';
import type { LrnLayer } from '../../src/core/spec';
import { act, run, specOf, useCpu, weightsOf } from './helpers';
import * as ref from './reference';

const tol = 1e-4;
const asHwc = (t: { shape: readonly number[]; data: Float32Array }) =>
  ref.hwc(t.shape[0] ?? 0, t.shape[1] ?? 0, t.shape[2] ?? 0, t.data);

beforeAll(useCpu);

describe('convolution', () => {
  const cases = [
    { name: 'stride 1, no padding', size: 7, ch: 3, filters: 4, k: 3, stride: 1, pad: 0, groups: 1 },
    { name: 'stride 2, padding 1, 2 groups', size: 9, ch: 4, filters: 6, k: 3, stride: 2, pad: 1, groups: 2 },
    {
      name: 'stride 4, padding 2, 11×11 like conv1 (last pixels dropped)',
      size: 26,
      ch: 3,
      filters: 5,
      k: 11,
      stride: 4,
      pad: 2,
      groups: 1,
    },
    { name: '3 groups, 5×5, padding 2', size: 8, ch: 6, filters: 9, k: 5, stride: 1, pad: 2, groups: 3 },
  ];
  for (const c of cases) {
    it(c.name, async () => {
      const spec = specOf(c.size, c.ch, [conv('c', c.filters, c.k, c.stride, c.pad, c.groups)]);
      const { input, out } = await run(spec);
      const expected = ref.conv2d(asHwc(input), weightsOf(spec, 'c'), c.k, c.filters, c.stride, c.pad, c.groups);
      const got = act(out, 'c');
      expect(got.shape).toEqual([expected.h, expected.w, expected.c]);
      expect(ref.maxAbsDiff(got.data, expected.data)).toBeLessThanOrEqual(tol);
    });
  }
});

describe('max pooling', () => {
  const cases = [
    { name: 'floor: 8 → 3 (last pixel dropped)', size: 8, k: 3, s: 2, rounding: 'floor' as const, side: 3 },
    { name: 'ceil: 8 → 4 (one −∞ pixel padded)', size: 8, k: 3, s: 2, rounding: 'ceil' as const, side: 4 },
    { name: 'ceil, ZFNet pool1 shape: 14 → 7', size: 14, k: 3, s: 2, rounding: 'ceil' as const, side: 7 },
    {
      name: 'ceil with PyTorch’s last-window rule: 6, size 2, stride 3 → 2',
      size: 6,
      k: 2,
      s: 3,
      rounding: 'ceil' as const,
      side: 2,
    },
    { name: 'exact fit: 13 → 6 either way', size: 13, k: 3, s: 2, rounding: 'ceil' as const, side: 6 },
  ];
  for (const c of cases) {
    it(c.name, async () => {
      // All inputs negative: a zero padding would win the max wherever −∞ must not.
      const spec = specOf(c.size, 3, [maxpool('p', c.k, c.s, c.rounding)]);
      const { input, out } = await run(spec, { offset: -2 });
      const expected = ref.maxPool(asHwc(input), c.k, c.s, c.rounding === 'ceil');
      const got = act(out, 'p');
      expect(got.shape).toEqual([c.side, c.side, 3]);
      expect([expected.h, expected.w]).toEqual([c.side, c.side]);
      expect(ref.maxAbsDiff(got.data, expected.data)).toBeLessThanOrEqual(tol);
    });
  }
});

describe('local response normalisation', () => {
  const layer = (size: number, alphaConvention: LrnLayer['alphaConvention'], alpha: number): LrnLayer => ({
    ...lrn('n'),
    size,
    alpha,
    alphaConvention,
  });
  for (const [size, conv_, alpha] of [
    [5, 'paper', 1e-4],
    [5, 'paper', 0.5],
    [3, 'divided-by-n', 0.9],
    [5, 'divided-by-n', 1e-4],
  ] as const) {
    it(`n = ${size}, α = ${alpha}, ${conv_}`, async () => {
      const l = layer(size, conv_, alpha);
      const spec = specOf(4, 7, [l]);
      // Inputs of ±3 make Σa² large enough that α visibly changes the result.
      for (const scale of [1, 3]) {
        const { input, out } = await run(spec, { scale });
        const expected = ref.lrn(asHwc(input), l.size, l.k, l.alpha, l.beta, conv_ === 'divided-by-n');
        expect(ref.maxAbsDiff(act(out, 'n').data, expected.data)).toBeLessThanOrEqual(tol);
      }
    });
  }
  it('the two conventions differ by exactly α vs α/n', async () => {
    const spec = specOf(3, 5, [layer(5, 'paper', 0.8)]);
    const specN = specOf(3, 5, [layer(5, 'divided-by-n', 0.8 * 5)]);
    const a = act((await run(spec)).out, 'n');
    const b = act((await run(specN)).out, 'n');
    expect(ref.maxAbsDiff(a.data, b.data)).toBeLessThanOrEqual(1e-6);
  });
});

describe('adaptive average pooling', () => {
  for (const [size, o] of [
    [7, 3], // overlapping bins of 3
    [6, 6], // identity
    [13, 6], // torchvision's case for a 227 input
    [5, 2],
    [2, 4], // more outputs than inputs: bins repeat pixels
  ] as const) {
    it(`${size} → ${o}`, async () => {
      const spec = specOf(size, 3, [adaptive('a', o)]);
      const { input, out } = await run(spec);
      const expected = ref.adaptiveAvgPool(asHwc(input), o);
      const got = act(out, 'a');
      expect(got.shape).toEqual([o, o, 3]);
      expect(ref.maxAbsDiff(got.data, expected.data)).toBeLessThanOrEqual(tol);
    });
  }
});

describe('flatten, dense, ReLU, dropout, softmax', () => {
  it('match the reference, and dropout is the identity at inference', async () => {
    const spec = specOf(3, 4, [flatten(), dense('fc1', 10), relu('r1'), dropout('d1'), dense('fc2', 6), softmax()]);
    const { input, out } = await run(spec);
    expect(act(out, 'flatten').data).toEqual(input.data); // HWC order, as the TensorData layout
    const fc1 = ref.dense(input.data, weightsOf(spec, 'fc1'), 10);
    expect(ref.maxAbsDiff(act(out, 'fc1').data, fc1)).toBeLessThanOrEqual(tol);
    const r1 = ref.relu(fc1);
    expect(ref.maxAbsDiff(act(out, 'r1').data, r1)).toBeLessThanOrEqual(tol);
    expect(r1.some((v) => v === 0) && r1.some((v) => v > 0)).toBe(true);
    expect(act(out, 'd1').data).toEqual(act(out, 'r1').data);
    const fc2 = ref.dense(r1, weightsOf(spec, 'fc2'), 6);
    expect(ref.maxAbsDiff(act(out, 'fc2').data, fc2)).toBeLessThanOrEqual(tol);
    expect(ref.maxAbsDiff(act(out, 'softmax').data, ref.softmax(fc2))).toBeLessThanOrEqual(tol);
    expect(act(out, 'softmax').shape).toEqual([6]);
  });
});

describe('a whole small AlexNet-like chain', () => {
  it('matches the reference layer by layer', async () => {
    const spec = specOf(19, 3, [
      conv('conv1', 8, 5, 2, 1),
      relu('relu1'),
      lrn('norm1'),
      maxpool('pool1', 3, 2, 'ceil'),
      conv('conv2', 6, 3, 1, 1, 2),
      relu('relu2'),
      maxpool('pool2', 2, 2),
      adaptive('avg', 3),
      flatten(),
      dense('fc', 5),
      softmax(),
    ]);
    const { input, out } = await run(spec, { seed: 3 });
    let x = ref.conv2d(asHwc(input), weightsOf(spec, 'conv1', 3), 5, 8, 2, 1, 1);
    const steps: [string, ref.Hwc][] = [['conv1', x]];
    x = ref.hwc(x.h, x.w, x.c, ref.relu(x.data));
    steps.push(['relu1', x]);
    x = ref.lrn(x, 5, 2, 1e-4, 0.75, false);
    steps.push(['norm1', x]);
    x = ref.maxPool(x, 3, 2, true);
    steps.push(['pool1', x]);
    x = ref.conv2d(x, weightsOf(spec, 'conv2', 3), 3, 6, 1, 1, 2);
    steps.push(['conv2', x]);
    x = ref.hwc(x.h, x.w, x.c, ref.relu(x.data));
    steps.push(['relu2', x]);
    x = ref.maxPool(x, 2, 2, false);
    steps.push(['pool2', x]);
    x = ref.adaptiveAvgPool(x, 3);
    steps.push(['avg', x]);
    for (const [id, e] of steps) {
      const got = act(out, id);
      expect({ id, shape: got.shape }).toEqual({ id, shape: [e.h, e.w, e.c] });
      expect({ id, err: ref.maxAbsDiff(got.data, e.data) <= tol }).toEqual({ id, err: true });
    }
    const fc = ref.dense(x.data, weightsOf(spec, 'fc', 3), 5);
    expect(ref.maxAbsDiff(act(out, 'fc').data, fc)).toBeLessThanOrEqual(tol);
    expect(ref.maxAbsDiff(act(out, 'softmax').data, ref.softmax(fc))).toBeLessThanOrEqual(tol);
  });
});
