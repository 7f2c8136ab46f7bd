/**
 * The lab network, analysed by core like any variant; the numbers written out by hand.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/analyze';
import { type LabArchitecture, labArchitecture, labSpec } from '../../../src/core/lab/network';
import { defaultLab, differences, figure1Runs, paperSwitches } from '../../../src/core/lab/settings';
import { type Row, actualRow, layer, shapeOf } from '../helpers';

describe('the lab network', () => {
  const a = analyze(labSpec(paperSwitches));

  it('is valid; the ceil-rounded pools are noted, not refused', () => {
    expect(a.ok).toBe(true);
    expect(a.issues.map((i) => `${i.code}:${i.layerId}`)).toEqual(['rounded:pool1', 'rounded:pool2']);
  });

  it('has the hand-checked sizes, kernel depths, parameters, MACs and receptive fields', () => {
    const rows: Record<string, Row> = {
      // (28 − 5 + 2·2)/1 + 1 = 28; (5·5·1 + 1)·16 = 416; 28·28·16·(5·5·1) = 313,600
      conv1: ['28×28×16', 1, 416, 313_600, 5, 1],
      // (28 − 3)/2 + 1 = 13.5, rounded up: 14; receptive field 5 + (3 − 1)·1 = 7
      pool1: ['14×14×16', undefined, 0, 0, 7, 2],
      // (5·5·16 + 1)·32 = 12,832; 14·14·32·(5·5·16) = 2,508,800; 7 + (5 − 1)·2 = 15
      conv2: ['14×14×32', 16, 12_832, 2_508_800, 15, 2],
      // (14 − 3)/2 + 1 = 6.5 → 7; 15 + 2·2 = 19
      pool2: ['7×7×32', undefined, 0, 0, 19, 4],
      // 7·7·32 = 1568 inputs: 1568·256 + 256 = 401,664
      fc3: ['256', undefined, 401_664, 401_408, 19, 4],
      fc4: ['128', undefined, 32_896, 32_768, 19, 4],
      fc5: ['10', undefined, 1_290, 1_280, 19, 4],
    };
    for (const [id, row] of Object.entries(rows)) expect(actualRow(a, id), id).toEqual(row);
    expect(shapeOf(a, 'flatten')).toBe('1568');
    expect(layer(a, 'fc3').receptiveField.wholeImage).toBe(true);
    // 416 + 12,832 + 401,664 + 32,896 + 1,290
    expect(a.totals.params).toBe(449_098);
    // 313,600 + 2,508,800 + 401,408 + 32,768 + 1,280
    expect(a.totals.macs).toBe(3_257_856);
    // As in AlexNet: the dense layers hold the parameters (97 %), the convolutions do the work (87 %).
    expect((401_664 + 32_896 + 1_290) / a.totals.params).toBeCloseTo(0.9705, 4);
    expect((313_600 + 2_508_800) / a.totals.macs).toBeCloseTo(0.8663, 4);
  });

  it('gives 2/2 pooling the same sizes and weights, with smaller receptive fields', () => {
    const b = analyze(labSpec({ ...paperSwitches, overlap: false }));
    expect(b.issues).toEqual([]);
    expect(shapeOf(b, 'pool1')).toBe('14×14×16');
    expect(shapeOf(b, 'pool2')).toBe('7×7×32');
    expect(b.totals.params).toBe(a.totals.params);
    // 5 + 1 = 6, then 6 + 4·2 = 14, then 14 + 1·2 = 16
    expect([layer(b, 'pool1'), layer(b, 'conv2'), layer(b, 'pool2')].map((l) => l.receptiveField.size)).toEqual([
      6, 14, 16,
    ]);
  });

  it('follows each switch in its layers, and reads it back', () => {
    const tanhNoLrn = labSpec({ activation: 'tanh', lrn: false, overlap: true, dropout: 0 });
    expect(tanhNoLrn.layers.map((l) => l.id)).toEqual([
      'input',
      'conv1',
      'tanh1',
      'pool1',
      'conv2',
      'tanh2',
      'pool2',
      'flatten',
      'fc3',
      'tanh3',
      'fc4',
      'tanh4',
      'fc5',
      'softmax',
    ]);
    for (const activation of ['relu', 'tanh'] as const) {
      for (const lrn of [true, false]) {
        for (const overlap of [true, false]) {
          for (const dropout of [0, 0.25, 0.5]) {
            const arch: LabArchitecture = { activation, lrn, overlap, dropout };
            expect(labArchitecture(labSpec(arch))).toEqual(arch);
          }
        }
      }
    }
    const edited = labSpec(paperSwitches);
    expect(labArchitecture({ ...edited, layers: edited.layers.filter((l) => l.id !== 'fc4') })).toBeUndefined();
  });

  it('compares A and B by the switches that differ', () => {
    expect(differences(defaultLab.a, defaultLab.b)).toEqual(['activation']);
    expect(differences(paperSwitches, { ...paperSwitches, dropout: 0, augment: true })).toEqual(['dropout', 'augment']);
  });

  it('reproduces Figure 1 unregularised: A’s network and optimiser, ReLU against tanh', () => {
    const a = { ...paperSwitches, augment: true, overlap: false };
    const { relu, tanh } = figure1Runs(a);
    expect(differences(relu, tanh)).toEqual(['activation']);
    expect(relu).toEqual({ ...a, activation: 'relu', dropout: 0, weightDecay: false, augment: false });
    expect(tanh.activation).toBe('tanh');
  });
});
