/**
 * The numbers read off a run: errors, confusion counts, the running training error, Figure 1's
 * "reached the target" and its ratio, and the paper's divide-by-10 schedule.
 */
import { describe, expect, it } from 'vitest';
import { afterEvaluation, maxDrops, patience, startSchedule } from '../../../src/core/lab/schedule';
import {
  type StepPoint,
  confusionCounts,
  errorRate,
  reachedTarget,
  runningError,
  speedup,
} from '../../../src/core/lab/series';

/** Steps whose batch error is `errors[i]`, one second each. */
const steps = (errors: number[]): StepPoint[] =>
  errors.map((error, i) => ({ iteration: i + 1, seconds: (i + 1) * 2, loss: error, error }));

describe('run measurements', () => {
  it('counts errors and confusions, row = true class', () => {
    expect(errorRate([1, 2, 3, 4], [1, 2, 0, 0])).toBe(0.5);
    const c = confusionCounts([1, 1, 0], [1, 0, 0], 2);
    expect(c).toEqual([1, 1, 0, 1]);
  });

  it('averages the training error over the last 10 steps', () => {
    const r = runningError(steps([1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]));
    expect(r[0]).toBe(1);
    expect(r[3]).toBe(0.5);
    expect(r[9]).toBeCloseTo(0.2, 10);
    expect(r[11]).toBe(0); // steps 3–12
  });

  it('reaches a target only with a full window behind it', () => {
    const s = steps([0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1]);
    expect(reachedTarget(s, 0.25)?.iteration).toBe(10);
    expect(reachedTarget(s.slice(0, 9), 0.25)).toBeUndefined();
  });

  it('says how many times sooner, or at least how many, in iterations or seconds', () => {
    const fast = steps(new Array(12).fill(0.2));
    const slow = steps([...new Array(30).fill(0.5), ...new Array(20).fill(0.1)]);
    // fast reaches 25 % at step 10; slow's window is all 0.1 from step 40, ≤ 0.25 from step 37 (3·0.5 + 7·0.1 = 2.2)
    expect(speedup(fast, slow, 0.25)).toMatchObject({ ratio: 3.7, atLeast: false });
    expect(speedup(fast, slow, 0.25, 'seconds')?.ratio).toBeCloseTo(3.7, 10);
    expect(speedup(fast, slow.slice(0, 25), 0.25)).toMatchObject({ ratio: 2.5, atLeast: true });
    expect(speedup(slow.slice(0, 25), fast, 0.25)).toBeUndefined();
  });
});

describe('the divide-by-10 schedule', () => {
  it('divides ε by 10 after `patience` evaluations without a new best, at most three times', () => {
    let s = startSchedule(0.01);
    s = afterEvaluation(s, 0.3, true);
    expect(s).toEqual({ learningRate: 0.01, best: 0.3, since: 0, drops: 0 });
    for (let i = 1; i < patience; i++) s = afterEvaluation(s, 0.3, true);
    expect(s.learningRate).toBe(0.01);
    s = afterEvaluation(s, 0.31, true);
    expect(s).toEqual({ learningRate: 0.001, best: 0.3, since: 0, drops: 1 });
    for (let i = 0; i < 20; i++) s = afterEvaluation(s, 0.4, true);
    expect(s.drops).toBe(maxDrops);
    expect(s.learningRate).toBeCloseTo(0.00001, 12);
    // A new best resets the count; with the switch off ε never changes.
    expect(afterEvaluation({ ...s, since: 2 }, 0.2, true).since).toBe(0);
    let off = startSchedule(0.01);
    for (let i = 0; i < 10; i++) off = afterEvaluation(off, 0.5, false);
    expect(off.learningRate).toBe(0.01);
  });
});
