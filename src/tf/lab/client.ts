/**
 * The page's side of one lab worker (no tfjs here): starts the worker, forwards commands and
 * hands every message to one listener. The session layer (src/state/lab) owns two, A and B.
 *
 * Usage: const c = new LabClient('a', (m) => …); c.start(config); c.pause(); c.resume(); c.dispose();
 */
import type { LabCheckpoint, LabRequest, LabResponse, LabRunConfig } from './protocol';
import { labWorkerName } from './protocol';

export type LabListener = (message: LabResponse) => void;

/** Starts a lab worker; tests pass their own factory. */
export function createLabWorker(run: string): Worker {
  return new Worker(new URL('./worker.ts', import.meta.url), { type: 'module', name: `${labWorkerName} ${run}` });
}

export class LabClient {
  private worker: Worker | undefined;

  constructor(
    private readonly run: string,
    private readonly listener: LabListener,
    private readonly makeWorker: (run: string) => Worker = createLabWorker,
  ) {}

  /** Trains `config` from scratch, or continues the kept `from`. The worker starts on the first call. */
  start(config: LabRunConfig, from?: LabCheckpoint): void {
    this.send({ type: 'start', config, ...(from ? { from } : {}) });
  }

  pause(): void {
    this.send({ type: 'pause' });
  }

  resume(): void {
    this.send({ type: 'resume' });
  }

  /**
   * Ends the run; the worker stays, ready for the next start. True when a worker was told (it
   * answers with status 'idle'); false when there was none to tell.
   */
  reset(): boolean {
    if (!this.worker) return false;
    this.send({ type: 'reset' });
    return true;
  }

  /** Ends the worker (and its tensors) for good. */
  dispose(): void {
    this.worker?.terminate();
    this.worker = undefined;
  }

  private send(request: LabRequest): void {
    if (!this.worker) {
      const w = this.makeWorker(this.run);
      w.onmessage = (e: MessageEvent<LabResponse>) => this.listener(e.data);
      w.onerror = (e) => this.listener({ type: 'status', status: 'error', message: e.message || 'worker failed' });
      this.worker = w;
    }
    this.worker.postMessage(request);
  }
}
