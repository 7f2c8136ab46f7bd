/**
 * Geometry of the lab's learning-curve chart: two panels sharing one horizontal axis
 * (iterations or seconds). Above, each run's training loss; below, its training error and
 * test error, with Figure 1's target as a line. D3 computes scales, ticks and paths; the
 * component draws them (React owns the SVG). Pure: data in, geometry out.
 *
 * Batch measurements are noisy, so the loss and the training error are drawn as running means
 * over the last 10 batches, the same window Figure 1's "reached the target" uses.
 */
import { line, scaleLinear } from 'd3';
import { type EvalPoint, type StepPoint, errorWindow, runningError } from '../../core/lab/series';

export type XAxis = 'iteration' | 'seconds';

/** One run to draw. */
export interface CurveRun {
  readonly id: string;
  readonly steps: readonly StepPoint[];
  readonly evals: readonly EvalPoint[];
  /** The step at which its training error reached the target, if it did. */
  readonly reached?: StepPoint;
}

export interface Tick {
  readonly at: number;
  readonly label: string;
}

export interface Panel {
  readonly top: number;
  readonly bottom: number;
  readonly yTicks: readonly Tick[];
}

export interface RunPaths {
  readonly id: string;
  readonly loss: string;
  readonly trainError: string;
  readonly testError: string;
  readonly testPoints: readonly { readonly x: number; readonly y: number }[];
  readonly reached?: { readonly x: number; readonly y: number };
}

export interface CurvesLayout {
  readonly width: number;
  readonly height: number;
  readonly left: number;
  readonly right: number;
  readonly loss: Panel;
  readonly error: Panel;
  readonly xTicks: readonly Tick[];
  /** y of Figure 1's target in the error panel. */
  readonly targetY: number;
  readonly runs: readonly RunPaths[];
}

export const curveMargin = { top: 12, right: 16, bottom: 40, left: 52, gap: 28 } as const;

/** Running mean of the loss over the last `window` steps. */
export function runningLoss(steps: readonly StepPoint[], window = errorWindow): number[] {
  return runningError(
    steps.map((s) => ({ ...s, error: s.loss })),
    window,
  );
}

/**
 * Lays out `runs` in a width×height chart. `xMax`: the axis's end (e.g. the planned iterations),
 * widened to the data; `target`: a fraction (0.25).
 */
export function curvesLayout(
  runs: readonly CurveRun[],
  o: {
    readonly width: number;
    readonly height: number;
    readonly x: XAxis;
    readonly xMax: number;
    readonly target: number;
  },
): CurvesLayout {
  const m = curveMargin;
  const xOf = (p: { iteration: number; seconds: number }) => (o.x === 'iteration' ? p.iteration : p.seconds);
  const dataMax = Math.max(0, ...runs.flatMap((r) => r.steps.map(xOf)));
  const x = scaleLinear()
    .domain([0, Math.max(o.x === 'iteration' ? o.xMax : 1, dataMax) || 1])
    .range([m.left, o.width - m.right])
    .nice();
  const plot = o.height - m.top - m.bottom - m.gap;
  const lossPanel = { top: m.top, bottom: m.top + plot * 0.4 };
  const errorPanel = { top: lossPanel.bottom + m.gap, bottom: o.height - m.bottom };
  const losses = runs.map((r) => runningLoss(r.steps));
  const lossMax = Math.max(2.5, ...losses.flat());
  const yLoss = scaleLinear().domain([0, lossMax]).range([lossPanel.bottom, lossPanel.top]).nice();
  const yError = scaleLinear().domain([0, 1]).range([errorPanel.bottom, errorPanel.top]);
  const path = (xs: readonly number[], ys: readonly number[], y: (v: number) => number) =>
    line<number>()
      .x((_, i) => x(xs[i] ?? 0))
      .y((v) => y(v))(ys as number[]) ?? '';
  return {
    width: o.width,
    height: o.height,
    left: m.left,
    right: o.width - m.right,
    loss: { ...lossPanel, yTicks: yLoss.ticks(3).map((v) => ({ at: yLoss(v), label: String(v) })) },
    error: {
      ...errorPanel,
      yTicks: [0, 0.25, 0.5, 0.75, 1].map((v) => ({ at: yError(v), label: `${Math.round(v * 100)} %` })),
    },
    xTicks: x.ticks(6).map((v) => ({ at: x(v), label: String(v) })),
    targetY: yError(o.target),
    runs: runs.map((r, k) => {
      const xs = r.steps.map(xOf);
      const testXs = r.evals.map(xOf);
      return {
        id: r.id,
        loss: path(xs, losses[k] ?? [], yLoss),
        trainError: path(xs, runningError(r.steps), yError),
        testError: path(
          testXs,
          r.evals.map((e) => e.testError),
          yError,
        ),
        testPoints: r.evals.map((e) => ({ x: x(xOf(e)), y: yError(e.testError) })),
        ...(r.reached ? { reached: { x: x(xOf(r.reached)), y: yError(o.target) } } : {}),
      };
    }),
  };
}
