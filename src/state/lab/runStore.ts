/**
 * One lab run as the page knows it: its settings, status, everything its worker has measured,
 * and its last checkpoint. An external store (subscribe / snapshot) over one LabClient, so
 * React reads it with useSyncExternalStore and every progress message is one cheap update.
 */
import { type RunSeries, emptySeries } from '../../core/lab/series';
import type { BackendInfo } from '../../tf/backendChoice';
import { LabClient } from '../../tf/lab/client';
import type { DoneReason, LabCheckpoint, LabResponse, LabRunConfig, LabStatus } from '../../tf/lab/protocol';

export type { DoneReason, LabCheckpoint, LabRunConfig, LabStatus };

/** What the page shows of a run. */
export interface RunSnapshot {
  readonly status: LabStatus;
  readonly reason?: DoneReason;
  readonly backend?: BackendInfo;
  /** Why it failed, when status is 'error'. */
  readonly message?: string;
  /** What it trains (or trained); undefined before the first start. */
  readonly config?: LabRunConfig;
  readonly series: RunSeries;
  readonly checkpoint?: LabCheckpoint;
}

/** A run as it is kept on this device (IndexedDB) and restored on reload. */
export interface KeptRun {
  readonly config: LabRunConfig;
  readonly series: RunSeries;
  readonly checkpoint: LabCheckpoint;
  readonly done: boolean;
  readonly reason?: DoneReason;
}

const idle: RunSnapshot = { status: 'idle', series: emptySeries };

/** What a series had measured up to iteration `last`. */
function upTo(series: RunSeries, last: number): RunSeries {
  return {
    ...series,
    steps: series.steps.filter((p) => p.iteration <= last),
    evals: series.evals.filter((p) => p.iteration <= last),
    filters: series.filters.filter((p) => p.iteration <= last),
  };
}

export class RunStore {
  private snap: RunSnapshot = idle;
  private readonly listeners = new Set<() => void>();
  private readonly client: LabClient;

  /** `onKeep` is called when the run should be kept (a checkpoint, a pause, the end). */
  constructor(
    private readonly run: string,
    private readonly onKeep: (kept: KeptRun) => void,
    client?: (listener: (m: LabResponse) => void) => LabClient,
  ) {
    this.client = client ? client((m) => this.receive(m)) : new LabClient(this.run, (m) => this.receive(m));
  }

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly snapshot = (): RunSnapshot => this.snap;

  /** Trains `config` from the start. */
  start(config: LabRunConfig): void {
    this.set({ status: 'loading', config, series: emptySeries });
    this.client.start(config);
  }

  /** Continues the kept checkpoint (after a reload: status 'paused' until then). */
  resume(): void {
    const { status, config, checkpoint } = this.snap;
    if (status === 'paused' && config && checkpoint && !this.live) {
      this.live = true;
      // From the checkpoint: what was measured after it is measured again.
      this.set({ ...this.snap, status: 'loading', series: upTo(this.snap.series, checkpoint.iteration) });
      this.client.start(config, checkpoint);
    } else if (status === 'paused') this.client.resume();
  }

  pause(): void {
    if (this.snap.status === 'running' || this.snap.status === 'loading') this.client.pause();
  }

  /** Ends the run and forgets what it measured. */
  reset(): void {
    // What the worker sent before it read the reset (a step, 'done') is still on its way here:
    // everything up to its 'idle' belongs to the run just ended.
    if (this.client.reset()) this.resetsInFlight += 1;
    this.live = false;
    this.set(idle);
  }

  /** Shows a run kept on this device, paused (or done) where it stopped. */
  restore(kept: KeptRun): void {
    this.live = false;
    this.set({
      status: kept.done ? 'done' : 'paused',
      ...(kept.reason ? { reason: kept.reason } : {}),
      config: kept.config,
      series: kept.series,
      checkpoint: kept.checkpoint,
    });
  }

  /** Ends the worker; a later command starts a new one (React's StrictMode remounts). */
  dispose(): void {
    this.client.dispose();
    this.live = false;
    this.resetsInFlight = 0;
    if (this.snap.status === 'running' || this.snap.status === 'loading') this.set({ ...this.snap, status: 'paused' });
  }

  /** True once this page's worker holds the run (false for a run restored from the device). */
  private live = false;
  /** Resets sent whose 'idle' has not come back: messages until then are the old run's. */
  private resetsInFlight = 0;

  private receive(m: LabResponse): void {
    const s = this.snap;
    if (this.resetsInFlight > 0) {
      if (m.type === 'status' && (m.status === 'idle' || m.status === 'error')) this.resetsInFlight -= 1;
      if (m.type !== 'status' || m.status !== 'error') return;
    }
    if (m.type === 'status') {
      if (m.status === 'idle') return; // our own reset: already shown
      this.live = m.status !== 'error';
      this.set({
        ...s,
        status: m.status,
        ...(m.backend ? { backend: m.backend } : {}),
        ...(m.reason ? { reason: m.reason } : {}),
        ...(m.message ? { message: m.message } : {}),
      });
      if (m.status === 'paused' || m.status === 'done') this.keep();
      performance.mark('lab:status', { detail: { run: this.run, status: m.status, reason: m.reason } });
      return;
    }
    // On the page's performance timeline, for the bench (bench/lab.mjs): nothing goes on window.
    const lastStep = m.steps[m.steps.length - 1];
    if (lastStep) performance.mark('lab:steps', { detail: { run: this.run, steps: m.steps } });
    if (m.evaluation) performance.mark('lab:evaluation', { detail: { run: this.run, point: m.evaluation.point } });
    const series: RunSeries = {
      steps: m.steps.length ? [...s.series.steps, ...m.steps] : s.series.steps,
      evals: m.evaluation ? [...s.series.evals, m.evaluation.point] : s.series.evals,
      filters: m.filters ? [...s.series.filters, m.filters] : s.series.filters,
      ...(m.evaluation
        ? { confusion: { iteration: m.evaluation.point.iteration, counts: m.evaluation.confusion } }
        : s.series.confusion
          ? { confusion: s.series.confusion }
          : {}),
    };
    this.set({ ...s, series, ...(m.checkpoint ? { checkpoint: m.checkpoint } : {}) });
    if (m.checkpoint) this.keep();
  }

  /** What is kept: the series up to the checkpoint, so a restored run continues without a seam. */
  private keep(): void {
    const { config, checkpoint, series, status, reason } = this.snap;
    if (!config || !checkpoint) return;
    this.onKeep({
      config,
      checkpoint,
      done: status === 'done',
      ...(reason ? { reason } : {}),
      series: upTo(series, checkpoint.iteration),
    });
  }

  private set(next: RunSnapshot): void {
    this.snap = next;
    for (const l of this.listeners) l();
  }
}
