/** The P/Q mode keys and the spotlight's fit-to-screen scale. */
import { describe, expect, it } from 'vitest';
import { fitScale } from '../../src/components/classroom/fit';
import { modeForKey } from '../../src/components/classroom/useModeKeys';

describe('modeForKey', () => {
  it('P toggles presentation, Q toggles the quiz, from any mode', () => {
    expect(modeForKey('p', 'explore')).toBe('present');
    expect(modeForKey('P', 'present')).toBe('explore');
    expect(modeForKey('p', 'quiz')).toBe('present');
    expect(modeForKey('q', 'explore')).toBe('quiz');
    expect(modeForKey('Q', 'quiz')).toBe('explore');
    expect(modeForKey('q', 'present')).toBe('quiz');
  });
  it('ignores other keys', () => {
    expect(modeForKey('ArrowRight', 'explore')).toBeNull();
    expect(modeForKey('Escape', 'present')).toBeNull();
  });
});

describe('fitScale', () => {
  it('fills the screen on the tighter axis', () => {
    expect(fitScale(300, 120, 1920, 1080)).toBeCloseTo(Math.min((1920 * 0.94) / 300, (1080 * 0.94) / 120));
    expect(fitScale(440, 440, 1920, 1080)).toBeCloseTo((1080 * 0.94) / 440);
  });
  it('shrinks what is larger than the screen, and leaves an empty box alone', () => {
    expect(fitScale(4000, 100, 1920, 1080)).toBeLessThan(1);
    expect(fitScale(0, 100, 1920, 1080)).toBe(1);
  });
});
