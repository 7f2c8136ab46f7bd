import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/analyze';
import { alignLayers } from '../../../src/core/compare/align';
import { compareNetworks } from '../../../src/core/compare/diff';
import { variants } from '../../../src/core/variants';

const a = (id: keyof typeof variants) => analyze(variants[id]);

describe('comparing two networks', () => {
  it('aligns by role: the paper’s norm1 and norm2 sit opposite nothing', () => {
    const rows = alignLayers(a('seed'), a('paper'));
    expect(rows.map((r) => r.id).slice(0, 6)).toEqual(['input', 'conv1', 'relu1', 'norm1', 'pool1', 'conv2']);
    const norm1 = rows.find((r) => r.id === 'norm1');
    expect(norm1?.left).toBeUndefined();
    expect(norm1?.right?.layer.kind).toBe('lrn');
    expect(rows.filter((r) => r.left && r.right)).toHaveLength(variants.seed.layers.length);
  });

  it('seed vs paper: conv2, conv4, conv5 grouped, −1,413,120 parameters', () => {
    const c = compareNetworks(a('seed'), a('paper'));
    // (5·5·96+1)·256 − (5·5·48+1)·256 = 307,200; conv4 663,552; conv5 442,368.
    const grouped = c.summary.find((s) => s.how === 'changed');
    expect(grouped).toEqual({
      layers: ['conv2', 'conv4', 'conv5'],
      how: 'changed',
      changes: [{ field: 'groups', from: '1', to: '2' }],
      paramDelta: -(307_200 + 663_552 + 442_368),
      macDelta: -(27 * 27 * 256 * 5 * 5 * 48 + 13 * 13 * 384 * 3 * 3 * 192 + 13 * 13 * 256 * 3 * 3 * 192),
    });
    expect(c.summary.find((s) => s.how === 'added')).toMatchObject({ layers: ['norm1', 'norm2'], paramDelta: 0 });
    expect(c.totals.paramDelta).toBe(60_965_224 - 62_378_344);
    expect(c.totals.paramRatio).toBeCloseTo(60_965_224 / 62_378_344, 12);
    const conv2 = c.rows.find((r) => r.id === 'conv2');
    expect([...(conv2?.changed ?? [])].sort()).toEqual(['macs', 'params', 'settings']);
    expect(conv2?.paramRatio).toBeCloseTo(307_456 / 614_656, 12);
    expect(c.rows.find((r) => r.id === 'conv3')?.changed.size).toBe(0);
  });

  it('seed vs torchvision: an input change and upstream effects are told apart', () => {
    const c = compareNetworks(a('seed'), a('torchvision'));
    const fc7 = c.rows.find((r) => r.id === 'fc7');
    expect(fc7?.paramDelta).toBe(0);
    // conv3 keeps its settings but sees 192 channels instead of 256: an upstream change.
    expect(c.summary.find((s) => s.layers.includes('conv3'))).toMatchObject({ how: 'upstream' });
    expect(c.summary.find((s) => s.layers.includes('avgpool'))).toMatchObject({ how: 'added' });
    expect(c.totals.paramDelta).toBe(61_100_840 - 62_378_344);
  });
});
