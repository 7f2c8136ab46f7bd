/**
 * The lab's drawings as data: the curve chart's geometry, the choice and greys of the filter
 * snapshots, and the confusion cells' colours (readable counts on every shade).
 */
import { describe, expect, it } from 'vitest';
import type { EvalPoint, FilterSnapshot, StepPoint } from '../../../src/core/lab/series';
import { confusionCell } from '../../../src/viz/lab/confusion';
import { curveMargin, curvesLayout, runningLoss } from '../../../src/viz/lab/curvesLayout';
import { filterCanvasSize, filterGreys, pickSnapshots } from '../../../src/viz/lab/filterHistory';

const steps: StepPoint[] = Array.from({ length: 40 }, (_, i) => ({
  iteration: i + 1,
  seconds: (i + 1) * 0.5,
  loss: 2.3 - i * 0.04,
  error: 0.9 - i * 0.02,
}));
const evals: EvalPoint[] = [20, 40].map((iteration) => ({
  iteration,
  seconds: iteration * 0.5,
  testError: iteration === 20 ? 0.5 : 0.25,
  trainError: 0.2,
  valError: 0.3,
  learningRate: 0.01,
}));

describe('the curve chart', () => {
  const o = { width: 640, height: 380, x: 'iteration' as const, xMax: 174, target: 0.25 };
  const layout = curvesLayout([{ id: 'a', steps, evals }], o);

  it('puts the loss above the errors, sharing one horizontal axis up to the planned iterations', () => {
    expect(layout.loss.bottom).toBeLessThan(layout.error.top);
    expect(layout.error.bottom).toBe(380 - curveMargin.bottom);
    expect(layout.xTicks.at(-1)?.label).toBe('180'); // 174, rounded up by .nice()
    expect(layout.error.yTicks.map((t) => t.label)).toEqual(['0 %', '25 %', '50 %', '75 %', '100 %']);
    // The target line sits where 25 % is.
    expect(layout.targetY).toBeCloseTo(layout.error.yTicks[1]?.at ?? NaN, 6);
  });

  it('draws each series, and the test error at its evaluations', () => {
    const run = layout.runs[0];
    expect(run?.loss.startsWith('M')).toBe(true);
    expect(run?.trainError.split('L').length).toBe(40);
    expect(run?.testPoints.map((p) => Math.round(p.y))).toEqual([
      Math.round(layout.error.yTicks[2]?.at ?? NaN),
      Math.round(layout.error.yTicks[1]?.at ?? NaN),
    ]);
  });

  it('switches the axis to seconds, and marks where the target was reached', () => {
    const reached = steps[29];
    const bySeconds = curvesLayout([{ id: 'a', steps, evals, ...(reached ? { reached } : {}) }], {
      ...o,
      x: 'seconds',
    });
    expect(bySeconds.xTicks.at(-1)?.label).toBe('20');
    expect(bySeconds.runs[0]?.reached?.y).toBeCloseTo(bySeconds.targetY, 6);
  });

  it('smooths the loss over the last 10 batches', () => {
    const r = runningLoss(steps);
    expect(r[0]).toBeCloseTo(2.3, 6);
    expect(r[9]).toBeCloseTo(2.3 - 4.5 * 0.04, 6);
  });
});

describe('conv1 over time', () => {
  const snap = (iteration: number): FilterSnapshot => ({
    iteration,
    shape: [5, 5, 1, 16],
    data: Float32Array.from({ length: 400 }, (_, i) => (i % 16 === 0 ? 0.5 : i % 16 === 1 ? -0.5 : 0)),
  });

  it('shows the first, the last and others spread between', () => {
    const all = [0, 1, 2, 4, 8, 16, 20, 40, 60, 80, 100, 120].map(snap);
    expect(pickSnapshots(all, 5).map((s) => s.iteration)).toEqual([0, 4, 20, 60, 120]);
    expect(pickSnapshots(all.slice(0, 3), 8).map((s) => s.iteration)).toEqual([0, 1, 2]);
    expect(filterCanvasSize([5, 5, 1, 16], 8)).toEqual([64 + 16 * 23, 8 * 23]);
  });

  it('maps 0 to mid grey and the largest |w| to white or black', () => {
    const s = snap(0);
    expect([...filterGreys(s, 0, 0.5)].every((v) => v === 255)).toBe(true);
    expect([...filterGreys(s, 1, 0.5)].every((v) => v === 1)).toBe(true);
    expect([...filterGreys(s, 2, 0.5)].every((v) => v === 128)).toBe(true);
  });
});

/** WCAG relative luminance of '#rrggbb' or 'rgb(r, g, b)'. */
function luminance(color: string): number {
  const hex = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(color);
  const rgb = /rgb\((\d+), ?(\d+), ?(\d+)\)/.exec(color);
  const parts = (hex ? hex.slice(1).map((h) => parseInt(h, 16)) : (rgb?.slice(1).map(Number) ?? [0, 0, 0])).map(
    (v) => v / 255,
  );
  const [r = 0, g = 0, b = 0] = parts.map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

describe('confusion cells', () => {
  it('keep their counts readable (contrast ≥ 4.5) at every share, on and off the diagonal', () => {
    for (const diagonal of [true, false]) {
      for (let count = 0; count <= 200; count += 5) {
        const { fill, ink } = confusionCell(count, 200, diagonal);
        const [hi, lo] = [luminance(fill), luminance(ink)].sort((x, y) => y - x);
        expect((hi ?? 0) + 0.05, `${count} ${diagonal}`).toBeGreaterThanOrEqual(4.5 * ((lo ?? 0) + 0.05));
      }
    }
  });
});
