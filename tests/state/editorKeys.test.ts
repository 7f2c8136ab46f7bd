/** The editor's keys in the link: `edit`, `net`, `compare`, `code`. */
import { describe, expect, it } from 'vitest';
import { defaultState, parseHash, toHash } from '../../src/state/viewState';

describe('editor keys in the hash', () => {
  it('reads #edit bare or as 1, and writes it as edit=1 only when open', () => {
    expect(parseHash('#edit').state.edit).toBe(true);
    expect(parseHash('#edit=1').state.edit).toBe(true);
    expect(toHash({ ...defaultState, edit: true })).toBe('#variant=seed&edit=1');
    expect(toHash(defaultState)).toBe('#variant=seed');
  });

  it('round-trips compare, code and net', () => {
    const state = { ...defaultState, compare: 'seed,paper', code: 'keras' as const, net: '1.abc.N4Ig+x$' };
    expect(parseHash(toHash(state)).state).toEqual(state);
  });

  it('reports values it cannot use, keeping the defaults', () => {
    const { state, rejected } = parseHash('#code=java&compare=seed&edit=yes');
    expect(state).toEqual(defaultState);
    expect(rejected.map((r) => r.key)).toEqual(['code', 'compare', 'edit']);
    expect(parseHash(`#net=${'A'.repeat(10_001)}`).rejected).toHaveLength(1);
  });
});
