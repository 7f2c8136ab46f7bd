/**
 * The paper's learning-rate schedule (§5): "divide the learning rate by 10 when the validation
 * error rate stopped improving with the current learning rate", three times in all. Here,
 * "stopped improving" means: no new best validation error in `patience` evaluations in a row.
 */

/** Where the schedule stands; kept with a run so that it resumes exactly. */
export interface ScheduleState {
  readonly learningRate: number;
  /** Best validation error so far (1 before the first evaluation). */
  readonly best: number;
  /** Evaluations since the last new best. */
  readonly since: number;
  /** Times ε has been divided by 10 so far. */
  readonly drops: number;
}

/** Evaluations without a new best before ε is divided by 10. */
export const patience = 3;
/** The paper divided ε three times before stopping. */
export const maxDrops = 3;

export function startSchedule(learningRate: number): ScheduleState {
  return { learningRate, best: 1, since: 0, drops: 0 };
}

/** The schedule after an evaluation with validation error `valError`; unchanged ε when `enabled` is off. */
export function afterEvaluation(state: ScheduleState, valError: number, enabled: boolean): ScheduleState {
  if (valError < state.best) return { ...state, best: valError, since: 0 };
  const since = state.since + 1;
  if (!enabled || since < patience || state.drops >= maxDrops) return { ...state, since };
  return { learningRate: state.learningRate / 10, best: state.best, since: 0, drops: state.drops + 1 };
}
