/** The network tools' keys in the link: the views `edit`, `compare` and `code`, and the edited `net`. */
import { describe, expect, it } from 'vitest';
import { defaultState, parseHash, toHash } from '../../src/state/viewState';

describe('network tools in the hash', () => {
  it('opens the views older links asked for: #edit, #compare=…, #code=…', () => {
    expect(parseHash('#edit').state.view).toBe('edit');
    expect(parseHash('#edit=1').state.view).toBe('edit');
    expect(parseHash('#compare=seed,paper').state).toMatchObject({ view: 'compare', compare: 'seed,paper' });
    expect(parseHash('#code=pytorch').state).toMatchObject({ view: 'code', code: 'pytorch' });
    // An explicit view wins over what the other keys would imply.
    expect(parseHash('#view=overview&compare=seed,paper').state.view).toBe('overview');
    expect(parseHash('#edit=0').state.view).toBe('walk');
  });

  it('writes a view with its own parameters only while that view is open', () => {
    expect(toHash({ ...defaultState, view: 'edit' })).toBe('#variant=seed&view=edit');
    expect(toHash({ ...defaultState, view: 'compare', compare: 'seed,paper' })).toBe(
      '#variant=seed&compare=seed%2Cpaper&view=compare',
    );
    expect(toHash({ ...defaultState, view: 'code', code: 'keras' })).toBe('#variant=seed&code=keras&view=code');
    // Back on the walkthrough, the pair and the target stay in the state but not in the link.
    expect(toHash({ ...defaultState, compare: 'seed,paper', code: 'keras' })).toBe('#variant=seed');
  });

  it('round-trips compare, code and an edited network', () => {
    const state = {
      ...defaultState,
      variant: 'edited' as const,
      view: 'compare' as const,
      compare: 'seed,paper',
      net: '1.abc.N4Ig+x$',
    };
    expect(parseHash(toHash(state)).state).toEqual(state);
    const code = { ...defaultState, view: 'code' as const, code: 'tfjs' as const };
    expect(parseHash(toHash(code)).state).toEqual(code);
  });

  it('reports values it cannot use, keeping the defaults', () => {
    const { state, rejected } = parseHash('#code=java&compare=seed&edit=yes');
    expect(state).toEqual(defaultState);
    expect(rejected.map((r) => r.key)).toEqual(['code', 'compare', 'edit']);
    expect(parseHash(`#net=${'A'.repeat(10_001)}`).rejected).toHaveLength(1);
  });
});
