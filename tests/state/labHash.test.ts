/**
 * The lab's settings in the link: a compact code that round-trips every switch and shared
 * setting (the seed included), refuses anything else, and rides in the view state as `lab=`.
 */
import { describe, expect, it } from 'vitest';
import { decodeLab, encodeLab } from '../../src/core/lab/labCode';
import { type LabSettings, defaultLab, paperSwitches } from '../../src/core/lab/settings';
import { labSettingsOf } from '../../src/state/lab/useLab';
import { defaultState, parseHash, toHash } from '../../src/state/viewState';

describe('the lab code', () => {
  it('writes the defaults as two runs and the shared settings', () => {
    expect(encodeLab(defaultLab)).toBe('r2NOaMW-t2NOaMW-s1-r0.01-b128-e3-p1-t25');
  });

  it('round-trips every switch and setting', () => {
    const s: LabSettings = {
      a: {
        activation: 'tanh',
        dropout: 0.75,
        lrn: false,
        overlap: false,
        augment: true,
        momentum: false,
        weightDecay: false,
      },
      b: { ...paperSwitches, dropout: 0 },
      shared: { learningRate: 0.03, batch: 64, epochs: 10, plateau: false, seed: 123456789, target: 15 },
    };
    expect(encodeLab(s)).toBe('t3noAmw-r0NOaMW-s123456789-r0.03-b64-e10-p0-t15');
    expect(decodeLab(encodeLab(s))).toEqual(s);
  });

  it('refuses what it does not understand', () => {
    for (const bad of [
      '',
      'r2NOaMW',
      'x2NOaMW-t2NOaMW-s1-r0.01-b128-e3-p1-t25',
      'r9NOaMW-t2NOaMW-s1-r0.01-b128-e3-p1-t25',
      'r2NOaMW-t2NOaMW-s1-r0.02-b128-e3-p1-t25',
      'r2NOaMW-t2NOaMW-s1-r0.01-b100-e3-p1-t25',
      'r2NOaMW-t2NOaMW-s-1-r0.01-b128-e3-p1-t25',
      'r2NOaMW-t2NOaMW-s1-r0.01-b128-e3-p2-t25',
      'r2NOaMW-t2NOaMW-s1e3-r0.01-b128-e3-p1-t25',
      'r2NOaMW-t2NOaMW-s1-r0.01-b128-e3-p1-t25-x',
    ]) {
      expect(decodeLab(bad), bad).toBeUndefined();
    }
  });

  it('rides in the view state as lab=, with view=lab; a bad one falls back with a note', () => {
    const code = 't3noAmw-r0NOaMW-s7-r0.03-b64-e10-p0-t15';
    const { state, rejected } = parseHash(`#view=lab&lab=${code}`);
    expect(rejected).toEqual([]);
    expect(state).toEqual({ ...defaultState, view: 'lab', lab: code });
    expect(toHash(state)).toBe(`#variant=seed&view=lab&lab=${code}`);
    expect(labSettingsOf(state.lab).shared.seed).toBe(7);
    const bad = parseHash('#view=lab&lab=r2NOaMW');
    expect(bad.state.lab).toBe('');
    expect(bad.rejected).toEqual([{ key: 'lab', value: 'r2NOaMW' }]);
    expect(labSettingsOf('')).toEqual(defaultLab);
  });
});
