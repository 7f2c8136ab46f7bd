/** Every error path of the analysis: each names the layer and the numbers, nothing throws. */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core/analyze';
import { conv, dense, dropout, flatten, input, lrn, maxpool, relu, softmax } from '../../src/core/layers';
import type { LayerSpec, NetworkSpec } from '../../src/core/spec';

const net = (layers: LayerSpec[]): NetworkSpec => ({ id: 't', name: 't', layers });

function firstError(layers: LayerSpec[]) {
  const a = analyze(net(layers));
  expect(a.ok).toBe(false);
  const error = a.issues.find((i) => i.severity === 'error');
  if (!error) throw new Error('expected an error');
  return { a, error };
}

describe('spec validation', () => {
  it('an empty spec', () => {
    expect(firstError([]).error.code).toBe('empty-spec');
  });
  it('an input that is not first, or a first layer that is not an input', () => {
    expect(firstError([conv('c', 4, 3, 1, 0)]).error.code).toBe('input-not-first');
    const { error } = firstError([input(8), relu('r'), { ...input(8), id: 'input2' }]);
    expect(error).toMatchObject({ code: 'input-not-first', layerIndex: 2 });
  });
  it('a duplicated id', () => {
    const { error } = firstError([input(8), relu('r'), relu('r')]);
    expect(error).toMatchObject({ code: 'duplicate-id', layerId: 'r', layerIndex: 2 });
  });
  it.each([
    ['kernel', conv('c', 4, 0, 1, 0)],
    ['stride', conv('c', 4, 3, -2, 0)],
    ['filters', conv('c', 2.5, 3, 1, 0)],
    ['groups', conv('c', 4, 3, 1, 0, 0)],
    ['size', maxpool('p', 0, 2)],
    ['units', dense('d', 0)],
  ])('a non-positive or fractional %s', (field, bad) => {
    const layers = bad.kind === 'dense' ? [input(8), flatten(), bad] : [input(8), bad];
    const { error } = firstError(layers);
    expect(error.code).toBe('not-positive-integer');
    expect(error.values.field).toBe(field);
    expect(error.message).toContain(bad.id);
  });
  it('negative padding', () => {
    expect(firstError([input(8), conv('c', 4, 3, 1, -1)]).error.code).toBe('negative-padding');
  });
  it('a window larger than its input names the sizes', () => {
    const { error, a } = firstError([input(8), conv('c1', 4, 3, 1, 0), conv('c2', 4, 11, 1, 0)]);
    expect(error).toMatchObject({ code: 'output-too-small', layerId: 'c2', layerIndex: 2 });
    expect(error.message).toBe(
      'Layer c2: a 11×11 window with padding 0 does not fit in a 6×6 input (output would be -4).',
    );
    // The layers before the broken one are still analysed.
    expect(a.layers.map((l) => l.layer.id)).toEqual(['input', 'c1']);
  });
  it('channels not divisible by groups, in and out', () => {
    const inErr = firstError([input(8, 3), conv('g', 4, 3, 1, 1, 2)]).error;
    expect(inErr).toMatchObject({ code: 'groups-in-channels', values: { channels: 3, groups: 2 } });
    const outErr = firstError([input(8, 4), conv('g', 5, 3, 1, 1, 2)]).error;
    expect(outErr).toMatchObject({ code: 'groups-out-channels', values: { filters: 5, groups: 2 } });
  });
  it('a dense layer or softmax before flatten', () => {
    const { error } = firstError([input(8), dense('fc', 10)]);
    expect(error).toMatchObject({ code: 'needs-vector-input', layerId: 'fc' });
    expect(error.message).toContain('8×8×3');
    expect(firstError([input(8), softmax()]).error.code).toBe('needs-vector-input');
  });
  it('a spatial layer after flatten', () => {
    for (const bad of [conv('c', 4, 3, 1, 0), maxpool('p', 2, 2), lrn('n'), flatten()]) {
      const { error } = firstError([input(8), { kind: 'flatten', id: 'f0' }, bad]);
      expect(error).toMatchObject({ code: 'needs-spatial-input', layerIndex: 2, values: { length: 192 } });
    }
  });
  it('LRN with an even window or a non-positive constant', () => {
    expect(firstError([input(8), { ...lrn('n'), size: 4 }]).error.code).toBe('lrn-even-size');
    const { error } = firstError([input(8), { ...lrn('n'), beta: 0 }]);
    expect(error).toMatchObject({ code: 'lrn-bad-constant', values: { field: 'beta' } });
  });
  it('a dropout rate outside [0, 1)', () => {
    expect(firstError([input(8), flatten(), dropout('d', 1)]).error.code).toBe('dropout-rate');
    expect(firstError([input(8), flatten(), dropout('d', -0.1)]).error.code).toBe('dropout-rate');
  });
  it('never throws, even on nonsense values', () => {
    const nonsense = { kind: 'conv', id: 'c', filters: Number.NaN, kernel: Infinity, stride: 1, padding: 0, groups: 1 };
    expect(() => analyze(net([input(8), nonsense as LayerSpec]))).not.toThrow();
  });
  it('uneven division is a note, not an error, and names what happens to the pixels', () => {
    // (10 − 3)/2 + 1 = 4.5: floor gives 4 and drops one pixel; ceil gives 5 and pads one.
    const floor = analyze(net([input(10), maxpool('p', 3, 2)]));
    expect(floor.ok).toBe(true);
    expect(floor.issues[0]).toMatchObject({ severity: 'note', code: 'rounded', values: { output: 4, dropped: 1 } });
    const ceil = analyze(net([input(10), maxpool('p', 3, 2, 'ceil')]));
    expect(ceil.issues[0]).toMatchObject({ severity: 'note', values: { output: 5, padded: 1 } });
  });
  it('ceil rounding drops a last window that would start beyond the input, as PyTorch does', () => {
    // 5 pixels + padding 1 each side, kernel 2, stride 2: (5 − 2 + 2)/2 + 1 = 3.5 → ceil 4,
    // but the 4th window would start at 6 ≥ 5 + 1, so PyTorch keeps 3. Only reachable with
    // padding, which our pools do not have; the window helper handles it anyway.
    const a = analyze(net([input(4), maxpool('p', 2, 3, 'ceil')]));
    // (4 − 2)/3 + 1 = 1.67 → ceil 2; second window starts at 3 < 4: kept.
    expect(a.layers[1]?.outputShape).toEqual({ kind: 'spatial', hwc: [2, 2, 3] });
  });
});
