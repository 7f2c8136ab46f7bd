/**
 * The settings the reader chose for each method, kept while they switch tabs; a setting that
 * no longer fits the network on the page (another layer list, another crop) goes back to the
 * method's default. The class is chosen once for all class methods.
 */
import { useCallback, useMemo, useState } from 'react';
import type { Analysis } from '../../core/analyze';
import { defaultJob, jobFits, withClass } from '../../core/attribution/defaults';
import type { AttributionJob, AttributionMethod, ClassTarget } from '../../core/attribution/types';

export interface Jobs {
  /** The job the view runs for `method`: the reader's settings (or the defaults) and the chosen class. */
  readonly job: AttributionJob;
  readonly classTarget: ClassTarget;
  readonly setClass: (c: ClassTarget) => void;
  /** Changes the settings of the current method's job (its `method` must match). */
  readonly setJob: (job: AttributionJob) => void;
  /** Back to the papers' defaults for the current method. */
  readonly reset: () => void;
}

export function useJobs(analysis: Analysis, method: AttributionMethod): Jobs {
  const [chosen, setChosen] = useState<Partial<Record<AttributionMethod, AttributionJob>>>({});
  const [classTarget, setClass] = useState<ClassTarget>('top');
  const mine = chosen[method];
  const job = useMemo(() => {
    const base = mine && jobFits(mine, analysis) ? mine : defaultJob(method, analysis);
    return withClass(base, classTarget);
  }, [mine, analysis, method, classTarget]);
  const setJob = useCallback((j: AttributionJob) => setChosen((s) => ({ ...s, [j.method]: j })), []);
  const reset = useCallback(() => setChosen((s) => ({ ...s, [method]: undefined })), [method]);
  return { job, classTarget, setClass, setJob, reset };
}
